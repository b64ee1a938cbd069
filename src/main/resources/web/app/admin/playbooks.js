// Kịch bản ứng cứu: the playbook of each incident category (the checklist triage puts on an incident), filtered by
// category; a new playbook (administrators and coordinators), its steps one per line; a playbook's edit in its
// card (name, in use, the steps added, removed and moved with buttons), If-Match on the version read: a change
// makes the next version, incidents' tasks keep the version they were made from.
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { View } from '../core/view.js';
import { t, term } from '../core/i18n.js';
import { call, get, newKey } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { dateTime } from '../core/format.js';
import { loading, problemBox } from '../core/widgets.js';
import { fieldError } from '../core/widgets.js';
import { FormState, doneNotice, field, formProblem, optional } from './form.js';

const CATEGORIES = ['DOS', 'PHISHING', 'MALWARE', 'UNAUTHORIZED_ACCESS', 'DEFACEMENT', 'RANSOMWARE', 'DESTRUCTION',
  'DATA_THEFT', 'COMBINED', 'OTHER'];
const EMPTY = { category: 'MALWARE', name: '', steps: '', active: false };

class Playbooks extends View {
  static properties = { items: { state: true }, cursor: { state: true }, busy: { state: true }, problem: { state: true },
    editing: { state: true }, moved: { state: true } };

  constructor() {
    super();
    this.items = [];
    this.create = new FormState(this, 'playbook-new', EMPTY);
    this.edit = new FormState(this, 'playbook-edit', { name: '', active: false, steps: [] });
    this.filter = new FormState(this, 'playbook-filter', { category: '' });
  }

  connectedCallback() {
    super.connectedCallback();
    this.page();
  }

  async page(cursor) {
    this.busy = true;
    this.problem = null;
    try {
      const page = await get('/playbooks', { limit: 50, cursor, category: this.filter.values.category || undefined });
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
    const steps = values.steps.split('\n').map((line) => line.trim()).filter(Boolean).map((title) => ({ title }));
    const ok = await form.run(async () => {
      const { data } = await call('/playbooks', { method: 'POST', idempotencyKey: form.key,
        body: { category: values.category, name: values.name.trim(), steps, active: Boolean(values.active) } });
      form.done = t('admin.playbook.created', { name: data.name });
    });
    if (ok) {
      const done = form.done;
      form.reset(EMPTY);
      form.done = done;
      form.key = null;
      this.page();
    }
  }

  async startEdit(id) {
    const form = this.edit;
    this.editing = { id };
    this.create.done = null;
    const ok = await form.run(async () => {
      const { data, etag } = await call(`/playbooks/${encodeURIComponent(id)}`);
      this.editing = { id, playbook: data, etag };
      form.reset({ name: data.name, active: data.active,
        steps: data.steps.map((step) => ({ title: step.title, description: step.description || '' })) });
    });
    if (!ok) return;
    await this.updateComplete;
    this.querySelector('#playbook-edit-title')?.focus();
  }

  /** Replaces the steps with a changed list; says what happened to screen readers, then moves the focus. */
  async setSteps(steps, said, focusId) {
    this.edit.set('steps', steps);
    this.moved = said;
    await this.updateComplete;
    this.querySelector(`#${focusId}`)?.focus();
  }

  moveStep(index, by) {
    const steps = [...this.edit.values.steps];
    const [step] = steps.splice(index, 1);
    const to = index + by;
    steps.splice(to, 0, step);
    const direction = by < 0 ? 'up' : 'down';
    const blocked = (by < 0 && to === 0) || (by > 0 && to === steps.length - 1);
    const focus = `playbook-edit-step-${to}-${blocked ? (by < 0 ? 'down' : 'up') : direction}`;
    this.setSteps(steps, t('admin.playbook.step.movedTo', { title: step.title || t('admin.playbook.step.untitled'), n: to + 1 }), focus);
  }

  removeStep(index) {
    const steps = [...this.edit.values.steps];
    const [step] = steps.splice(index, 1);
    const focus = steps.length ? `playbook-edit-step-${Math.min(index, steps.length - 1)}-title` : 'playbook-edit-add';
    this.setSteps(steps, t('admin.playbook.step.removed', { title: step.title || t('admin.playbook.step.untitled') }), focus);
  }

  addStep() {
    const steps = [...this.edit.values.steps, { title: '', description: '' }];
    this.setSteps(steps, t('admin.playbook.step.added', { n: steps.length }), `playbook-edit-step-${steps.length - 1}-title`);
  }

  setStep(index, name, value) {
    const steps = this.edit.values.steps.map((step, i) => (i === index ? { ...step, [name]: value } : step));
    this.edit.set('steps', steps);
  }

  async submitEdit(event) {
    event.preventDefault();
    const { playbook, etag } = this.editing;
    const form = this.edit;
    const values = form.values;
    const steps = values.steps.map((step) => ({ title: step.title.trim(), description: optional(step.description) }));
    const ok = await form.run(async () => {
      const { data } = await call(`/playbooks/${encodeURIComponent(playbook.id)}`, { method: 'PUT', ifMatch: etag,
        body: { category: playbook.category, name: values.name.trim(), steps, active: Boolean(values.active) } });
      this.items = this.items.map((item) => (item.id === data.id ? data : item));
      form.saved = data;
    });
    if (ok) {
      const saved = form.saved;
      this.editing = null;
      this.moved = null;
      this.create.done = t('admin.playbook.saved', { name: saved.name, version: saved.version });
      await this.updateComplete;
      this.querySelector(`#playbook-${saved.id}-edit`)?.focus();
    }
  }

  labels() {
    const labels = { name: t('admin.playbook.name'), steps: t('admin.playbook.stepsField'), active: t('admin.playbook.active') };
    this.edit.values.steps?.forEach((step, i) => {
      labels[`steps[${i}].title`] = t('admin.playbook.step.title', { n: i + 1 });
      labels[`steps[${i}].description`] = t('admin.playbook.step.description', { n: i + 1 });
      labels[`steps[${i}]`] = t('admin.playbook.step.n', { n: i + 1 });
    });
    return labels;
  }

  applyFilter(event) {
    this.filter.set('category', event.target.value);
    this.editing = null;
    this.page();
  }

  render() {
    const canEdit = hasRole('admin', 'coordinator');
    return html`<h2>${t('admin.playbooks')}</h2>
      <p class="hint">${t('admin.playbooks.hint')}</p>
      ${this.create.done ? html`<p class="notice" role="status">${this.create.done}</p>` : nothing}
      ${problemBox(this.problem)}
      <div><label for="playbook-filter-category">${t('admin.playbook.filter')}</label>
        <select id="playbook-filter-category" @change=${(event) => this.applyFilter(event)}>
          <option value="" ?selected=${!this.filter.values.category}>${t('admin.playbook.filter.all')}</option>
          ${CATEGORIES.map((category) => html`<option value=${category} ?selected=${this.filter.values.category === category}>${term('category', category)}</option>`)}
        </select></div>
      <ul class="admin-plain">${repeat(this.items, (playbook) => playbook.id, (playbook) => this.editing?.id === playbook.id && this.editing.playbook
        ? html`<li class="card">${this.editForm()}</li>` : html`<li class="card">
        <h3>${playbook.name}</h3>
        <p>${term('category', playbook.category)} · ${t('admin.playbook.version', { version: playbook.version })} ·
          ${playbook.active ? html`<strong>${t('admin.playbook.inUse')}</strong>` : t('admin.playbook.notInUse')}
          <span class="small muted">${t('admin.playbook.updated', { at: dateTime(playbook.updatedAt), by: playbook.updatedBy })}</span></p>
        <details><summary>${t('admin.playbook.steps', { n: playbook.steps.length })}</summary>
          <ol>${playbook.steps.map((step) => html`<li><strong>${step.title}</strong>${step.description ? html`<br><span class="small">${step.description}</span>` : nothing}</li>`)}</ol>
        </details>
        ${canEdit ? html`<button type="button" class="secondary" id="playbook-${playbook.id}-edit" aria-label=${t('admin.playbook.editOf', { name: playbook.name, version: playbook.version })}
          @click=${() => this.startEdit(playbook.id)}>${t('admin.edit')}</button>` : nothing}
        ${this.editing?.id === playbook.id ? problemBox(this.edit.problem) : nothing}
      </li>`)}</ul>
      ${this.busy ? loading() : nothing}
      ${this.cursor && !this.busy ? html`<button type="button" class="secondary" @click=${() => this.page(this.cursor)}>${t('common.more')}</button>` : nothing}
      ${canEdit ? this.newForm() : nothing}`;
  }

  editForm() {
    const form = this.edit;
    const { playbook } = this.editing;
    const steps = form.values.steps;
    return html`<form class="stack" aria-labelledby="playbook-edit-title" @submit=${(event) => this.submitEdit(event)} novalidate>
      <h3 id="playbook-edit-title" tabindex="-1">${t('admin.playbook.edit', { name: playbook.name })}</h3>
      <p class="hint">${t('admin.playbook.edit.hint', { category: term('category', playbook.category), version: playbook.version })}</p>
      ${field(form, 'name', t('admin.playbook.name'), { required: true })}
      ${field(form, 'active', t('admin.playbook.active'), { type: 'checkbox', hint: t('admin.playbook.active.hint') })}
      <fieldset class="stack" aria-describedby=${form.errors.steps?.length ? 'playbook-edit-steps-error' : nothing}>
        <legend>${t('admin.playbook.stepsField')}</legend>
        ${fieldError('playbook-edit-steps', form.errors.steps)}
        <ol class="admin-steps">${steps.map((step, i) => this.stepView(step, i, steps.length))}</ol>
        <button type="button" class="secondary" id="playbook-edit-add" ?disabled=${steps.length >= 50} @click=${() => this.addStep()}>${t('admin.playbook.step.add')}</button>
      </fieldset>
      <p class="sr-only" role="status">${this.moved || ''}</p>
      ${formProblem(form, this.labels(), () => this.startEdit(playbook.id), t('admin.reload'))}
      ${doneNotice(form)}
      <div class="row">
        <button type="submit" ?disabled=${form.busy}>${t('common.save')}</button>
        <button type="button" class="secondary" @click=${() => { this.editing = null; this.moved = null; }}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }

  stepView(step, i, count) {
    const id = `playbook-edit-step-${i}`;
    const n = i + 1;
    const errors = this.edit.errors;
    const titleErrors = [...(errors[`steps[${i}].title`] || []), ...(errors[`steps[${i}]`] || [])];
    const descriptionErrors = errors[`steps[${i}].description`];
    return html`<li class="admin-step stack">
      <div><label for="${id}-title">${t('admin.playbook.step.title', { n })}</label>
        <input id="${id}-title" required .value=${step.title} @input=${(event) => this.setStep(i, 'title', event.target.value)}
          aria-invalid=${titleErrors.length ? 'true' : 'false'} aria-describedby=${titleErrors.length ? `${id}-title-error` : nothing}>
        ${fieldError(`${id}-title`, titleErrors)}</div>
      <div><label for="${id}-description">${t('admin.playbook.step.description', { n })}</label>
        <textarea id="${id}-description" rows="2" .value=${step.description} @input=${(event) => this.setStep(i, 'description', event.target.value)}
          aria-invalid=${descriptionErrors?.length ? 'true' : 'false'} aria-describedby=${descriptionErrors?.length ? `${id}-description-error` : nothing}></textarea>
        ${fieldError(`${id}-description`, descriptionErrors)}</div>
      <div class="row">
        <button type="button" class="secondary" id="${id}-up" ?disabled=${i === 0} aria-label=${t('admin.playbook.step.upOf', { n })}
          @click=${() => this.moveStep(i, -1)}>${t('admin.playbook.step.up')}</button>
        <button type="button" class="secondary" id="${id}-down" ?disabled=${i === count - 1} aria-label=${t('admin.playbook.step.downOf', { n })}
          @click=${() => this.moveStep(i, 1)}>${t('admin.playbook.step.down')}</button>
        <button type="button" class="danger" id="${id}-remove" ?disabled=${count <= 1} aria-label=${t('admin.playbook.step.removeOf', { n })}
          @click=${() => this.removeStep(i)}>${t('admin.playbook.step.remove')}</button>
      </div>
    </li>`;
  }

  newForm() {
    const form = this.create;
    const labels = { category: t('admin.playbook.category'), name: t('admin.playbook.name'), steps: t('admin.playbook.stepsField') };
    return html`<form class="card stack" aria-labelledby="playbook-new-title" @submit=${(event) => this.submitNew(event)} novalidate>
      <h3 id="playbook-new-title">${t('admin.playbook.new')}</h3>
      ${field(form, 'category', t('admin.playbook.category'), { options: CATEGORIES.map((category) => [category, term('category', category)]) })}
      ${field(form, 'name', t('admin.playbook.name'), { required: true })}
      ${field(form, 'steps', t('admin.playbook.stepsField'), { type: 'textarea', required: true, hint: t('admin.playbook.steps.hint') })}
      ${field(form, 'active', t('admin.playbook.active'), { type: 'checkbox', hint: t('admin.playbook.active.hint') })}
      ${problemBox(form.problem, labels)}
      <button type="submit" ?disabled=${form.busy}>${t('admin.playbook.create')}</button>
    </form>`;
  }
}

customElements.define('uc-admin-playbooks', Playbooks);
