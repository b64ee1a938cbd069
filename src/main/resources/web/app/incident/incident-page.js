// The incident page, for every role: the header (status, severity and why, TLP, unit, assignee), the obligations
// with live countdowns, the actions the service allows now (GET …/transitions, never a rule of our own), and the
// tabs. What each caller sees is the service's answer: a 404 is "not found, or not yours to see".
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t, term } from '../core/i18n.js';
import { call, get, download } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { dateTime } from '../core/format.js';
import { problemBox, severityBadge, statusBadge, loading } from '../core/widgets.js';
import { authorityNames, isStaff, peopleDirectory, personName } from './common.js';
import { obligationList } from './obligations.js';
import './actions.js';
import './tab-overview.js';
import './tab-tasks.js';
import './tab-discussion.js';
import './tab-files.js';
import './tab-reports.js';
import './tab-history.js';
import './tab-escalation.js';

const TABS = [
  { id: 'overview', tag: (p) => html`<uc-incident-overview .incident=${p.incident} .revision=${p.revision}></uc-incident-overview>` },
  { id: 'tasks', tag: (p) => html`<uc-incident-tasks .incident=${p.incident} .revision=${p.revision}></uc-incident-tasks>` },
  { id: 'discussion', tag: (p) => html`<uc-incident-discussion .incident=${p.incident} .revision=${p.revision}></uc-incident-discussion>` },
  { id: 'files', tag: (p) => html`<uc-incident-files .incident=${p.incident} .revision=${p.revision}></uc-incident-files>` },
  { id: 'reports', tag: (p) => html`<uc-incident-reports .incident=${p.incident} .revision=${p.revision}></uc-incident-reports>` },
  { id: 'history', tag: (p) => html`<uc-incident-history .incident=${p.incident} .revision=${p.revision}></uc-incident-history>` },
  { id: 'escalation', tag: (p) => html`<uc-incident-escalation .incident=${p.incident} .revision=${p.revision}></uc-incident-escalation>` },
];

class IncidentPage extends View {
  static properties = {
    params: { attribute: false },
    incident: { state: true },
    etag: { state: true },
    transitions: { state: true },
    assessment: { state: true },
    directory: { state: true },
    authorities: { state: true },
    unit: { state: true },
    notFound: { state: true },
    problem: { state: true },
    stale: { state: true },
    tab: { state: true },
    revision: { state: true },
    now: { state: true },
  };

  constructor() {
    super();
    this.tab = 'overview';
    this.revision = 0;
    this.now = Date.now();
  }

  connectedCallback() {
    super.connectedCallback();
    this.onStale = () => { this.stale = true; };
    this.onChanged = () => this.load();
    this.addEventListener('uc-stale', this.onStale);
    this.addEventListener('uc-changed', this.onChanged);
    // the countdowns move every 30 seconds
    this.clock = setInterval(() => { this.now = Date.now(); }, 30000);
    peopleDirectory(true);
    this.load();
  }

  disconnectedCallback() {
    clearInterval(this.clock);
    this.removeEventListener('uc-stale', this.onStale);
    this.removeEventListener('uc-changed', this.onChanged);
    super.disconnectedCallback();
  }

  get id() {
    return this.params?.id;
  }

  /** Reads the incident (with its ETag) and what depends on it; every tab reads its part again. */
  async load() {
    let answer;
    try {
      answer = await call(`/incidents/${encodeURIComponent(this.id)}`);
    } catch (problem) {
      if ([400, 403, 404].includes(problem.status)) this.notFound = true;
      else this.problem = problem;
      return;
    }
    const incident = answer.data;
    const [transitions, assessment, directory, authorities, unit] = await Promise.all([
      get(`/incidents/${incident.id}/transitions`).catch((problem) => { this.problem = problem; return []; }),
      incident.severity ? get(`/incidents/${incident.id}/assessment`).catch(() => null) : Promise.resolve(null),
      peopleDirectory(),
      authorityNames(),
      this.unit?.code === incident.unitCode ? this.unit : get(`/units/${encodeURIComponent(incident.unitCode)}`).catch(() => null),
    ]);
    this.unit = unit;
    this.incident = incident;
    this.etag = answer.etag;
    this.transitions = transitions;
    this.assessment = assessment;
    this.directory = directory;
    this.authorities = authorities;
    this.now = Date.now();
    this.revision += 1;
  }

  async reload() {
    this.stale = false;
    this.problem = null;
    await this.load();
    this.querySelector('h1')?.focus();
  }

  render() {
    if (this.notFound) {
      return html`<h1>${t('incident.notFound.title')}</h1>
        <p>${t('incident.notFound.text')}</p><p><a href="#/">${t('nav.home')}</a></p>`;
    }
    if (!this.incident) {
      return html`<h1>${t('incident.loadingTitle')}</h1>${this.problem ? problemBox(this.problem) : loading()}`;
    }
    const incident = this.incident;
    return html`
      <p class="muted incident-ref">${incident.reference}</p>
      <h1>${incident.title}</h1>
      ${this.stale ? html`<div class="problem" role="alert">
        <p><strong>${t('incident.stale')}</strong></p>
        <button type="button" @click=${() => this.reload()}>${t('common.reload')}</button>
      </div>` : nothing}
      ${this.header(incident)}
      <section aria-labelledby="incident-obligations-h">
        <h2 id="incident-obligations-h">${t('incident.obligations.title')}</h2>
        ${obligationList(incident.deadlines, this.now, this.authorities)}
      </section>
      <uc-incident-actions .incident=${incident} .etag=${this.etag} .transitions=${this.transitions || []}
        .directory=${this.directory}></uc-incident-actions>
      ${this.problem ? problemBox(this.problem) : nothing}
      ${this.tabs()}`;
  }

  header(incident) {
    const assessment = this.assessment;
    return html`<dl class="facts incident-facts">
      <dt>${t('incident.field.status')}</dt><dd>${statusBadge(incident.status)}</dd>
      <dt>${t('incident.field.severity')}</dt>
      <dd>${severityBadge(incident.severity)}
        ${incident.legalClass ? html` <span class="muted">${term('incident.legalClass', incident.legalClass)}</span>` : nothing}
        ${assessment ? this.why(assessment) : nothing}</dd>
      <dt>${t('incident.field.tlp')}</dt><dd>${term('tlp', incident.tlp)}</dd>
      <dt>${t('incident.field.unit')}</dt>
      <dd>${this.unit?.name ? html`${this.unit.name} <span class="muted">(${incident.unitCode})</span>` : incident.unitCode}${incident.currentUnitCode && incident.currentUnitCode !== incident.unitCode
        ? html` <span class="muted">(${t('incident.field.nowUnit', { code: incident.currentUnitCode })})</span>` : nothing}</dd>
      <dt>${t('incident.field.assignee')}</dt>
      <dd>${incident.assignee ? personName(this.directory, incident.assignee) : html`<span class="muted">${t('incident.field.noAssignee')}</span>`}</dd>
      <dt>${t('incident.field.detectedAt')}</dt><dd>${dateTime(incident.detectedAt)}</dd>
      <dt>${t('incident.field.reportedAt')}</dt><dd>${dateTime(incident.reportedAt)}</dd>
      <dt>${t('incident.field.regime')}</dt><dd>${incident.regime.id} (${t('incident.field.regimeVersion', { n: incident.regime.version })})</dd>
    </dl>
    ${isStaff() ? html`<div class="row no-print incident-exports">
      <button type="button" class="secondary" @click=${() => this.export('stix')}>${t('incident.export.stix')}</button>
      <button type="button" class="secondary" @click=${() => this.export('iodef')}>${t('incident.export.iodef')}</button>
      ${hasRole('coordinator') ? html`<a class="button secondary" href="#/su-co/${incident.id}/danh-gia">${t('incident.assess.link')}</a>` : nothing}
    </div>` : nothing}`;
  }

  why(assessment) {
    return html`<details class="why">
      <summary>${t('incident.why.title')}</summary>
      <p class="small">${t('incident.why.computed', { severity: term('severity', assessment.computedSeverity) })}</p>
      <ul class="small">${assessment.matchedRules.map((rule) => html`<li>
        <strong>${rule.description}</strong> — ${rule.because}
        <span class="muted">(${term('incident.outcome', rule.outcome)})</span></li>`)}</ul>
      ${assessment.override ? html`<p class="small">${t('incident.why.override', { severity: term('severity', assessment.override.severity) })}
        ${assessment.override.justification}</p>` : nothing}
    </details>`;
  }

  async export(format) {
    this.problem = null;
    try {
      await download(`/incidents/${this.incident.id}/export/${format}`, null,
        `${this.incident.reference}.${format === 'stix' ? 'stix.json' : 'iodef.xml'}`);
    } catch (problem) {
      this.problem = problem;
    }
  }

  tabs() {
    const params = { incident: this.incident, revision: this.revision };
    return html`<div role="tablist" aria-label=${t('incident.tabs.label')} @keydown=${(event) => this.tabKey(event)}>
        ${TABS.map((tab) => html`<button type="button" role="tab" id="tab-${tab.id}" aria-controls="panel-${tab.id}"
          aria-selected=${this.tab === tab.id ? 'true' : 'false'} tabindex=${this.tab === tab.id ? '0' : '-1'}
          @click=${() => { this.tab = tab.id; }}>${t(`incident.tab.${tab.id}`)}</button>`)}
      </div>
      ${TABS.map((tab) => html`<div role="tabpanel" id="panel-${tab.id}" aria-labelledby="tab-${tab.id}"
        tabindex="0" ?hidden=${this.tab !== tab.id}>${this.tab === tab.id ? tab.tag(params) : nothing}</div>`)}`;
  }

  /** Arrow keys, Home and End move between the tabs (the ARIA tabs pattern, automatic activation). */
  tabKey(event) {
    const index = TABS.findIndex((tab) => tab.id === this.tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.tab = TABS[(next + TABS.length) % TABS.length].id;
    this.updateComplete.then(() => this.querySelector(`#tab-${this.tab}`)?.focus());
  }
}

customElements.define('uc-incident-page', IncidentPage);
