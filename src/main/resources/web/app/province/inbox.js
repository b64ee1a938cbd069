// Hộp thư đội ứng cứu tỉnh: the escalations that reached the provincial response team, each with its incident and
// the initial report it carries (the snapshot sent when it was escalated), and the team's answers: acknowledge
// receipt, post an update, complete its part, or return the incident to the district with a reason. Every answer is
// sent with If-Match on the version read, so that two people of the team never overwrite each other unseen.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { addMessages, t, term } from '../core/i18n.js';
import { call, get } from '../core/api.js';
import { currentRoute, replaceQuery } from '../core/router.js';
import { loading, problemBox, severityBadge, statusBadge } from '../core/widgets.js';
import { dateTime, number } from '../core/format.js';
import { People } from '../core/people.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './inbox.css';

addMessages(vi, en);

const STATES = ['PENDING', 'ACKNOWLEDGED', 'RETURNED', 'COMPLETED'];
const OPEN_STATES = ['PENDING', 'ACKNOWLEDGED'];
const PAGE = 20;
/** What each answer sends, and which text it needs. */
const ACTIONS = {
  acknowledge: { path: 'acknowledge', from: ['PENDING'] },
  update: { path: 'updates', from: ['PENDING', 'ACKNOWLEDGED'], field: 'message', max: 20000 },
  complete: { path: 'complete', from: ['ACKNOWLEDGED'], confirm: true },
  return: { path: 'return', from: ['PENDING', 'ACKNOWLEDGED'], field: 'reason', max: 2000 },
};

function readStates(query) {
  const raw = query.get('status');
  if (raw === null) return OPEN_STATES;
  if (raw === 'all') return [];
  const states = raw.split(',').filter((state) => STATES.includes(state));
  return states.length ? states : OPEN_STATES;
}

class ProvinceInbox extends View {
  static properties = {
    states: { state: true }, items: { state: true }, cursor: { state: true }, busy: { state: true },
    problem: { state: true }, incidents: { state: true }, form: { state: true }, working: { state: true },
    outcome: { state: true }, peopleProblem: { state: true },
  };

  constructor() {
    super();
    this.states = readStates(currentRoute().query);
    this.items = null;
    this.incidents = new Map();
    this.form = null; // {id, action, text, errors}
    this.outcome = {}; // escalation id → {notice} or {problem}
    this.run = 0;
    this.people = new People(() => this.requestUpdate(), (problem) => { this.peopleProblem = problem; });
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    const run = ++this.run;
    this.items = null;
    this.cursor = null;
    this.problem = null;
    this.outcome = {};
    this.form = null;
    await this.page(run, undefined);
  }

  async page(run, cursor) {
    this.busy = true;
    this.problem = null;
    try {
      const answer = await get('/escalations', { status: this.states, limit: PAGE, cursor });
      if (run !== this.run) return;
      this.items = [...(this.items || []), ...answer.items];
      this.cursor = answer.nextCursor;
      this.readIncidents(answer.items, run);
    } catch (problem) {
      if (run !== this.run) return;
      this.problem = problem;
      this.items ??= [];
    } finally {
      if (run === this.run) this.busy = false;
    }
  }

  /** Each escalation's incident as it is now (status, severity, who works on it); the card shows the report anyway. */
  async readIncidents(escalations, run) {
    const wanted = [...new Set(escalations.map((escalation) => escalation.incidentId))]
      .filter((id) => !this.incidents.has(id));
    const answers = await Promise.allSettled(wanted.map((id) => get(`/incidents/${id}`)));
    if (run !== this.run) return;
    const incidents = new Map(this.incidents);
    answers.forEach((answer, index) => {
      if (answer.status === 'fulfilled') incidents.set(wanted[index], answer.value);
    });
    this.incidents = incidents;
    this.people.resolve([...[...incidents.values()].map((incident) => incident.assignee),
      ...escalations.flatMap((escalation) => [escalation.createdBy, escalation.acknowledgedBy])]);
  }

  filter(event) {
    event.preventDefault();
    const states = new FormData(event.target).getAll('status').map(String);
    this.states = states;
    replaceQuery({ status: states.length ? states.join(',') : 'all' });
    this.load();
  }

  openForm(escalation, action) {
    this.form = { id: escalation.id, action, text: '', errors: [] };
    this.outcome = { ...this.outcome, [escalation.id]: null };
    this.updateComplete.then(() => this.querySelector(`#esc-${action}-${escalation.id}`)?.focus());
  }

  closeForm(escalation) {
    const action = this.form?.action;
    this.form = null;
    this.updateComplete.then(() => this.querySelector(`#open-${action}-${escalation.id}`)?.focus());
  }

  /** Sends one answer with If-Match on the version shown; the card then shows the escalation as the service answered. */
  async act(escalation, action, event) {
    event?.preventDefault();
    const spec = ACTIONS[action];
    let body;
    if (spec.field) {
      const text = (this.form?.text || '').trim();
      if (!text) {
        this.form = { ...this.form, errors: [t(`province.${action}.required`)] };
        this.querySelector(`#esc-${action}-${escalation.id}`)?.focus();
        return;
      }
      body = { [spec.field]: text };
    }
    this.working = escalation.id;
    try {
      const answer = await call(`/escalations/${escalation.id}/${spec.path}`, { method: 'POST', body,
        ifMatch: `"${escalation.version}"` });
      this.replace(answer.data);
      this.form = null;
      this.outcome = { ...this.outcome, [escalation.id]: { notice: t(`province.${action}.done`) } };
      this.incidents.delete(escalation.incidentId);
      this.readIncidents([answer.data], this.run);
    } catch (problem) {
      const fields = problem.fieldErrors ? problem.fieldErrors() : {};
      if (this.form && spec.field && fields[spec.field]) {
        this.form = { ...this.form, errors: [t(`province.${action}.invalid`)] };
      }
      this.outcome = { ...this.outcome, [escalation.id]: { problem } };
    } finally {
      this.working = null;
    }
  }

  /** After a 412: the escalation as it is now, so that the person sees what changed and answers again. */
  async refresh(escalation) {
    this.working = escalation.id;
    try {
      const answer = await call(`/escalations/${escalation.id}`);
      this.replace(answer.data);
      this.outcome = { ...this.outcome, [escalation.id]: { notice: t('province.reloaded') } };
    } catch (problem) {
      this.outcome = { ...this.outcome, [escalation.id]: { problem } };
    } finally {
      this.working = null;
    }
  }

  replace(escalation) {
    this.items = this.items.map((item) => (item.id === escalation.id ? escalation : item));
  }

  render() {
    return html`
      <h1>${t('nav.province')}</h1>
      <p class="muted">${t('province.intro')}</p>
      <form class="province-filter" @submit=${(event) => this.filter(event)}>
        <fieldset>
          <legend>${t('province.filter')}</legend>
          <div class="row">
            ${STATES.map((state) => html`<label class="check"><input type="checkbox" name="status" value=${state}
              .checked=${this.states.includes(state)}>${term('province.status', state)}</label>`)}
          </div>
          <p class="hint">${t('province.filterHint')}</p>
          <button type="submit" class="secondary">${t('province.show')}</button>
        </fieldset>
      </form>
      ${problemBox(this.problem)}
      ${problemBox(this.peopleProblem)}
      ${this.items === null ? loading() : html`
        <p role="status" class="muted">${this.items.length
          ? t(this.cursor ? 'province.countMore' : 'province.count', { n: number(this.items.length) })
          : t('province.empty')}</p>
        <ul class="province-list">${this.items.map((escalation) => html`<li>${this.card(escalation)}</li>`)}</ul>
        ${this.cursor ? html`<button type="button" class="secondary" ?disabled=${this.busy}
          @click=${() => this.page(this.run, this.cursor)}>${this.busy ? t('common.loading') : t('common.more')}</button>` : nothing}`}`;
  }

  card(escalation) {
    const report = escalation.initialReport || {};
    const incident = this.incidents.get(escalation.incidentId);
    const headingId = `esc-title-${escalation.id}`;
    return html`<article class="card province-card" aria-labelledby=${headingId}>
      <h2 id=${headingId}><a href="#/su-co/${escalation.incidentId}">${report.reference || escalation.incidentId}</a>
        · ${report.title || ''}</h2>
      <p class="row"><span class="badge province-${escalation.status.toLowerCase()}">${term('province.status', escalation.status)}</span>
        ${incident ? html`${statusBadge(incident.status)} ${severityBadge(incident.severity)}` : nothing}</p>
      <dl class="facts">
        <dt>${t('province.unit')}</dt>
        <dd>${report.reportingUnit ? `${report.reportingUnit.name} (${report.reportingUnit.code})` : ''}</dd>
        <dt>${t('province.escalatedAt')}</dt><dd>${dateTime(escalation.createdAt)} · ${this.people.name(escalation.createdBy)}</dd>
        <dt>${t('province.reason')}</dt><dd>${escalation.reason}</dd>
        ${incident?.assignee ? html`<dt>${t('province.assignee')}</dt><dd>${this.people.name(incident.assignee)}</dd>` : nothing}
        ${escalation.acknowledgedAt ? html`<dt>${t('province.acknowledgedAt')}</dt>
          <dd>${dateTime(escalation.acknowledgedAt)}${escalation.acknowledgedBy ? ` · ${this.people.name(escalation.acknowledgedBy)}` : ''}</dd>` : nothing}
        ${escalation.completedAt ? html`<dt>${t('province.completedAt')}</dt><dd>${dateTime(escalation.completedAt)}</dd>` : nothing}
        ${escalation.returnedAt ? html`<dt>${t('province.returnedAt')}</dt><dd>${dateTime(escalation.returnedAt)}</dd>
          <dt>${t('province.returnReason')}</dt><dd>${escalation.returnReason}</dd>` : nothing}
      </dl>
      ${this.initialReport(report, escalation.id)}
      ${this.actions(escalation)}
    </article>`;
  }

  initialReport(report, id) {
    const impact = report.impact;
    const contact = (person) => (person ? [person.name, person.title, person.phone, person.email].filter(Boolean).join(' · ')
      : t('common.none'));
    return html`<details class="province-report" ?open=${true}>
      <summary>${t('province.initialReport')}</summary>
      <dl class="facts" id="esc-report-${id}">
        <dt>${t('province.category')}</dt><dd>${term('category', report.category)}</dd>
        <dt>${t('province.detectedAt')}</dt><dd>${dateTime(report.detectedAt)}</dd>
        <dt>${t('province.reportedAt')}</dt><dd>${dateTime(report.reportedAt)}</dd>
        <dt>${t('province.description')}</dt><dd class="province-text">${report.description}</dd>
        <dt>${t('province.systems')}</dt>
        <dd>${report.affectedSystems?.length ? html`<ul class="province-plain">${report.affectedSystems.map((system) => html`<li>
          ${system.name} · ${t('province.level', { level: system.securityLevel })}${system.nationalCritical
            ? html` · <strong>${t('province.nationalCritical')}</strong>` : nothing}</li>`)}</ul>` : t('common.none')}</dd>
        <dt>${t('province.impact')}</dt>
        <dd>${impact ? html`${term('province.legalClass', impact.legalClass)} · ${term('severity', impact.severity)}
          ${impact.impacts?.length ? html`<br>${impact.impacts.map((value) => term('province.impacts', value)).join('; ')}` : nothing}
          <br>${t('province.functional')}: ${term('province.functionalImpact', impact.functionalImpact)}
          <br>${t('province.information')}: ${(impact.informationImpact || []).map((value) => term('province.informationImpact', value)).join('; ')}
          <br>${t('province.recoverability')}: ${term('province.recoverabilityValue', impact.recoverability)}`
          : t('province.notAssessed')}</dd>
        <dt>${t('province.measuresTaken')}</dt><dd class="province-text">${report.measuresTaken || t('common.none')}</dd>
        <dt>${t('province.supportRequested')}</dt><dd class="province-text">${report.supportRequested || t('common.none')}</dd>
        <dt>${t('province.focalPoint')}</dt><dd>${contact(report.reportingUnit?.focalPoint)}</dd>
        <dt>${t('province.securityLead')}</dt><dd>${contact(report.reportingUnit?.securityLead)}</dd>
      </dl>
    </details>`;
  }

  actions(escalation) {
    const outcome = this.outcome[escalation.id];
    const busy = this.working === escalation.id;
    const possible = Object.entries(ACTIONS).filter(([, spec]) => spec.from.includes(escalation.status));
    const form = this.form?.id === escalation.id ? this.form : null;
    return html`<div class="province-actions">
      ${outcome?.notice ? html`<p class="notice" role="status">${outcome.notice}</p>` : nothing}
      ${outcome?.problem ? html`${problemBox(outcome.problem, { message: t('province.update.label'),
        reason: t('province.return.label') })}
        ${outcome.problem.status === 412 ? html`<button type="button" class="secondary" ?disabled=${busy}
          @click=${() => this.refresh(escalation)}>${t('common.reload')}</button>` : nothing}` : nothing}
      ${form ? this.actionForm(escalation, form, busy) : possible.length ? html`<div class="row">
        ${possible.map(([action, spec]) => html`<button type="button" id="open-${action}-${escalation.id}"
          class=${action === 'acknowledge' ? '' : 'secondary'} ?disabled=${busy}
          aria-describedby="esc-title-${escalation.id}"
          @click=${() => (spec.field || spec.confirm ? this.openForm(escalation, action) : this.act(escalation, action))}>
          ${t(`province.${action}.open`)}</button>`)}
      </div>` : html`<p class="muted small">${t('province.noActions')}</p>`}
    </div>`;
  }

  actionForm(escalation, form, busy) {
    const spec = ACTIONS[form.action];
    const id = `esc-${form.action}-${escalation.id}`;
    if (spec.confirm) {
      return html`<form class="stack" @submit=${(event) => this.act(escalation, form.action, event)}>
        <p id=${id} tabindex="-1">${t(`province.${form.action}.confirm`)}</p>
        <div class="row">
          <button type="submit" ?disabled=${busy}>${t(`province.${form.action}.submit`)}</button>
          <button type="button" class="secondary" @click=${() => this.closeForm(escalation)}>${t('common.cancel')}</button>
        </div>
      </form>`;
    }
    const invalid = form.errors.length > 0;
    return html`<form class="stack" novalidate @submit=${(event) => this.act(escalation, form.action, event)}>
      <div>
        <label for=${id}>${t(`province.${form.action}.label`)}</label>
        <p class="hint" id="${id}-hint">${t(`province.${form.action}.hint`)}</p>
        <textarea id=${id} rows="4" maxlength=${spec.max} .value=${form.text} aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
          @input=${(event) => { this.form = { ...this.form, text: event.target.value }; }}></textarea>
        ${invalid ? html`<p class="field-error" id="${id}-error">${form.errors.join(' ')}</p>` : nothing}
      </div>
      <div class="row">
        <button type="submit" class=${form.action === 'return' ? 'danger' : ''} ?disabled=${busy}>
          ${t(`province.${form.action}.submit`)}</button>
        <button type="button" class="secondary" @click=${() => this.closeForm(escalation)}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }
}

customElements.define('uc-province-inbox', ProvinceInbox);
