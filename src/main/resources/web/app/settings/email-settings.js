// Thư điện tử: whether UngCuu e-mails the signed-in person (GET/PUT /people/me/notifications). Warnings that a legal
// deadline is near or has passed are sent whatever they choose: the screen says so before they choose.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { addMessages, t } from '../core/i18n.js';
import { call, get } from '../core/api.js';
import { loading, problemBox } from '../core/widgets.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

addMessages(vi, en);

class EmailSettings extends View {
  static properties = { email: { state: true }, problem: { state: true }, busy: { state: true }, saved: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.email = (await get('/people/me/notifications')).email;
    } catch (problem) {
      this.problem = problem;
    }
  }

  async save(event) {
    event.preventDefault();
    const email = this.querySelector('#email-on').checked;
    this.busy = true;
    this.problem = null;
    this.saved = false;
    try {
      this.email = (await call('/people/me/notifications', { method: 'PUT', body: { email } })).data.email;
      this.saved = true;
    } catch (problem) {
      this.problem = problem;
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`<h1>${t('settings.title')}</h1>
      ${this.email === undefined && !this.problem ? loading() : nothing}
      ${this.email !== undefined ? html`<form @submit=${(event) => this.save(event)}>
        <p class="hint">${t('settings.legal')}</p>
        <p><label><input type="checkbox" id="email-on" .checked=${this.email}> ${t('settings.email')}</label></p>
        <button type="submit" ?disabled=${this.busy}>${t('settings.save')}</button>
      </form>` : nothing}
      ${this.saved ? html`<p role="status">${this.email ? t('settings.savedOn') : t('settings.savedOff')}</p>` : nothing}
      ${problemBox(this.problem)}`;
  }
}

customElements.define('uc-email-settings', EmailSettings);
