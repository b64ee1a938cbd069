// Hệ thống thông tin: the register of information systems with the warnings the Decree 331/2026 rules raise; a
// new system (administrators and coordinators).
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t } from '../core/i18n.js';
import { call, get, newKey } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { loading, problemBox } from '../core/widgets.js';
import { FormState, field } from './form.js';

const EMPTY = { unitCode: '', name: '', securityLevel: '1', internetFacing: false };

class Systems extends View {
  static properties = { items: { state: true }, cursor: { state: true }, busy: { state: true }, problem: { state: true } };

  constructor() {
    super();
    this.items = [];
    this.create = new FormState(this, 'system-new', EMPTY);
  }

  connectedCallback() {
    super.connectedCallback();
    this.page();
  }

  async page(cursor) {
    this.busy = true;
    this.problem = null;
    try {
      const page = await get('/systems', { limit: 50, cursor });
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

  render() {
    const canCreate = hasRole('admin', 'coordinator');
    return html`<h2 id="systems-title">${t('admin.systems')}</h2>
      ${this.create.done ? html`<p class="notice" role="status">${this.create.done}</p>` : nothing}
      ${problemBox(this.problem)}
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="systems-title"><table>
        <thead><tr><th scope="col">${t('admin.system.name')}</th><th scope="col">${t('admin.system.unit')}</th>
          <th scope="col">${t('admin.system.level')}</th><th scope="col">${t('admin.system.approval')}</th>
          <th scope="col">${t('admin.system.warnings')}</th></tr></thead>
        <tbody>${this.items.map((system) => html`<tr>
          <th scope="row">${system.name}</th><td>${system.unitCode}</td><td>${system.securityLevel}</td>
          <td>${system.approvalStatusLabel || html`<span class="muted">${t('common.none')}</span>`}</td>
          <td>${system.warnings.length ? html`<ul class="admin-plain">${system.warnings.map((warning) => html`<li>${warning.message}
            <span class="small muted">(${warning.legalBasis})</span></li>`)}</ul>` : html`<span class="muted">${t('common.none')}</span>`}</td>
        </tr>`)}</tbody>
      </table></div>
      ${!this.busy && !this.items.length && !this.problem ? html`<p>${t('admin.system.none')}</p>` : nothing}
      ${this.busy ? loading() : nothing}
      ${this.cursor && !this.busy ? html`<button type="button" class="secondary" @click=${() => this.page(this.cursor)}>${t('common.more')}</button>` : nothing}
      ${canCreate ? this.newForm() : nothing}`;
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
