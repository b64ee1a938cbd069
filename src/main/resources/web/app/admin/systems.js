// Hệ thống thông tin: the register of information systems with the warnings the Decree 331/2026 rules raise
// (each with its legal basis), filtered by unit; a new system and a system's edit (administrators and
// coordinators): the Decree 331/2026 register fields, If-Match on the ETag read, the checks sent back as stored.
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { View } from '../core/view.js';
import { t } from '../core/i18n.js';
import { call, get, newKey } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { loading, problemBox } from '../core/widgets.js';
import { FormState, doneNotice, field, formProblem } from './form.js';

const EMPTY = { unitCode: '', name: '', securityLevel: '1', internetFacing: false };
const APPROVAL = ['DRAFTING', 'SUBMITTED', 'APPRAISED', 'APPROVED'];
const PLAN = ['NOT_STARTED', 'PARTIAL', 'COMPLETE'];
const DOSSIER = ['NONE', 'DRAFT', 'SUBMITTED', 'APPROVED'];
const TEXTS = ['levelCriterion', 'owner', 'operator', 'securityUnit', 'approvalDecisionNumber'];
const COUNTS = ['basicDataSubjects', 'sensitiveDataSubjects'];

/** The form's values of a stored system. */
function valuesOf(system) {
  return { unitCode: system.unitCode, name: system.name, securityLevel: String(system.securityLevel),
    nationalCritical: system.nationalCritical, internetFacing: system.internetFacing, levelDossier: system.levelDossier || 'NONE',
    levelCriterion: system.levelCriterion || '', owner: system.owner || '', operator: system.operator || '',
    securityUnit: system.securityUnit || '', approvalStatus: system.approvalStatus || '',
    approvalDecisionNumber: system.approvalDecisionNumber || '', approvalDecisionDate: system.approvalDecisionDate || '',
    securityRegulation: system.securityRegulation, securityPlanStatus: system.securityPlanStatus || 'NOT_STARTED',
    handlesAdministrativeProcedures: system.handlesAdministrativeProcedures,
    basicDataSubjects: String(system.basicDataSubjects ?? 0), sensitiveDataSubjects: String(system.sensitiveDataSubjects ?? 0) };
}

export function warningsList(warnings) {
  return warnings.length ? html`<ul class="admin-plain">${warnings.map((warning) => html`<li>${warning.message}
    <span class="small muted">(${warning.legalBasis})</span></li>`)}</ul>` : html`<span class="muted">${t('common.none')}</span>`;
}

class Systems extends View {
  static properties = { items: { state: true }, cursor: { state: true }, busy: { state: true }, problem: { state: true },
    editing: { state: true } };

  constructor() {
    super();
    this.items = [];
    this.create = new FormState(this, 'system-new', EMPTY);
    this.edit = new FormState(this, 'system-edit', valuesOf({}));
    this.filter = new FormState(this, 'system-filter', { unitCode: '' });
  }

  connectedCallback() {
    super.connectedCallback();
    this.page();
  }

  async page(cursor) {
    this.busy = true;
    this.problem = null;
    try {
      const unitCode = String(this.filter.values.unitCode || '').trim().toUpperCase() || undefined;
      const page = await get('/systems', { limit: 50, cursor, unitCode });
      this.items = cursor ? [...this.items, ...page.items] : page.items;
      this.cursor = page.nextCursor;
    } catch (problem) {
      this.problem = problem;
    } finally {
      this.busy = false;
    }
  }

  async submitNew(event) {
    event.preventDefault();
    const form = this.create;
    const values = form.values;
    form.key ??= newKey();
    const ok = await form.run(async () => {
      const { data } = await call('/systems', { method: 'POST', idempotencyKey: form.key,
        body: { unitCode: values.unitCode.trim(), name: values.name.trim(), securityLevel: Number(values.securityLevel),
          internetFacing: Boolean(values.internetFacing) } });
      form.done = t('admin.system.created', { name: data.name });
    });
    if (ok) {
      const done = form.done;
      form.reset(EMPTY);
      form.done = done;
      form.key = null;
      this.page();
    }
  }

  labels() {
    return { unitCode: t('admin.system.unit'), name: t('admin.system.name'), securityLevel: t('admin.system.level'),
      levelCriterion: t('admin.system.criterion'), owner: t('admin.system.owner'), operator: t('admin.system.operator'),
      securityUnit: t('admin.system.securityUnit'), approvalStatus: t('admin.system.approval'),
      approvalDecisionNumber: t('admin.system.decisionNumber'), approvalDecisionDate: t('admin.system.decisionDate'),
      securityPlanStatus: t('admin.system.plan'), levelDossier: t('admin.system.dossier'),
      basicDataSubjects: t('admin.system.basicSubjects'), sensitiveDataSubjects: t('admin.system.sensitiveSubjects') };
  }

  async startEdit(id) {
    const form = this.edit;
    this.editing = null;
    this.create.done = null;
    await form.run(async () => {
      const { data, etag } = await call(`/systems/${encodeURIComponent(id)}`);
      this.editing = { system: data, etag };
      form.reset(valuesOf(data));
    });
    await this.updateComplete;
    this.querySelector('#system-edit-title')?.focus();
  }

  async submitEdit(event) {
    event.preventDefault();
    const { system, etag } = this.editing;
    const form = this.edit;
    const values = form.values;
    const wrong = COUNTS.filter((name) => !/^\d+$/.test(String(values[name]).trim()));
    if (wrong.length) {
      form.problem = null;
      form.done = null;
      form.errors = Object.fromEntries(wrong.map((name) => [name, [t('admin.system.count.invalid')]]));
      this.requestUpdate();
      await this.updateComplete;
      this.querySelector(`#system-edit-${wrong[0]}`)?.focus();
      return;
    }
    // a text left empty clears it; what the form does not show (the checks) is left out, so it is kept as stored
    const body = { unitCode: values.unitCode.trim(), name: values.name.trim(), securityLevel: Number(values.securityLevel),
      nationalCritical: Boolean(values.nationalCritical), internetFacing: Boolean(values.internetFacing),
      levelDossier: values.levelDossier, securityRegulation: Boolean(values.securityRegulation),
      securityPlanStatus: values.securityPlanStatus, handlesAdministrativeProcedures: Boolean(values.handlesAdministrativeProcedures),
      ...Object.fromEntries(TEXTS.map((name) => [name, String(values[name] ?? '').trim()])),
      ...Object.fromEntries(COUNTS.map((name) => [name, Number(String(values[name]).trim())])) };
    if (values.approvalStatus) body.approvalStatus = values.approvalStatus;
    if (values.approvalDecisionDate) body.approvalDecisionDate = values.approvalDecisionDate;
    const ok = await form.run(async () => {
      const { data } = await call(`/systems/${encodeURIComponent(system.id)}`, { method: 'PUT', body, ifMatch: etag });
      this.items = this.items.map((item) => (item.id === data.id ? data : item));
      form.saved = data;
    });
    if (ok) {
      const saved = form.saved;
      this.editing = null;
      this.create.done = saved.warnings.length ? t('admin.system.savedWarnings', { name: saved.name, n: saved.warnings.length })
        : t('admin.saved');
      await this.updateComplete;
      this.querySelector('#systems-title')?.focus();
    }
  }

  /** After a 412: the system as it is stored now, the form started over from it. */
  async reload() {
    await this.startEdit(this.editing.system.id);
  }

  applyFilter(event) {
    event.preventDefault();
    this.editing = null;
    this.page();
  }

  render() {
    const canCreate = hasRole('admin', 'coordinator');
    return html`<h2 id="systems-title">${t('admin.systems')}</h2>
      ${this.create.done ? html`<p class="notice" role="status">${this.create.done}</p>` : nothing}
      ${problemBox(this.problem)}
      <form class="row" role="search" aria-label=${t('admin.system.filter')} @submit=${(event) => this.applyFilter(event)}>
        ${field(this.filter, 'unitCode', t('admin.system.filter.unit'), { hint: t('admin.system.filter.hint') })}
        <button type="submit" class="secondary">${t('admin.system.filter.apply')}</button>
      </form>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="systems-title"><table>
        <thead><tr><th scope="col">${t('admin.system.name')}</th><th scope="col">${t('admin.system.unit')}</th>
          <th scope="col">${t('admin.system.level')}</th><th scope="col">${t('admin.system.approval')}</th>
          <th scope="col">${t('admin.system.warnings')}</th>
          ${canCreate ? html`<th scope="col"><span class="sr-only">${t('admin.actions')}</span></th>` : nothing}</tr></thead>
        <tbody>${repeat(this.items, (system) => system.id, (system) => html`<tr>
          <th scope="row">${system.name}</th><td>${system.unitCode}</td><td>${system.securityLevel}</td>
          <td>${system.approvalStatusLabel || html`<span class="muted">${t('common.none')}</span>`}</td>
          <td>${warningsList(system.warnings)}</td>
          ${canCreate ? html`<td><button type="button" class="link" aria-label=${t('admin.editOf', { name: system.name })}
            @click=${() => this.startEdit(system.id)}>${t('admin.edit')}</button></td>` : nothing}
        </tr>`)}</tbody>
      </table></div>
      ${!this.busy && !this.items.length && !this.problem ? html`<p>${t('admin.system.none')}</p>` : nothing}
      ${this.busy ? loading() : nothing}
      ${this.cursor && !this.busy ? html`<button type="button" class="secondary" @click=${() => this.page(this.cursor)}>${t('common.more')}</button>` : nothing}
      ${this.editing ? this.editForm() : problemBox(this.edit.problem)}
      ${canCreate ? this.newForm() : nothing}`;
  }

  editForm() {
    const form = this.edit;
    const { system } = this.editing;
    const approval = [...(system.approvalStatus ? [] : [['', t('admin.system.approval.none')]]),
      ...APPROVAL.map((value) => [value, t(`admin.approval.${value}`)])];
    return html`<form class="card stack" aria-labelledby="system-edit-title" @submit=${(event) => this.submitEdit(event)} novalidate>
      <h3 id="system-edit-title" tabindex="-1">${t('admin.system.edit', { name: system.name })}</h3>
      <section aria-labelledby="system-edit-warnings">
        <h4 id="system-edit-warnings">${t('admin.system.warningsNow')}</h4>
        ${warningsList(system.warnings)}
      </section>
      ${field(form, 'unitCode', t('admin.system.unit'), { required: true, hint: t('admin.system.unit.hint') })}
      ${field(form, 'name', t('admin.system.name'), { required: true })}
      ${field(form, 'securityLevel', t('admin.system.level'), { options: [1, 2, 3, 4, 5].map((level) => [String(level), t('admin.system.levelN', { level })]) })}
      ${field(form, 'levelCriterion', t('admin.system.criterion'), { hint: t('admin.system.criterion.hint') })}
      ${field(form, 'nationalCritical', t('admin.system.nationalCritical'), { type: 'checkbox' })}
      ${field(form, 'internetFacing', t('admin.system.internetFacing'), { type: 'checkbox' })}
      <fieldset class="stack"><legend>${t('admin.system.management')}</legend>
        ${field(form, 'owner', t('admin.system.owner'))}
        ${field(form, 'operator', t('admin.system.operator'))}
        ${field(form, 'securityUnit', t('admin.system.securityUnit'))}
      </fieldset>
      <fieldset class="stack"><legend>${t('admin.system.approvalGroup')}</legend>
        ${field(form, 'approvalStatus', t('admin.system.approval'), { options: approval })}
        ${field(form, 'approvalDecisionNumber', t('admin.system.decisionNumber'))}
        ${field(form, 'approvalDecisionDate', t('admin.system.decisionDate'), { type: 'date' })}
        ${field(form, 'levelDossier', t('admin.system.dossier'), { options: DOSSIER.map((value) => [value, t(`admin.dossier.${value}`)]),
          hint: t('admin.system.dossier.hint') })}
      </fieldset>
      <fieldset class="stack"><legend>${t('admin.system.protection')}</legend>
        ${field(form, 'securityRegulation', t('admin.system.regulation'), { type: 'checkbox' })}
        ${field(form, 'securityPlanStatus', t('admin.system.plan'), { options: PLAN.map((value) => [value, t(`admin.plan.${value}`)]) })}
      </fieldset>
      <fieldset class="stack"><legend>${t('admin.system.data')}</legend>
        ${field(form, 'handlesAdministrativeProcedures', t('admin.system.procedures'), { type: 'checkbox' })}
        ${field(form, 'basicDataSubjects', t('admin.system.basicSubjects'), { type: 'number', min: 0 })}
        ${field(form, 'sensitiveDataSubjects', t('admin.system.sensitiveSubjects'), { type: 'number', min: 0 })}
      </fieldset>
      <p class="hint">${t('admin.system.checksKept', { n: system.checks.length })}</p>
      ${formProblem(form, this.labels(), () => this.reload(), t('admin.reload'))}
      ${doneNotice(form)}
      <div class="row">
        <button type="submit" ?disabled=${form.busy}>${t('common.save')}</button>
        <button type="button" class="secondary" @click=${() => { this.editing = null; }}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }

  newForm() {
    const form = this.create;
    const labels = { unitCode: t('admin.system.unit'), name: t('admin.system.name'), securityLevel: t('admin.system.level') };
    return html`<form class="card stack" aria-labelledby="system-new-title" @submit=${(event) => this.submitNew(event)} novalidate>
      <h3 id="system-new-title">${t('admin.system.new')}</h3>
      ${field(form, 'unitCode', t('admin.system.unit'), { required: true, hint: t('admin.system.unit.hint') })}
      ${field(form, 'name', t('admin.system.name'), { required: true })}
      ${field(form, 'securityLevel', t('admin.system.level'), { options: [1, 2, 3, 4, 5].map((level) => [String(level), t('admin.system.levelN', { level })]) })}
      ${field(form, 'internetFacing', t('admin.system.internetFacing'), { type: 'checkbox' })}
      ${problemBox(form.problem, labels)}
      <button type="submit" ?disabled=${form.busy}>${t('admin.system.create')}</button>
    </form>`;
  }
}

customElements.define('uc-admin-systems', Systems);
