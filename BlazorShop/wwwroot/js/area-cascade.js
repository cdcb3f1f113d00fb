// Address forms: province → city → district. A <select data-area-next="name"> fills the select called "name" with the
// children of the chosen area (GET /areas/{id}) and empties the ones after it. Delegated from the document, so it
// works on pages reached by enhanced navigation too. Without script the form's "update areas" button does this.
const placeholderOnly = select => { while (select.options.length > 1) select.remove(1); select.value = ''; };

document.addEventListener('change', async event => {
    const select = event.target instanceof HTMLSelectElement ? event.target : null;
    if (!select || !select.dataset.areaNext || !select.form) return;
    const form = select.form;
    const next = form.elements.namedItem(select.dataset.areaNext);
    if (!(next instanceof HTMLSelectElement)) return;
    for (let s = next; s; s = s.dataset.areaNext ? form.elements.namedItem(s.dataset.areaNext) : null) placeholderOnly(s);
    if (!/^\d+$/.test(select.value)) return;
    const chosen = select.value;
    next.setAttribute('aria-busy', 'true');
    try {
        const response = await fetch(`/areas/${chosen}`, { headers: { Accept: 'application/json' } });
        if (!response.ok || select.value !== chosen) return; // a newer choice wins
        for (const area of await response.json()) next.add(new Option(area.name, String(area.id)));
    } finally {
        next.removeAttribute('aria-busy');
    }
});
