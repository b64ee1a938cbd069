// Cơ quan tiếp nhận báo cáo: the authorities official reports go to (police, ministry…), with their channels; an
// administrator registers one and edits its names, active flag and first channel (If-Match on its ETag).
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t } from '../core/i18n.js';
import { call, get, newKey } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { loading, problemBox } from '../core/widgets.js';
import { FormState, field, optional } from './form.js';

const CHANNELS = ['EMAIL', 'PHONE', 'PORTAL', 'DOCUMENT_SYSTEM', 'ADDRESS'];
const EMPTY = { code: '', nameVi: '', nameEn: '', channelType: 'EMAIL', channelValue: '', active: true };

class Authorities extends View {
  static properties = { items: { state: true }, cursor: { state: true }, busy: { state: true }, problem: { state: true },
    editing: { state: true } };

  constructor() {
    super();
    this.items = [];
    this.create = new FormState(this, 'authority-new', EMPTY);
    this.edit = new FormState(this, 'authority-edit', EMPTY);
  }

  connectedCallback() {
    super.connectedCallback();
    this.page();
  }

  async page(cursor) {
    this.busy = true;
    this.problem = null;
    try {
      const page = await get('/authorities', { limit: 50, cursor });
      this.items = cursor ? [...this.items, ...page.items] : page.items;
      this.cursor = page.nextCursor;
    } catch (problem) {
      this.problem = problem;
    } finally {
      this.busy = false;
    }
  }

  labels() {
    return { code: t('admin.authority.code'), nameVi: t('admin.authority.nameVi'), nameEn: t('admin.authority.nameEn'),
      'channels[0].type': t('admin.authority.channelType'), 'channels[0].value': t('admin.authority.channelValue') };
  }

  async submitNew(event) {
    event.preventDefault();
    const form = this.create;
    const values = form.values;
    form.key ??= newKey();
    const channels = optional(values.channelValue) ? [{ type: values.channelType, value: values.channelValue.trim() }] : [];
    const ok = await form.run(async () => {
      const { data } = await call('/authorities', { method: 'POST', idempotencyKey: form.key,
        body: { code: values.code.trim(), nameVi: values.nameVi.trim(), nameEn: optional(values.nameEn), channels, active: Boolean(values.active) } });
      form.done = t('admin.authority.created', { code: data.code });
    });
    if (ok) {
      const done = form.done;
      form.reset(EMPTY);
      form.done = done;
      form.key = null;
      this.page();
    }
  }

  async startEdit(code) {
    const form = this.edit;
    this.editing = null;
    await form.run(async () => {
      const { data, etag } = await call(`/authorities/${encodeURIComponent(code)}`);
      this.editing = { authority: data, etag };
      form.reset({ nameVi: data.nameVi, nameEn: data.nameEn || '', active: data.active,
        channelType: data.channels[0]?.type || 'EMAIL', channelValue: data.channels[0]?.value || '' });
    });
    await this.updateComplete;
    this.querySelector('#authority-edit-title')?.focus();
  }

  async submitEdit(event) {
    event.preventDefault();
    const { authority, etag } = this.editing;
    const form = this.edit;
    const values = form.values;
    // the first channel is the one edited here; the others are sent back as they were
    const rest = authority.channels.slice(1);
    const first = optional(values.channelValue)
      ? [{ ...(authority.channels[0] || {}), type: values.channelType, value: values.channelValue.trim() }] : [];
    const ok = await form.run(async () => {
      const { data } = await call(`/authorities/${encodeURIComponent(authority.code)}`, { method: 'PUT', ifMatch: etag,
        body: { nameVi: values.nameVi.trim(), nameEn: optional(values.nameEn), channels: [...first, ...rest], active: Boolean(values.active) } });
      this.items = this.items.map((item) => (item.code === data.code ? data : item));
    });
    if (ok) {
      this.editing = null;
      this.create.done = t('admin.saved');
    }
  }

  render() {
    const admin = hasRole('admin');
    return html`<h2 id="authorities-title">${t('admin.authorities')}</h2>
      <p class="hint">${t('admin.authorities.hint')}</p>
      ${this.create.done ? html`<p class="notice" role="status">${this.create.done}</p>` : nothing}
      ${problemBox(this.problem)}
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="authorities-title"><table>
        <thead><tr><th scope="col">${t('admin.authority.code')}</th><th scope="col">${t('admin.authority.nameVi')}</th>
          <th scope="col">${t('admin.authority.channels')}</th><th scope="col">${t('admin.active')}</th>
          ${admin ? html`<th scope="col"><span class="sr-only">${t('admin.actions')}</span></th>` : nothing}</tr></thead>
        <tbody>${this.items.map((authority) => html`<tr>
          <th scope="row">${authority.code}</th>
          <td>${authority.nameVi}${authority.nameEn ? html`<br><span class="small muted" lang="en">${authority.nameEn}</span>` : nothing}</td>
          <td>${authority.channels.length ? authority.channels.map((channel) => html`<div>${t(`admin.channel.${channel.type}`)}: ${channel.value}</div>`)
            : html`<span class="muted">${t('admin.authority.noChannel')}</span>`}</td>
          <td>${authority.active ? t('common.yes') : t('common.no')}</td>
          ${admin ? html`<td><button type="button" class="link" aria-label=${t('admin.editOf', { name: authority.code })}
            @click=${() => this.startEdit(authority.code)}>${t('admin.edit')}</button></td>` : nothing}
        </tr>`)}</tbody>
      </table></div>
      ${this.busy ? loading() : nothing}
      ${this.cursor && !this.busy ? html`<button type="button" class="secondary" @click=${() => this.page(this.cursor)}>${t('common.more')}</button>` : nothing}
      ${this.editing ? this.editForm() : problemBox(this.edit.problem)}
      ${admin ? this.newForm() : nothing}`;
  }

  fields(form) {
    return html`
      ${field(form, 'nameVi', t('admin.authority.nameVi'), { required: true })}
      ${field(form, 'nameEn', t('admin.authority.nameEn'))}
      <fieldset><legend>${t('admin.authority.channel')}</legend>
        ${field(form, 'channelType', t('admin.authority.channelType'), { options: CHANNELS.map((type) => [type, t(`admin.channel.${type}`)]),
          errorKey: 'channels[0].type' })}
        ${field(form, 'channelValue', t('admin.authority.channelValue'), { errorKey: 'channels[0].value', hint: t('admin.authority.channelValue.hint') })}
      </fieldset>
      ${field(form, 'active', t('admin.authority.active'), { type: 'checkbox' })}`;
  }

  newForm() {
    const form = this.create;
    return html`<form class="card stack" aria-labelledby="authority-new-title" @submit=${(event) => this.submitNew(event)} novalidate>
      <h3 id="authority-new-title">${t('admin.authority.new')}</h3>
      ${field(form, 'code', t('admin.authority.code'), { required: true, hint: t('admin.authority.code.hint') })}
      ${this.fields(form)}
      ${problemBox(form.problem, this.labels())}
      <button type="submit" ?disabled=${form.busy}>${t('admin.authority.create')}</button>
    </form>`;
  }

  editForm() {
    const form = this.edit;
    return html`<form class="card stack" aria-labelledby="authority-edit-title" @submit=${(event) => this.submitEdit(event)} novalidate>
      <h3 id="authority-edit-title" tabindex="-1">${t('admin.authority.edit', { code: this.editing.authority.code })}</h3>
      ${this.fields(form)}
      ${problemBox(form.problem, this.labels())}
      <div class="row">
        <button type="submit" ?disabled=${form.busy}>${t('common.save')}</button>
        <button type="button" class="secondary" @click=${() => { this.editing = null; }}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }
}

customElements.define('uc-admin-authorities', Authorities);
