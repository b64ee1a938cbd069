// Kịch bản ứng cứu: the playbook of each incident category (the checklist triage puts on an incident); a new
// playbook (administrators and coordinators), its steps one per line.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t, term } from '../core/i18n.js';
import { call, get, newKey } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { dateTime } from '../core/format.js';
import { loading, problemBox } from '../core/widgets.js';
import { FormState, field } from './form.js';

const CATEGORIES = ['DOS', 'PHISHING', 'MALWARE', 'UNAUTHORIZED_ACCESS', 'DEFACEMENT', 'RANSOMWARE', 'DESTRUCTION',
  'DATA_THEFT', 'COMBINED', 'OTHER'];
const EMPTY = { category: 'MALWARE', name: '', steps: '', active: false };

class Playbooks extends View {
  static properties = { items: { state: true }, cursor: { state: true }, busy: { state: true }, problem: { state: true } };

  constructor() {
    super();
    this.items = [];
    this.create = new FormState(this, 'playbook-new', EMPTY);
  }

  connectedCallback() {
    super.connectedCallback();
    this.page();
  }

  async page(cursor) {
    this.busy = true;
    this.problem = null;
    try {
      const page = await get('/playbooks', { limit: 50, cursor });
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

  render() {
    return html`<h2>${t('admin.playbooks')}</h2>
      <p class="hint">${t('admin.playbooks.hint')}</p>
      ${this.create.done ? html`<p class="notice" role="status">${this.create.done}</p>` : nothing}
      ${problemBox(this.problem)}
      <ul class="admin-plain">${this.items.map((playbook) => html`<li class="card">
        <h3>${playbook.name}</h3>
        <p>${term('category', playbook.category)} · ${t('admin.playbook.version', { version: playbook.version })} ·
          ${playbook.active ? html`<strong>${t('admin.playbook.inUse')}</strong>` : t('admin.playbook.notInUse')}
          <span class="small muted">${t('admin.playbook.updated', { at: dateTime(playbook.updatedAt), by: playbook.updatedBy })}</span></p>
        <details><summary>${t('admin.playbook.steps', { n: playbook.steps.length })}</summary>
          <ol>${playbook.steps.map((step) => html`<li><strong>${step.title}</strong>${step.description ? html`<br><span class="small">${step.description}</span>` : nothing}</li>`)}</ol>
        </details>
      </li>`)}</ul>
      ${this.busy ? loading() : nothing}
      ${this.cursor && !this.busy ? html`<button type="button" class="secondary" @click=${() => this.page(this.cursor)}>${t('common.more')}</button>` : nothing}
      ${hasRole('admin', 'coordinator') ? this.newForm() : nothing}`;
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
