// Báo cáo sự cố: the commune focal point files an incident, usually from a phone on a slow link. The draft is kept
// in localStorage (draft.js) with its one Idempotency-Key, so a retry after a dropped connection files it once.
// The service decides every rule: field errors come from its 400 and are shown beside each control. After filing,
// the evidence files go up one by one with a progress bar each, and the receipt shows the reference and the
// clocks the filing started (the incident's deadlines).
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { addMessages, lang, t, term } from '../core/i18n.js';
import { ApiProblem, call, get, getAll, newKey, upload } from '../core/api.js';
import { claims } from '../core/auth.js';
import { countdown, dateTime, fromLocalInput, number } from '../core/format.js';
import { fieldError, problemBox, statusBadge } from '../core/widgets.js';
import { clearDraft, emptyDraft, loadDraft, requestBody, saveDraft } from './draft.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './reporting.css';

addMessages(vi, en);

const CATEGORIES = ['PHISHING', 'MALWARE', 'RANSOMWARE', 'DEFACEMENT', 'DOS', 'UNAUTHORIZED_ACCESS', 'DATA_THEFT',
  'DESTRUCTION', 'COMBINED', 'OTHER'];
const PD_CATEGORIES = ['BASIC', 'SENSITIVE', 'LOCATION', 'BIOMETRIC', 'FINANCIAL'];
/** The longest description a state-secret incident keeps (ungcuu.state-secret.summary-max-length, default). */
const SUMMARY_MAX = 500;

/** Which control shows the errors of which request field (errors[].field of a 400). */
const CONTROLS = {
  title: 'rf-title',
  description: 'rf-description',
  category: 'rf-category',
  detectedAt: 'rf-detected',
  affectedSystemIds: 'rf-systems',
  beyondCapacity: 'rf-beyond',
  stateSecret: 'rf-secret',
  personalData: 'rf-pd',
  'personalData.affected': 'rf-pd',
  'personalData.categories': 'rf-pd-categories',
  'personalData.subjects': 'rf-pd-subjects',
  'personalData.dataTypes': 'rf-pd-types',
  'personalData.mayHarmSubjects': 'rf-pd-harm',
};

/** The control of each draft field: editing it takes its error away until the next send. */
const DRAFT_CONTROLS = {
  title: 'rf-title', description: 'rf-description', category: 'rf-category', detectedAt: 'rf-detected',
  systems: 'rf-systems', beyondCapacity: 'rf-beyond', stateSecret: 'rf-secret', pdAffected: 'rf-pd',
  pdCategories: 'rf-pd-categories', pdSubjects: 'rf-pd-subjects', pdDataTypes: 'rf-pd-types', pdMayHarm: 'rf-pd-harm',
};

class ReportForm extends View {
  static properties = {
    draft: { state: true },
    systems: { state: true },
    systemsProblem: { state: true },
    files: { state: true },
    sending: { state: true },
    problem: { state: true },
    incident: { state: true },
    authorities: { state: true },
  };

  constructor() {
    super();
    this.draft = loadDraft(claims().unit);
    this.files = [];
    this.systems = null;
    this.authorities = {};
    this.edited = new Set();
  }

  connectedCallback() {
    super.connectedCallback();
    this.loadSystems();
    this.ticker = setInterval(() => this.incident && this.requestUpdate(), 30000);
  }

  disconnectedCallback() {
    clearInterval(this.ticker);
    super.disconnectedCallback();
  }

  async loadSystems() {
    this.systemsProblem = null;
    const unit = claims().unit;
    if (!unit) {
      this.systems = [];
      return;
    }
    try {
      this.systems = await getAll('/systems', { unitCode: unit });
    } catch (problem) {
      this.systems = [];
      this.systemsProblem = problem;
    }
  }

  /** Every change goes into the draft at once, and the draft into localStorage. */
  change(name, value) {
    if (DRAFT_CONTROLS[name]) this.edited.add(DRAFT_CONTROLS[name]);
    this.draft = { ...this.draft, [name]: value };
    saveDraft(this.draft);
  }

  toggle(name, value, on) {
    const list = this.draft[name].filter((one) => one !== value);
    this.change(name, on ? [...list, value] : list);
  }

  labels() {
    return {
      title: t('filing.title'),
      description: t('filing.description'),
      category: t('filing.category'),
      detectedAt: t('filing.detectedAt'),
      affectedSystemIds: t('filing.systems'),
      beyondCapacity: t('filing.beyondCapacity'),
      stateSecret: t('filing.stateSecret'),
      personalData: t('filing.pd.affected'),
      'personalData.affected': t('filing.pd.affected'),
      'personalData.categories': t('filing.pd.categories'),
      'personalData.subjects': t('filing.pd.subjects'),
      'personalData.dataTypes': t('filing.pd.dataTypes'),
      'personalData.mayHarmSubjects': t('filing.pd.mayHarm'),
    };
  }

  /** The 400's field errors by control id, each said in Vietnamese (the API's messages are English). */
  errorsByControl() {
    const byControl = {};
    if (!this.problem || this.problem.status !== 400) return byControl;
    for (const error of this.problem.errors) {
      const field = String(error.field || '').replace(/\[\d+\]/g, '');
      const id = CONTROLS[field];
      if (id && !this.edited.has(id)) (byControl[id] ??= []).push(this.fieldMessage(field, String(error.message || '')));
    }
    return byControl;
  }

  fieldMessage(field, message) {
    if (field === 'description' && /state-secret|summary/i.test(message)) {
      const max = message.match(/at most (\d+)/);
      return t('filing.error.summary', { max: max ? max[1] : SUMMARY_MAX });
    }
    if (/blank|null|empty|required/i.test(message)) return t('filing.error.required');
    if (/future/i.test(message)) return t('filing.error.future');
    if (/size must be|at most|too long|length/i.test(message)) return t('filing.error.tooLong');
    if (/must be greater|must be less|minimum|maximum/i.test(message)) return t('filing.error.range');
    return t('filing.error.invalid');
  }

  async submit(event) {
    event?.preventDefault();
    if (this.sending) return;
    saveDraft(this.draft);
    this.sending = true;
    this.problem = null;
    this.edited = new Set();
    try {
      const answer = await call('/incidents', { method: 'POST', body: requestBody(this.draft, fromLocalInput),
        idempotencyKey: this.draft.key });
      this.incident = answer.data;
      clearDraft();
      this.sending = false;
      await this.updateComplete;
      this.querySelector('h1')?.focus();
      this.nameRecipients();
      this.uploadAll();
    } catch (problem) {
      this.sending = false;
      this.problem = problem instanceof ApiProblem ? problem : new ApiProblem(0);
      await this.updateComplete;
      const invalid = this.querySelector('[aria-invalid="true"]');
      (invalid || this.querySelector('#rf-problem-actions button') || this.querySelector('#rf-send'))?.focus();
    }
  }

  /** The authorities the clocks are owed to, by name (GET /authorities/{code}); the code stays if that fails. */
  async nameRecipients() {
    const codes = new Set((this.incident.deadlines || []).map((deadline) => deadline.recipient)
      .filter((code) => code && code !== 'DATA-SUBJECTS'));
    for (const code of codes) {
      try {
        const authority = await get(`/authorities/${encodeURIComponent(code)}`);
        this.authorities = { ...this.authorities, [code]: authority };
      } catch {
        // the code is shown instead
      }
    }
  }

  recipient(code) {
    if (code === 'DATA-SUBJECTS') return t('filing.receipt.dataSubjects');
    const authority = this.authorities[code];
    if (!authority) return code;
    return (lang() === 'en' && authority.nameEn) || authority.nameVi || code;
  }

  /** After a 422 (this draft's key was used with other content): the same report sent under a new key. */
  sendAsNew() {
    this.change('key', newKey());
    this.submit();
  }

  fileAnother() {
    this.draft = emptyDraft(claims().unit);
    this.files = [];
    this.incident = null;
    this.problem = null;
    this.updateComplete.then(() => this.querySelector('h1')?.focus());
  }

  chooseFiles(event) {
    const chosen = [...event.target.files].map((file) => ({ file, key: newKey(), progress: 0, state: 'waiting' }));
    this.files = [...this.files, ...chosen];
    event.target.value = '';
  }

  removeFile(entry) {
    this.files = this.files.filter((one) => one !== entry);
    this.querySelector('#rf-files')?.focus();
  }

  updateFile(entry, changes) {
    Object.assign(entry, changes);
    this.files = [...this.files];
  }

  async uploadAll() {
    if (!this.incident || this.incident.stateSecret) return;
    for (const entry of this.files) {
      if (entry.state !== 'done') await this.uploadOne(entry);
    }
  }

  async uploadOne(entry) {
    const incident = this.incident;
    this.updateFile(entry, { state: 'uploading', progress: 0, problem: null });
    const form = new FormData();
    form.append('file', entry.file, entry.file.name);
    try {
      const answer = await upload(`/incidents/${encodeURIComponent(incident.id)}/attachments`, form, {
        idempotencyKey: entry.key, onProgress: (share) => this.updateFile(entry, { progress: share }) });
      this.updateFile(entry, { state: 'done', progress: 1, attachment: answer.data });
    } catch (problem) {
      this.updateFile(entry, { state: 'failed', problem });
    }
  }

  render() {
    return this.incident ? this.receipt() : this.form();
  }

  form() {
    const d = this.draft;
    const errors = this.errorsByControl();
    const described = (id, hint) => [hint ? `${id}-hint` : '', errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ')
      || nothing;
    const invalid = (id) => (errors[id] ? 'true' : nothing);
    const network = this.problem && (this.problem.status === 0 || this.problem.status >= 500
      || this.problem.status === 429);
    return html`
      <h1 tabindex="-1">${t('filing.heading')}</h1>
      <form class="stack filing" novalidate @submit=${this.submit}>
        <p class="hint">${t('filing.intro')}</p>
        <div>
          <label for="rf-title">${t('filing.title')}</label>
          <input id="rf-title" name="title" required maxlength="200" autocomplete="off" .value=${d.title}
            aria-invalid=${invalid('rf-title')} aria-describedby=${described('rf-title')}
            @input=${(e) => this.change('title', e.target.value)}>
          ${fieldError('rf-title', errors['rf-title'])}
        </div>
        <div>
          <label for="rf-description">${t('filing.description')}</label>
          <p class="hint" id="rf-description-hint">${d.stateSecret
            ? t('filing.descriptionSecretHint', { max: SUMMARY_MAX, count: d.description.length })
            : t('filing.descriptionHint')}</p>
          <textarea id="rf-description" name="description" required rows="5" .value=${d.description}
            aria-invalid=${invalid('rf-description')} aria-describedby=${described('rf-description', true)}
            @input=${(e) => this.change('description', e.target.value)}></textarea>
          ${fieldError('rf-description', errors['rf-description'])}
        </div>
        <div>
          <label for="rf-category">${t('filing.category')}</label>
          <select id="rf-category" name="category" required aria-invalid=${invalid('rf-category')}
            aria-describedby=${described('rf-category')} @change=${(e) => this.change('category', e.target.value)}>
            <option value="" ?selected=${!d.category}>${t('filing.categoryChoose')}</option>
            ${CATEGORIES.map((value) => html`<option value=${value} ?selected=${d.category === value}>${term('category', value)}</option>`)}
          </select>
          ${fieldError('rf-category', errors['rf-category'])}
        </div>
        <div>
          <label for="rf-detected">${t('filing.detectedAt')}</label>
          <p class="hint" id="rf-detected-hint">${t('filing.detectedAtHint')}</p>
          <input id="rf-detected" name="detectedAt" type="datetime-local" required .value=${d.detectedAt}
            aria-invalid=${invalid('rf-detected')} aria-describedby=${described('rf-detected', true)}
            @input=${(e) => this.change('detectedAt', e.target.value)}>
          ${fieldError('rf-detected', errors['rf-detected'])}
        </div>
        ${this.systemsField(errors)}
        <fieldset>
          <legend>${t('filing.handling')}</legend>
          <div>
            <label class="check" for="rf-beyond"><input type="checkbox" id="rf-beyond" .checked=${d.beyondCapacity}
              aria-describedby="rf-beyond-hint" @change=${(e) => this.change('beyondCapacity', e.target.checked)}>
              ${t('filing.beyondCapacity')}</label>
            <p class="hint" id="rf-beyond-hint">${t('filing.beyondCapacityHint')}</p>
            ${fieldError('rf-beyond', errors['rf-beyond'])}
          </div>
          <div>
            <label class="check" for="rf-secret"><input type="checkbox" id="rf-secret" .checked=${d.stateSecret}
              aria-describedby="rf-secret-hint" @change=${(e) => this.change('stateSecret', e.target.checked)}>
              ${t('filing.stateSecret')}</label>
            <p class="hint" id="rf-secret-hint">${t('filing.stateSecretHint', { max: SUMMARY_MAX })}</p>
            ${fieldError('rf-secret', errors['rf-secret'])}
          </div>
        </fieldset>
        ${this.personalDataField(errors, described, invalid)}
        ${this.filesField()}
        ${problemBox(this.problem, this.labels())}
        ${this.problem ? html`<div class="row" id="rf-problem-actions">
          ${network ? html`<button type="submit" ?disabled=${this.sending}>${t('common.retry')}</button>` : nothing}
          ${this.problem.type === 'urn:ungcuu:problem:idempotency-key-reused' ? html`
            <button type="button" class="secondary" @click=${this.sendAsNew}>${t('filing.sendAsNew')}</button>
            <a href="#/su-co">${t('filing.checkList')}</a>` : nothing}
        </div>` : nothing}
        <p role="status" class="muted">${this.sending ? t('filing.sending') : ''}</p>
        <button type="submit" id="rf-send" ?disabled=${this.sending}>${t('filing.send')}</button>
      </form>`;
  }

  systemsField(errors) {
    const d = this.draft;
    return html`<fieldset id="rf-systems" aria-describedby=${errors['rf-systems'] ? 'rf-systems-error' : nothing}>
      <legend>${t('filing.systems')}</legend>
      ${this.systems === null ? html`<p class="muted">${t('common.loading')}</p>`
        : this.systems.length ? this.systems.map((system) => html`
          <label class="check" for="rf-system-${system.id}"><input type="checkbox" id="rf-system-${system.id}"
            .checked=${d.systems.includes(system.id)} @change=${(e) => this.toggle('systems', system.id, e.target.checked)}>
            ${system.name}</label>`)
        : html`<p class="hint">${this.systemsProblem ? t('filing.systemsFailed') : t('filing.systemsNone')}</p>`}
      ${this.systemsProblem ? html`${problemBox(this.systemsProblem)}
        <button type="button" class="secondary" @click=${() => this.loadSystems()}>${t('common.retry')}</button>` : nothing}
      ${fieldError('rf-systems', errors['rf-systems'])}
    </fieldset>`;
  }

  personalDataField(errors, described, invalid) {
    const d = this.draft;
    return html`<fieldset id="rf-pd-group">
      <legend>${t('filing.pd.legend')}</legend>
      <label class="check" for="rf-pd"><input type="checkbox" id="rf-pd" .checked=${d.pdAffected}
        aria-describedby="rf-pd-hint" @change=${(e) => this.change('pdAffected', e.target.checked)}>
        ${t('filing.pd.affected')}</label>
      <p class="hint" id="rf-pd-hint">${t('filing.pd.hint')}</p>
      ${fieldError('rf-pd', errors['rf-pd'])}
      ${d.pdAffected ? html`
        <fieldset id="rf-pd-categories" aria-describedby=${errors['rf-pd-categories'] ? 'rf-pd-categories-error' : nothing}>
          <legend>${t('filing.pd.categories')}</legend>
          ${PD_CATEGORIES.map((value) => html`<label class="check" for="rf-pd-cat-${value}"><input type="checkbox"
            id="rf-pd-cat-${value}" .checked=${d.pdCategories.includes(value)}
            @change=${(e) => this.toggle('pdCategories', value, e.target.checked)}>
            ${term('filing.pdCategory', value)}</label>`)}
          ${fieldError('rf-pd-categories', errors['rf-pd-categories'])}
        </fieldset>
        <div>
          <label for="rf-pd-subjects">${t('filing.pd.subjects')}</label>
          <p class="hint" id="rf-pd-subjects-hint">${t('filing.pd.subjectsHint')}</p>
          <input id="rf-pd-subjects" type="number" min="0" inputmode="numeric" .value=${String(d.pdSubjects ?? '')}
            aria-invalid=${invalid('rf-pd-subjects')} aria-describedby=${described('rf-pd-subjects', true)}
            @input=${(e) => this.change('pdSubjects', e.target.value)}>
          ${fieldError('rf-pd-subjects', errors['rf-pd-subjects'])}
        </div>
        <div>
          <label for="rf-pd-types">${t('filing.pd.dataTypes')}</label>
          <p class="hint" id="rf-pd-types-hint">${t('filing.pd.dataTypesHint')}</p>
          <input id="rf-pd-types" .value=${d.pdDataTypes} autocomplete="off"
            aria-invalid=${invalid('rf-pd-types')} aria-describedby=${described('rf-pd-types', true)}
            @input=${(e) => this.change('pdDataTypes', e.target.value)}>
          ${fieldError('rf-pd-types', errors['rf-pd-types'])}
        </div>
        <label class="check" for="rf-pd-harm"><input type="checkbox" id="rf-pd-harm" .checked=${d.pdMayHarm}
          @change=${(e) => this.change('pdMayHarm', e.target.checked)}>
          ${t('filing.pd.mayHarm')}</label>
        ${fieldError('rf-pd-harm', errors['rf-pd-harm'])}` : nothing}
    </fieldset>`;
  }

  filesField() {
    if (this.draft.stateSecret) {
      return html`<div><h2 class="label-like">${t('filing.files')}</h2><p class="hint">${t('filing.filesSecret')}</p></div>`;
    }
    return html`<div>
      <label for="rf-files">${t('filing.files')}</label>
      <p class="hint" id="rf-files-hint">${t('filing.filesHint')}</p>
      <input id="rf-files" type="file" multiple aria-describedby="rf-files-hint" @change=${this.chooseFiles}>
      ${this.files.length ? html`<ul class="files">${this.files.map((entry) => html`<li>
        <span class="file-name">${entry.file.name}</span> <span class="muted small">${this.size(entry.file.size)}</span>
        <button type="button" class="link" aria-label=${t('filing.fileRemove', { name: entry.file.name })}
          @click=${() => this.removeFile(entry)}>${t('filing.fileRemoveShort')}</button>
      </li>`)}</ul>` : nothing}
    </div>`;
  }

  size(bytes) {
    if (bytes < 1024) return t('filing.bytes', { n: number(bytes) });
    if (bytes < 1024 * 1024) return t('filing.kilobytes', { n: number(Math.ceil(bytes / 1024)) });
    return t('filing.megabytes', { n: number(Math.round((bytes / 1048576) * 10) / 10) });
  }

  receipt() {
    const incident = this.incident;
    const running = (incident.deadlines || []).filter((deadline) => deadline.status === 'OPEN');
    return html`
      <h1 tabindex="-1">${t('filing.receipt.heading')}</h1>
      <div class="notice receipt">
        <p>${t('filing.receipt.reference')}</p>
        <p class="reference">${incident.reference}</p>
        <p>${t('filing.receipt.keep')}</p>
      </div>
      <dl class="facts">
        <dt>${t('filing.title')}</dt><dd>${incident.title}</dd>
        <dt>${t('filing.receipt.status')}</dt><dd>${statusBadge(incident.status)}</dd>
        <dt>${t('filing.receipt.reportedAt')}</dt><dd>${dateTime(incident.reportedAt)}</dd>
      </dl>
      <h2>${t('filing.receipt.clocks')}</h2>
      ${running.length ? html`<ul class="clocks">${running.map((deadline) => this.clock(deadline))}</ul>`
        : html`<p>${t('filing.receipt.noClocks')}</p>`}
      ${this.files.length && !incident.stateSecret ? this.uploads() : nothing}
      <div class="row receipt-actions">
        <a class="button" href="#/su-co/${encodeURIComponent(incident.id)}">${t('filing.receipt.open')}</a>
        <button type="button" class="secondary" @click=${this.fileAnother}>${t('filing.receipt.another')}</button>
      </div>`;
  }

  clock(deadline) {
    const title = (lang() === 'en' && deadline.title?.en) || deadline.title?.vi || deadline.kind;
    const basis = deadline.legalBasis || {};
    const late = new Date(deadline.dueAt).getTime() < Date.now();
    return html`<li class="card">
      <p class="clock-title"><strong>${title}</strong></p>
      <p>${t('filing.receipt.due', { time: dateTime(deadline.dueAt) })}
        <span class=${late ? 'overdue' : 'muted'}>(${countdown(deadline.dueAt)})</span></p>
      ${deadline.recipient ? html`<p class="small">${t('filing.receipt.recipient', { who: this.recipient(deadline.recipient) })}</p>` : nothing}
      <p class="small muted">${t('filing.receipt.basis', { basis: [basis.document, basis.article].filter(Boolean).join(', ') })}</p>
    </li>`;
  }

  uploads() {
    const done = this.files.filter((entry) => entry.state === 'done').length;
    return html`<h2>${t('filing.files')}</h2>
      <p role="status">${t('filing.upload.summary', { done, total: this.files.length })}</p>
      <ul class="uploads">${this.files.map((entry, index) => html`<li class="card">
        <label for="rf-upload-${index}">${entry.file.name}</label>
        <progress id="rf-upload-${index}" max="1" .value=${entry.progress}></progress>
        <p class=${entry.state === 'failed' ? 'field-error' : 'small'}>${this.uploadState(entry)}</p>
        ${entry.state === 'failed' ? html`${problemBox(entry.problem)}
          <button type="button" class="secondary" @click=${() => this.uploadOne(entry)}>${t('common.retry')}</button>` : nothing}
      </li>`)}</ul>`;
  }

  uploadState(entry) {
    if (entry.state === 'done') return t('filing.upload.done');
    if (entry.state === 'failed') return t('filing.upload.failed');
    if (entry.state === 'uploading') return t('filing.upload.sending', { percent: Math.round(entry.progress * 100) });
    return t('filing.upload.waiting');
  }
}

customElements.define('uc-report-form', ReportForm);
