// <account-form>: what script adds to the register and forgot-password forms. Without it they still work (plain
// POSTs, the page answers with the form again); with it:
//  - inputs with data-check="username" / "mobile" say "taken" or "free" as the shopper types (GET /register/check);
//  - "another image" fetches a new captcha (GET /captcha/new) instead of posting the form;
//  - "send code" posts mobile + captcha to /sms-code with the form's antiforgery token, shows the answer, swaps in the
//    next captcha (the posted one is used up) and counts down the 60 s before another code can be asked for.
// A custom element, so it also starts on forms that arrive through Blazor's enhanced navigation.
class AccountForm extends HTMLElement {
    connectedCallback() {
        this.form = this.querySelector('form');
        if (!this.form || this.wired) return;
        this.wired = true;
        for (const input of this.form.querySelectorAll('[data-check]')) {
            let timer;
            input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => this.check(input), 400); });
            input.addEventListener('change', () => { clearTimeout(timer); this.check(input); });
        }
        this.form.querySelector('[data-captcha-refresh]')?.addEventListener('click', e => { e.preventDefault(); this.newCaptcha(); });
        this.sendButton = this.form.querySelector('[data-send-code]');
        this.sendButton?.addEventListener('click', e => { e.preventDefault(); this.sendCode(); });
        this.dataset.interactive = 'true';
    }

    field(name) { return this.form.querySelector(`[name="Input.${name}"]`); }

    async check(input) {
        const kind = input.dataset.check;
        const status = this.querySelector(`[data-status-for="${kind}"]`);
        const value = input.value.trim();
        if (!status || !value) return;
        try {
            const answer = await this.json(`/register/check?${kind}=${encodeURIComponent(value)}`);
            if (input.value.trim() !== value) return; // typed on meanwhile
            status.textContent = answer.message;
            status.classList.toggle('ok', answer.ok);
            status.classList.toggle('bad', !answer.ok);
        } catch { /* the server check on submit still runs */ }
    }

    async newCaptcha() {
        try { this.setCaptcha((await this.json('/captcha/new')).id); } catch { /* keep the current image */ }
    }

    setCaptcha(id) {
        this.form.querySelector('[data-captcha-id]').value = id;
        this.form.querySelector('[data-captcha-img]').src = `/captcha/${id}`;
        this.form.querySelector('[data-captcha-input]').value = '';
    }

    async sendCode() {
        const status = this.querySelector('[data-sms-status]');
        const body = new FormData();
        body.append('__RequestVerificationToken', this.form.querySelector('[name="__RequestVerificationToken"]').value);
        body.append('purpose', this.sendButton.dataset.purpose);
        body.append('mobile', this.field('Mobile').value.trim());
        body.append('captchaId', this.form.querySelector('[data-captcha-id]').value);
        body.append('captcha', this.form.querySelector('[data-captcha-input]').value.trim());
        this.sendButton.disabled = true;
        let answer;
        try {
            const response = await fetch('/sms-code', { method: 'POST', body, headers: { Accept: 'application/json' } });
            answer = await response.json();
        } catch {
            this.sendButton.disabled = false;
            return;
        }
        status.textContent = answer.message;
        status.classList.toggle('ok', answer.ok);
        status.classList.toggle('bad', !answer.ok);
        status.dataset.sent = answer.ok ? 'true' : 'false';
        if (answer.captchaId) this.setCaptcha(answer.captchaId);
        if (answer.ok) this.countdown(60);
        else if (answer.retryAfter && answer.field === 'SmsCode') this.countdown(answer.retryAfter);
        else this.sendButton.disabled = false;
    }

    countdown(seconds) {
        const button = this.sendButton;
        const label = button.dataset.label ?? (button.dataset.label = button.textContent);
        clearTimeout(this.timer);
        const tick = () => {
            if (seconds <= 0) { button.disabled = false; button.textContent = label; return; }
            button.disabled = true;
            button.textContent = button.dataset.wait.replace('{0}', seconds);
            seconds--;
            this.timer = setTimeout(tick, 1000);
        };
        tick();
    }

    disconnectedCallback() { clearTimeout(this.timer); }

    async json(url) {
        const response = await fetch(url, { headers: { Accept: 'application/json' } });
        if (!response.ok && response.status !== 400) throw new Error(String(response.status));
        return response.json();
    }
}
customElements.define('account-form', AccountForm);
