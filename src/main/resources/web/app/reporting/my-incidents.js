// Sự cố của đơn vị: the incidents of the reporter's unit, newest first, a page at a time ("Xem thêm" follows the
// keyset cursor). The service scopes the list to the caller's unit; the app only asks for it.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { addMessages, t } from '../core/i18n.js';
import { get } from '../core/api.js';
import { claims } from '../core/auth.js';
import { dateTime, number } from '../core/format.js';
import { loading, problemBox, statusBadge } from '../core/widgets.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './reporting.css';

addMessages(vi, en);

/** Incidents per page: small pages for a slow link. */
const PAGE = 20;

class MyIncidents extends View {
  static properties = {
    items: { state: true },
    cursor: { state: true },
    busy: { state: true },
    problem: { state: true },
  };

  constructor() {
    super();
    this.items = null;
    this.cursor = null;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.items === null) this.load();
  }

  async load(more = false) {
    this.busy = true;
    this.problem = null;
    const firstNew = more ? this.items.length : 0;
    try {
      const page = await get('/incidents', { sort: '-createdAt', limit: PAGE, cursor: more ? this.cursor : undefined });
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.cursor = page.nextCursor;
    } catch (problem) {
      this.problem = problem;
      if (!more) this.items = this.items ?? [];
    } finally {
      this.busy = false;
    }
    if (more && !this.problem) {
      await this.updateComplete;
      this.querySelectorAll('.incident-list a.incident-link')[firstNew]?.focus();
    }
  }

  render() {
    const unit = claims().unit;
    return html`
      <h1>${t('unitIncidents.heading')}</h1>
      ${unit ? html`<p class="muted">${t('unitIncidents.unit', { unit })}</p>` : nothing}
      <p><a href="#/bao-cao-su-co">${t('unitIncidents.new')}</a></p>
      ${this.items === null ? loading() : this.list()}
      ${problemBox(this.problem)}
      ${this.problem ? html`<button type="button" class="secondary" @click=${() => this.load(this.items.length > 0)}>
        ${t('common.retry')}</button>` : nothing}`;
  }

  list() {
    if (!this.items.length && !this.problem) {
      return html`<div class="card"><p>${t('unitIncidents.empty')}</p>
        <p><a href="#/bao-cao-su-co">${t('unitIncidents.emptyLink')}</a></p></div>`;
    }
    return html`
      <ul class="incident-list">${this.items.map((incident) => html`<li class="card">
        <a class="incident-link" href="#/su-co/${encodeURIComponent(incident.id)}"><span class="reference">${incident.reference}</span>
          · ${incident.title}</a>
        <p>${statusBadge(incident.status)}</p>
        <p class="small muted">${t('unitIncidents.updated', { time: dateTime(incident.updatedAt) })}</p>
      </li>`)}</ul>
      <p role="status" class="muted small">${this.busy ? t('common.loading') : t('unitIncidents.shown', { count: number(this.items.length) })}</p>
      ${this.cursor ? html`<button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.load(true)}>
        ${t('common.more')}</button>` : nothing}`;
  }
}

customElements.define('uc-my-incidents', MyIncidents);
