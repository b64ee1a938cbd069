// Đơn vị: the units (communes, wards, departments…) with their focal points, a unit's contacts (contacts.js: the
// register, a form per role, the history), a new unit (administrators) and a unit's edit (If-Match on its ETag).
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t } from '../core/i18n.js';
import { call, get, newKey } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { loading, problemBox } from '../core/widgets.js';
import { FormState, compact, field, optional } from './form.js';
import './contacts.js';

export const UNIT_TYPES = ['COMMUNE', 'WARD', 'SPECIAL_ZONE', 'DEPARTMENT', 'PROVINCE', 'POLICE', 'OFFICE',
  'DISTRICT', 'TOWN', 'COORDINATOR', 'PROVINCIAL'];
const EMPTY = { code: '', name: '', type: 'COMMUNE', parentCode: '', focalName: '', focalTitle: '', focalPhone: '', focalEmail: '' };

export function unitType(type) {
  const key = `admin.unitType.${type}`;
  return t(key) === key ? type : t(key);
}

class Units extends View {
  static properties = { items: { state: true }, cursor: { state: true }, busy: { state: true }, problem: { state: true },
    contacts: { state: true }, editing: { state: true } };

  constructor() {
    super();
    this.items = [];
    this.create = new FormState(this, 'unit-new', EMPTY);
    this.edit = new FormState(this, 'unit-edit', EMPTY);
    this.lookup = new FormState(this, 'unit-lookup', { code: '' });
  }

  connectedCallback() {
    super.connectedCallback();
    this.page();
  }

  async page(cursor) {
    this.busy = true;
    this.problem = null;
    try {
      const page = await get('/units', { limit: 50, cursor });
      this.items = cursor ? [...this.items, ...page.items] : page.items;
      this.cursor = page.nextCursor;
    } catch (problem) {
      this.problem = problem;
    } finally {
      this.busy = false;
    }
  }

  labels() {
    return { code: t('admin.unit.code'), name: t('admin.unit.name'), type: t('admin.unit.type'), parentCode: t('admin.unit.parent'),
      'focalPoint.name': t('admin.unit.focalName'), 'focalPoint.title': t('admin.unit.focalTitle'),
      'focalPoint.phone': t('admin.unit.focalPhone'), 'focalPoint.email': t('admin.unit.focalEmail') };
  }

  /** The unit's input from a form's values; a focal point only when it has a name. */
  body(values, base = {}) {
    const focal = optional(values.focalName) ? { name: values.focalName.trim(), title: optional(values.focalTitle),
      phone: optional(values.focalPhone), email: optional(values.focalEmail) } : undefined;
    return compact({ ...base, code: values.code.trim(), name: values.name.trim(), type: values.type,
      parentCode: optional(values.parentCode) ?? undefined, focalPoint: focal });
  }

  async submitNew(event) {
    event.preventDefault();
    const form = this.create;
    form.key ??= newKey();
    const ok = await form.run(async () => {
      const { data } = await call('/units', { method: 'POST', body: this.body(form.values), idempotencyKey: form.key });
      form.done = t('admin.unit.created', { code: data.code });
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
    this.editing = null;
    const form = this.edit;
    await form.run(async () => {
      const { data, etag } = await call(`/units/${encodeURIComponent(code)}`);
      this.editing = { unit: data, etag };
      form.reset({ code: data.code, name: data.name, type: data.type, parentCode: data.parentCode || '',
        focalName: data.focalPoint?.name || '', focalTitle: data.focalPoint?.title || '', focalPhone: data.focalPoint?.phone || '',
        focalEmail: data.focalPoint?.email || '', active: data.active });
    });
    await this.updateComplete;
    this.querySelector('#unit-edit-title')?.focus();
  }

  async submitEdit(event) {
    event.preventDefault();
    const { unit, etag } = this.editing;
    const form = this.edit;
    // PUT replaces every field: what this form does not show is sent back as it was read
    const base = compact({ securityLead: unit.securityLead ?? undefined, provincialTeamMember: unit.provincialTeamMember,
      validFrom: unit.validFrom, validTo: unit.validTo });
    const ok = await form.run(async () => {
      const body = { ...this.body(form.values, base), active: Boolean(form.values.active) };
      const { data } = await call(`/units/${encodeURIComponent(unit.code)}`, { method: 'PUT', body, ifMatch: etag });
      this.items = this.items.map((item) => (item.code === data.code ? data : item));
    });
    if (ok) {
      this.editing = null;
      this.create.done = t('admin.saved');
    }
  }

  async showContacts(code) {
    this.contacts = { code };
    await this.updateComplete;
    this.querySelector('#contacts-title')?.focus();
  }

  render() {
    return html`<h2 id="units-title">${t('admin.units')}</h2>
      ${this.create.done ? html`<p class="notice" role="status">${this.create.done}</p>` : nothing}
      ${problemBox(this.problem)}
      ${this.lookupForm()}
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="units-title"><table>
        <thead><tr><th scope="col">${t('admin.unit.code')}</th><th scope="col">${t('admin.unit.name')}</th>
          <th scope="col">${t('admin.unit.type')}</th><th scope="col">${t('admin.unit.focalPoint')}</th>
          <th scope="col">${t('admin.active')}</th><th scope="col"><span class="sr-only">${t('admin.actions')}</span></th></tr></thead>
        <tbody>${this.items.map((unit) => html`<tr>
          <th scope="row">${unit.code}</th><td>${unit.name}</td><td>${unitType(unit.type)}</td>
          <td>${unit.focalPoint ? html`${unit.focalPoint.name}${unit.focalPoint.phone ? html`<br><span class="small">${unit.focalPoint.phone}</span>` : nothing}` : html`<span class="muted">${t('common.none')}</span>`}</td>
          <td>${unit.active ? t('common.yes') : t('common.no')}</td>
          <td><div class="row">
            <button type="button" class="link" aria-label=${t('admin.unit.contactsOf', { code: unit.code })} @click=${() => this.showContacts(unit.code)}>${t('admin.unit.contacts')}</button>
            ${hasRole('admin') ? html`<button type="button" class="link" aria-label=${t('admin.editOf', { name: unit.code })} @click=${() => this.startEdit(unit.code)}>${t('admin.edit')}</button>` : nothing}
          </div></td>
        </tr>`)}</tbody>
      </table></div>
      ${this.busy ? loading() : nothing}
      ${this.cursor && !this.busy ? html`<button type="button" class="secondary" @click=${() => this.page(this.cursor)}>${t('common.more')}</button>` : nothing}
      ${this.contacts ? this.contactsView() : nothing}
      ${this.editing ? this.editForm() : problemBox(this.edit.problem)}
      ${hasRole('admin') ? this.newForm() : nothing}`;
  }

  contactsView() {
    const { code } = this.contacts;
    return html`<section class="card" aria-labelledby="contacts-title" @uc-unit-changed=${(event) => this.refreshRow(event.detail.code)}>
      <h3 id="contacts-title" tabindex="-1">${t('admin.unit.contactsTitle', { code })}</h3>
      <uc-admin-contacts .code=${code}></uc-admin-contacts>
      <button type="button" class="secondary" @click=${() => { this.contacts = null; }}>${t('common.close')}</button>
    </section>`;
  }

  /** A unit whose contacts were changed: its row shows the new focal point. */
  async refreshRow(code) {
    try {
      const unit = await get(`/units/${encodeURIComponent(code)}`);
      this.items = this.items.map((item) => (item.code === unit.code ? unit : item));
    } catch {
      // the row keeps what it showed; the contacts themselves are read again by their own view
    }
  }

  /** Opens a unit's contacts by its code (the list is long: units are paged by code). */
  openByCode(event) {
    event.preventDefault();
    const code = String(this.lookup.values.code || '').trim().toUpperCase();
    if (code) this.showContacts(code);
  }

  lookupForm() {
    return html`<form class="row admin-lookup" role="search" aria-label=${t('admin.unit.lookup')} @submit=${(event) => this.openByCode(event)}>
      ${field(this.lookup, 'code', t('admin.unit.lookup.code'))}
      <button type="submit" class="secondary">${t('admin.unit.lookup.open')}</button>
    </form>`;
  }

  fields(form, withCode) {
    const types = UNIT_TYPES.map((type) => [type, unitType(type)]);
    return html`
      ${withCode ? field(form, 'code', t('admin.unit.code'), { required: true, hint: t('admin.unit.code.hint') }) : nothing}
      ${field(form, 'name', t('admin.unit.name'), { required: true })}
      ${field(form, 'type', t('admin.unit.type'), { options: types })}
      ${field(form, 'parentCode', t('admin.unit.parent'), { hint: t('admin.unit.parent.hint') })}
      <fieldset><legend>${t('admin.unit.focalPoint')}</legend>
        ${field(form, 'focalName', t('admin.unit.focalName'), { errorKey: 'focalPoint.name' })}
        ${field(form, 'focalTitle', t('admin.unit.focalTitle'), { errorKey: 'focalPoint.title' })}
        ${field(form, 'focalPhone', t('admin.unit.focalPhone'), { type: 'tel', errorKey: 'focalPoint.phone' })}
        ${field(form, 'focalEmail', t('admin.unit.focalEmail'), { type: 'email', errorKey: 'focalPoint.email' })}
      </fieldset>`;
  }

  newForm() {
    const form = this.create;
    return html`<form class="card stack" aria-labelledby="unit-new-title" @submit=${(event) => this.submitNew(event)} novalidate>
      <h3 id="unit-new-title">${t('admin.unit.new')}</h3>
      ${this.fields(form, true)}
      ${problemBox(form.problem, this.labels())}
      <button type="submit" ?disabled=${form.busy}>${t('admin.unit.create')}</button>
    </form>`;
  }

  editForm() {
    const form = this.edit;
    return html`<form class="card stack" aria-labelledby="unit-edit-title" @submit=${(event) => this.submitEdit(event)} novalidate>
      <h3 id="unit-edit-title" tabindex="-1">${t('admin.unit.edit', { code: this.editing.unit.code })}</h3>
      ${this.fields(form, false)}
      ${field(form, 'active', t('admin.unit.active'), { type: 'checkbox' })}
      ${problemBox(form.problem, this.labels())}
      <div class="row">
        <button type="submit" ?disabled=${form.busy}>${t('common.save')}</button>
        <button type="button" class="secondary" @click=${() => { this.editing = null; }}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }
}

customElements.define('uc-admin-units', Units);
