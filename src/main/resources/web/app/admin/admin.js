// Quản trị: the registers an administrator keeps (units and their contacts, information systems, playbooks,
// authorities) and, read-only, the severity criteria and the regulatory regimes. One tab per register, the open tab
// kept in the address (#/quan-tri?muc=co-quan). What a caller may change is the API's to say: the forms shown
// follow the roles the API allows (units and authorities: administrators; systems and playbooks: coordinators too).
import { html } from 'lit';
import { View } from '../core/view.js';
import { addMessages, t } from '../core/i18n.js';
import { currentRoute, replaceQuery } from '../core/router.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './admin.css';
import './units.js';
import './systems.js';
import './playbooks.js';
import './authorities.js';
import './rules.js';

addMessages(vi, en);

const TABS = [
  { slug: 'don-vi', label: 'admin.units', tag: 'uc-admin-units' },
  { slug: 'he-thong', label: 'admin.systems', tag: 'uc-admin-systems' },
  { slug: 'kich-ban', label: 'admin.playbooks', tag: 'uc-admin-playbooks' },
  { slug: 'co-quan', label: 'admin.authorities', tag: 'uc-admin-authorities' },
  { slug: 'tieu-chi', label: 'admin.criteria', tag: 'uc-admin-criteria' },
  { slug: 'che-do', label: 'admin.regimes', tag: 'uc-admin-regimes' },
];

class Admin extends View {
  static properties = { tab: { state: true } };

  constructor() {
    super();
    const wanted = currentRoute().query.get('muc');
    this.tab = TABS.some((tab) => tab.slug === wanted) ? wanted : TABS[0].slug;
    this.panels = {};
  }

  choose(slug, focus = false) {
    this.tab = slug;
    replaceQuery({ muc: slug });
    if (focus) this.updateComplete.then(() => this.querySelector(`#tab-${slug}`)?.focus());
  }

  /** Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern). */
  onKey(event) {
    const index = TABS.findIndex((tab) => tab.slug === this.tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.choose(TABS[(next + TABS.length) % TABS.length].slug, true);
  }

  /** Each panel's element is made once and kept, so that a tab keeps its list and half-filled form. */
  panel(tab) {
    this.panels[tab.slug] ??= document.createElement(tab.tag);
    return this.panels[tab.slug];
  }

  render() {
    const current = TABS.find((tab) => tab.slug === this.tab);
    return html`<h1>${t('nav.admin')}</h1>
      <div role="tablist" aria-label=${t('admin.sections')} @keydown=${(event) => this.onKey(event)}>
        ${TABS.map((tab) => html`<button type="button" role="tab" id="tab-${tab.slug}" aria-controls="panel-${tab.slug}"
          aria-selected=${tab.slug === this.tab ? 'true' : 'false'} tabindex=${tab.slug === this.tab ? '0' : '-1'}
          @click=${() => this.choose(tab.slug)}>${t(tab.label)}</button>`)}
      </div>
      <div role="tabpanel" id="panel-${current.slug}" aria-labelledby="tab-${current.slug}" class="admin-panel">
        ${this.panel(current)}
      </div>`;
  }
}

customElements.define('uc-admin', Admin);
