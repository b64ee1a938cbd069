// Tab "Báo cáo chính thức": the official reports the unit sent (append-only), and a form to record one. The kinds,
// the fields of each and the usual recipient come from the incident's regime (GET /regimes/{id}?version=), the
// recipients from the authorities (GET /authorities). Recording a report meets the obligations the regime says.
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { View } from '../core/view.js';
import { t, term } from '../core/i18n.js';
import { call, download, get, getAll, newKey } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { dateTime, fromLocalInput, localInput } from '../core/format.js';
import { fieldError, loading, problemBox } from '../core/widgets.js';
import { authorityName, authorityNames, missing, regimeOf, regimeText, signalChanged } from './common.js';

const CHANNELS = ['DOCUMENT_SYSTEM', 'EMAIL', 'PORTAL', 'PHONE', 'OTHER'];

class IncidentReports extends View {
  static properties = {
    incident: { attribute: false },
    revision: { attribute: false },
    reports: { state: true },
    next: { state: true },
    regime: { state: true },
    authorities: { state: true },
    activeAuthorities: { state: true },
    kind: { state: true },
    channel: { state: true },
    problem: { state: true },
    documentProblems: { state: true },
    formProblem: { state: true },
    busy: { state: true },
    saved: { state: true },
  };

  constructor() {
    super();
    this.channel = 'DOCUMENT_SYSTEM';
    this.key = newKey();
    this.formKey = 0;
  }

  updated(changed) {
    if (changed.has('revision')) this.load();
  }

  async load(cursor) {
    this.problem = null;
    try {
      const page = await get(`/incidents/${this.incident.id}/reports`, { cursor });
      this.reports = cursor ? [...this.reports, ...page.items] : page.items;
      this.next = page.nextCursor;
      if (!cursor && !this.regime) {
        const [regime, authorities, active] = await Promise.all([regimeOf(this.incident), authorityNames(),
          this.canRecord ? getAll('/authorities', { active: true }) : Promise.resolve([])]);
        this.regime = regime;
        this.authorities = authorities;
        this.activeAuthorities = active;
        this.kind ??= this.suggestedKind();
      }
    } catch (problem) {
      this.problem = problem;
      if (!cursor) this.reports ??= [];
    }
  }

  get canRecord() {
    return hasRole('reporter', 'coordinator');
  }

  /** The kind of the first open obligation a report can meet (e.g. REPORT_72H), else the regime's first kind. */
  suggestedKind() {
    const kinds = this.regime.reportKinds.map((kind) => kind.kind);
    const open = (this.incident.deadlines || []).find((d) => d.status === 'OPEN' && kinds.includes(d.kind));
    return open ? open.kind : kinds[0];
  }

  /** Whom the regime owes this kind of report to (the recipient of the obligation it meets). */
  usualRecipient(kind) {
    const obligation = this.regime.obligations.find((o) => (o.metBy?.reports || []).includes(kind));
    return obligation?.recipient || 'RESPONSE-TEAM';
  }

  kindTitle(kind) {
    const found = this.regime?.reportKinds.find((one) => one.kind === kind);
    return found ? regimeText(found.title) : kind;
  }

  render() {
    if (!this.reports) return html`<h2>${t('incident.tab.reports')}</h2>${loading()}`;
    return html`<h2>${t('incident.tab.reports')}</h2>
      ${this.reports.length ? html`<ul class="plain reports">${this.reports.map((report) => this.report(report))}</ul>`
        : html`<p class="muted">${t('incident.reports.none')}</p>`}
      ${this.next ? html`<button type="button" class="secondary" @click=${() => this.load(this.next)}>${t('common.more')}</button>` : nothing}
      ${problemBox(this.problem)}
      ${this.canRecord && this.regime ? this.form() : nothing}`;
  }

  report(report) {
    return html`<li class="card official-report">
      <h3>${this.kindTitle(report.kind)}</h3>
      <dl class="facts">
        <dt>${t('incident.reports.recipient')}</dt><dd>${authorityName(this.authorities, report.recipient)}</dd>
        <dt>${t('incident.reports.sentAt')}</dt><dd>${dateTime(report.sentAt)}</dd>
        <dt>${t('incident.reports.channel')}</dt><dd>${term('incident.channel', report.channel)}</dd>
        ${report.documentNumber ? html`<dt>${t('incident.reports.documentNumber')}</dt><dd>${report.documentNumber}</dd>` : nothing}
        <dt>${t('incident.reports.met')}</dt>
        <dd>${report.met.length ? report.met.map((kind) => this.obligationTitle(kind)).join(', ') : t('incident.reports.metNone')}</dd>
        ${report.supersedes ? html`<dt>${t('incident.reports.correction')}</dt><dd>${t('incident.reports.correctsEarlier')}</dd>` : nothing}
      </dl>
      <div class="row">
        <button type="button" class="secondary" @click=${() => this.document(report, 'docx')}>${t('incident.reports.docx')}</button>
        <button type="button" class="secondary" @click=${() => this.document(report, 'pdf')}>${t('incident.reports.pdf')}</button>
      </div>
      ${problemBox(this.documentProblems?.[report.id])}
      <details><summary>${t('incident.reports.content')}</summary>
        <dl class="facts">${Object.entries(report.content).map(([field, text]) => html`<dt>${this.fieldLabel(field)}</dt><dd class="prewrap">${text}</dd>`)}</dl>
      </details>
    </li>`;
  }

  /** The report as the document the unit signs (Decree 30/2020 layout): docx to edit and sign, pdf to print. */
  async document(report, format) {
    this.documentProblems = { ...this.documentProblems, [report.id]: null };
    try {
      await download(`/incidents/${this.incident.id}/reports/${report.id}/document`, { format },
        `${this.incident.reference}-${report.kind}.${format}`);
    } catch (problem) {
      this.documentProblems = { ...this.documentProblems, [report.id]: problem };
    }
  }

  obligationTitle(kind) {
    const found = this.regime?.obligations.find((o) => o.kind === kind);
    return found ? regimeText(found.title) : kind;
  }

  fieldLabel(field) {
    const key = `incident.reportField.${field}`;
    const label = t(key);
    return label === key ? field : label;
  }

  form() {
    const kind = this.regime.reportKinds.find((one) => one.kind === this.kind) || this.regime.reportKinds[0];
    const errors = this.formProblem?.fieldErrors?.() || {};
    const invalid = (field) => (errors[field] ? 'true' : 'false');
    const described = (field, id) => (errors[field] ? `${id}-error` : nothing);
    const recipients = [...this.activeAuthorities.map((a) => a.code), 'DATA-SUBJECTS'];
    const usual = this.usualRecipient(kind.kind);
    return keyed(this.formKey, html`<form class="stack card report-form" novalidate @submit=${(event) => this.submit(event, kind)}>
      <h3>${t('incident.reports.record')}</h3>
      <p class="hint">${t('incident.reports.recordHint')}</p>
      <div><label for="report-kind">${t('incident.reports.kind')}</label>
        <select id="report-kind" name="kind" @change=${(event) => { this.kind = event.target.value; }}>
          ${this.regime.reportKinds.map((one) => html`<option value=${one.kind} ?selected=${one.kind === kind.kind}>${regimeText(one.title)}</option>`)}
        </select>
        <p class="hint">${kind.legalBasis.document}, ${kind.legalBasis.article}</p></div>
      <div><label for="report-recipient">${t('incident.reports.recipient')}</label>
        ${keyed(kind.kind, html`<select id="report-recipient" name="recipient" aria-invalid=${invalid('recipient')} aria-describedby=${described('recipient', 'report-recipient')}>
          ${recipients.map((code) => html`<option value=${code} ?selected=${code === usual}>${authorityName(this.authorities, code)}</option>`)}
        </select>`)}
        ${fieldError('report-recipient', errors.recipient)}</div>
      <div><label for="report-sent">${t('incident.reports.sentAt')}</label>
        <input type="datetime-local" id="report-sent" name="sentAt" .value=${localInput()} required
          aria-invalid=${invalid('sentAt')} aria-describedby=${described('sentAt', 'report-sent')}>
        ${fieldError('report-sent', errors.sentAt)}</div>
      <div><label for="report-channel">${t('incident.reports.channel')}</label>
        <select id="report-channel" name="channel" @change=${(event) => { this.channel = event.target.value; }}>
          ${CHANNELS.map((channel) => html`<option value=${channel} ?selected=${channel === this.channel}>${term('incident.channel', channel)}</option>`)}
        </select></div>
      <div><label for="report-number">${t('incident.reports.documentNumber')}${this.channel === 'PHONE' ? html` <span class="muted">(${t('incident.optional')})</span>` : nothing}</label>
        <input id="report-number" name="documentNumber" autocomplete="off" aria-invalid=${invalid('documentNumber')}
          aria-describedby=${described('documentNumber', 'report-number')}>
        ${fieldError('report-number', errors.documentNumber)}</div>
      <fieldset><legend>${t('incident.reports.content')}</legend>
        ${kind.content.map((field) => {
          const id = `report-content-${field}`;
          const name = `content.${field}`;
          return html`<div><label for=${id}>${this.fieldLabel(field)}</label>
            ${keyed(kind.kind, html`<textarea id=${id} name=${name} rows="3" required aria-invalid=${invalid(name)} aria-describedby=${described(name, id)}></textarea>`)}
            ${fieldError(id, errors[name])}</div>`;
        })}
      </fieldset>
      ${this.reports.length ? html`<div><label for="report-supersedes">${t('incident.reports.supersedes')} <span class="muted">(${t('incident.optional')})</span></label>
        <select id="report-supersedes" name="supersedes"><option value="">${t('incident.reports.supersedesNone')}</option>
          ${this.reports.map((report) => html`<option value=${report.id}>${this.kindTitle(report.kind)} — ${dateTime(report.sentAt)}</option>`)}
        </select></div>` : nothing}
      <button type="submit" ?disabled=${this.busy}>${t('incident.reports.submit')}</button>
      ${this.saved ? html`<p class="notice" role="status">${this.saved}</p>` : nothing}
      ${problemBox(this.formProblem, this.labels(kind))}
    </form>`);
  }

  labels(kind) {
    const labels = { kind: t('incident.reports.kind'), recipient: t('incident.reports.recipient'), sentAt: t('incident.reports.sentAt'),
      channel: t('incident.reports.channel'), documentNumber: t('incident.reports.documentNumber') };
    for (const field of kind.content) labels[`content.${field}`] = this.fieldLabel(field);
    return labels;
  }

  async submit(event, kind) {
    event.preventDefault();
    this.saved = null;
    const form = new FormData(event.target);
    const body = { kind: kind.kind, recipient: form.get('recipient'), sentAt: fromLocalInput(form.get('sentAt')),
      channel: form.get('channel'), content: {} };
    const empty = [];
    const number = String(form.get('documentNumber') || '').trim();
    if (number) body.documentNumber = number;
    else if (body.channel !== 'PHONE') empty.push('documentNumber');
    if (!body.sentAt) empty.push('sentAt');
    for (const field of kind.content) {
      const text = String(form.get(`content.${field}`) || '').trim();
      if (text) body.content[field] = text;
      else empty.push(`content.${field}`);
    }
    if (form.get('supersedes')) body.supersedes = form.get('supersedes');
    if (empty.length) {
      this.formProblem = missing(...empty);
      this.updateComplete.then(() => this.querySelector('.report-form [aria-invalid="true"]')?.focus());
      return;
    }
    this.busy = true;
    this.formProblem = null;
    try {
      const { data } = await call(`/incidents/${this.incident.id}/reports`, { method: 'POST', body, idempotencyKey: this.key });
      this.key = newKey();
      this.formKey += 1;
      this.channel = 'DOCUMENT_SYSTEM';
      this.saved = data.met.length
        ? t('incident.reports.savedMet', { met: data.met.map((one) => this.obligationTitle(one)).join(', ') })
        : t('incident.reports.saved');
      signalChanged(this);
    } catch (problem) {
      this.formProblem = problem;
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('uc-incident-reports', IncidentReports);
