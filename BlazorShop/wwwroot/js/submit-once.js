// Forms marked data-submit-once send once: a second click (or Enter) while the first submission is on its way is
// ignored, and the button says it is working (data-busy-text). The server does not rely on this: the settlement form
// also carries a one-time token, so a second submission that gets through finds the first order instead of placing
// another. Listening on the document also covers forms that arrive through enhanced navigation.
document.addEventListener('submit', event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-submit-once')) return;
    if (form.dataset.submitted === 'true') {
        event.preventDefault();
        return;
    }
    form.dataset.submitted = 'true';
    for (const button of form.querySelectorAll('button[type=submit]')) {
        button.setAttribute('aria-disabled', 'true');
        button.classList.add('is-busy');
        if (button.dataset.busyText) button.textContent = button.dataset.busyText;
    }
    // A page restored from the back/forward cache may be submitted again.
    window.addEventListener('pageshow', () => { delete form.dataset.submitted; }, { once: true });
});
