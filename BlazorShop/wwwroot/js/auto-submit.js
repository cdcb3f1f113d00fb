// <shop-auto-submit> submits the form inside it once it is on the page (the pay page's signed request to the payment
// gateway). A custom element, so it also starts on pages that arrive through Blazor's enhanced navigation; without
// script the form's own button does the same.
customElements.define('shop-auto-submit', class extends HTMLElement {
    connectedCallback() {
        const form = this.querySelector('form');
        if (!form || this.dataset.submitted) return;
        this.dataset.submitted = 'true';
        setTimeout(() => form.submit(), 0);
    }
});
