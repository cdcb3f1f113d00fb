// <shop-carousel>: rotates the home page's slides every 5 s; arrows and dots pick a slide (and pause it a little).
// A custom element, so it also starts on carousels that arrive through Blazor's enhanced navigation.
class ShopCarousel extends HTMLElement {
    connectedCallback() {
        this.current = 0;
        this.addEventListener('click', e => {
            const button = e.target.closest('button');
            if (!button) return;
            if (button.dataset.step) this.show(this.current + Number(button.dataset.step));
            else if (button.dataset.index) this.show(Number(button.dataset.index));
            this.restart(8000);
        });
        this.dataset.interactive = 'true';
        this.restart(5000);
    }
    disconnectedCallback() { clearTimeout(this.timer); }
    restart(delay) {
        clearTimeout(this.timer);
        if (this.querySelectorAll('.slide').length < 2) return;
        this.timer = setTimeout(() => { this.show(this.current + 1); this.restart(5000); }, delay);
    }
    show(index) {
        const slides = this.querySelectorAll('.slide');
        const dots = this.querySelectorAll('.dot');
        if (slides.length === 0) return;
        this.current = (index + slides.length) % slides.length;
        slides.forEach((s, i) => {
            const on = i === this.current;
            s.classList.toggle('active', on);
            s.setAttribute('aria-hidden', on ? 'false' : 'true');
            s.tabIndex = on ? 0 : -1;
        });
        dots.forEach((d, i) => d.classList.toggle('active', i === this.current));
    }
}
if (!customElements.get('shop-carousel')) customElements.define('shop-carousel', ShopCarousel);
