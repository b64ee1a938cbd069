// Người liên hệ của một đơn vị: the four contact roles with since when and whether they were declared, a form per
// role for administrators, and the history of every change (oldest first, paged). The lead and the focal point
// are the unit's own fields (PUT /units/{code} with If-Match on the unit's ETag); the 24/7 contact and the intake
// address are kept in the register (PUT /units/{code}/contacts/{role}, which has no ETag). The unit is read with
// the register, so that a lead or focal point changed by someone else meanwhile is a 412, not a silent overwrite.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t } from '../core/i18n.js';
import { call, get } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { dateTime } from '../core/format.js';
import { loading, problemBox } from '../core/widgets.js';
import { FormState, compact, doneNotice, field, formProblem, optional } from './form.js';

const ROLES = ['SECURITY_LEAD', 'FOCAL_POINT', 'CONTACT_24_7', 'INCIDENT_INTAKE'];
/** The roles kept on the unit itself, by the unit's field. */
const ON_UNIT = { SECURITY_LEAD: 'securityLead', FOCAL_POINT: 'focalPoint' };
const SLUG = { SECURITY_LEAD: 'lead', FOCAL_POINT: 'focal', CONTACT_24_7: 'h24', INCIDENT_INTAKE: 'intake' };

function valuesOf(contact) {
  return { name: contact?.name || '', title: contact?.title || '', phone: contact?.phone || '', email: contact?.email || '',
    address: contact?.address || '' };
}

function reach(contact) {
  return [contact.phone, contact.email, contact.address].filter(Boolean).map((value) => html`<div>${value}</div>`);
}

class Contacts extends View {
  static properties = { code: {}, register: { state: true }, problem: { state: true }, busy: { state: true },
    history: { state: true }, historyCursor: { state: true }, historyProblem: { state: true } };

  constructor() {
    super();
    this.forms = Object.fromEntries(ROLES.map((role) => [role, new FormState(this, `contact-${SLUG[role]}`, valuesOf())]));
    this.history = [];
  }

  updated(changed) {
    if (changed.has('code') && this.code) this.load();
  }

  /** Reads the register (and the unit); the forms of the roles named start over from what is stored. */
  async load(roles = ROLES) {
    this.busy = true;
    this.problem = null;
    try {
      const code = encodeURIComponent(this.code);
      const [register, unit] = await Promise.all([get(`/units/${code}/contacts`), hasRole('admin') ? call(`/units/${code}`) : null]);
      this.register = register;
      this.unit = unit;
      for (const contact of this.register.contacts) {
        const form = this.forms[contact.role];
        if (form && roles.includes(contact.role)) form.reset(valuesOf(contact));
      }
    } catch (problem) {
      this.problem = problem;
    } finally {
      this.busy = false;
    }
    this.page();
  }

  async page(cursor) {
    this.historyProblem = null;
    try {
      const page = await get(`/units/${encodeURIComponent(this.code)}/contacts/history`, { limit: 50, cursor });
      this.history = cursor ? [...this.history, ...page.items] : page.items;
      this.historyCursor = page.nextCursor;
    } catch (problem) {
      this.historyProblem = problem;
    }
  }

  labels(role) {
    const prefix = ON_UNIT[role] ? `${ON_UNIT[role]}.` : '';
    return { [`${prefix}name`]: t('admin.contact.name'), [`${prefix}title`]: t('admin.unit.focalTitle'),
      [`${prefix}phone`]: t('admin.unit.focalPhone'), [`${prefix}email`]: t('admin.unit.focalEmail'),
      address: t('admin.contact.address'), role: t('admin.contact.role') };
  }

  async save(event, role) {
    event.preventDefault();
    const form = this.forms[role];
    const values = form.values;
    const contact = { name: optional(values.name), title: optional(values.title), phone: optional(values.phone),
      email: optional(values.email) };
    const ok = await form.run(async () => {
      const code = encodeURIComponent(this.code);
      if (ON_UNIT[role]) {
        // PUT replaces the whole unit: everything but this contact goes back as it was read, with its ETag
        const { data: unit, etag } = this.unit;
        const body = compact({ code: unit.code, name: unit.name, type: unit.type, parentCode: unit.parentCode ?? undefined,
          securityLead: unit.securityLead ?? undefined, focalPoint: unit.focalPoint ?? undefined,
          provincialTeamMember: unit.provincialTeamMember, active: unit.active, validFrom: unit.validFrom ?? undefined,
          validTo: unit.validTo ?? undefined });
        body[ON_UNIT[role]] = contact.name ? compact(contact) : undefined;
        await call(`/units/${code}`, { method: 'PUT', body: compact(body), ifMatch: etag });
      } else {
        await call(`/units/${code}/contacts/${role}`, { method: 'PUT', body: { ...contact, address: optional(values.address) } });
      }
    });
    if (ok) {
      await this.load([role]);
      form.done = t('admin.contact.saved', { role: t(`admin.contactRole.${role}`) });
      this.dispatchEvent(new CustomEvent('uc-unit-changed', { bubbles: true, detail: { code: this.code } }));
    }
  }

  /** After a 412: the register as it is now, the form started over from it. */
  async reload(role) {
    const form = this.forms[role];
    await this.load([role]);
    form.problem = null;
    form.errors = {};
    form.done = null;
    this.requestUpdate();
    await this.updateComplete;
    this.querySelector(`#contact-${SLUG[role]}-name`)?.focus();
  }

  render() {
    const register = this.register;
    return html`${this.busy && !register ? loading() : nothing}${problemBox(this.problem)}
      ${register ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="contacts-title"><table>
        <thead><tr><th scope="col">${t('admin.contact.role')}</th><th scope="col">${t('admin.contact.person')}</th>
          <th scope="col">${t('admin.contact.reach')}</th><th scope="col">${t('admin.contact.since')}</th>
          <th scope="col">${t('admin.contact.declared')}</th></tr></thead>
        <tbody>${register.contacts.map((contact) => html`<tr>
          <th scope="row">${t(`admin.contactRole.${contact.role}`)}</th>
          <td>${contact.name || html`<span class="muted">${t('common.none')}</span>`}${contact.title ? html`<br><span class="small">${contact.title}</span>` : nothing}</td>
          <td>${reach(contact)}</td>
          <td>${contact.since ? dateTime(contact.since) : html`<span class="muted">${t('admin.contact.sinceStart')}</span>`}</td>
          <td>${contact.declared ? t('admin.contact.declaredAt', { at: dateTime(contact.declaredAt) }) : html`<strong>${t('admin.contact.notDeclared')}</strong>`}</td>
        </tr>`)}</tbody>
      </table></div>
      ${register.openObligations.length ? html`<h4>${t('admin.unit.openObligations')}</h4><ul>
        ${register.openObligations.map((obligation) => html`<li class=${obligation.breached ? 'overdue' : ''}>${obligation.title}
          — ${t('admin.unit.dueAt', { at: dateTime(obligation.dueAt) })} <span class="small muted">(${obligation.legalBasis})</span></li>`)}
      </ul>` : nothing}
      ${hasRole('admin') ? html`<h4 id="contact-forms-title">${t('admin.contact.change')}</h4>
        <p class="hint">${t('admin.contact.change.hint')}</p>
        ${ROLES.map((role) => this.form(role))}` : nothing}` : nothing}
      ${this.historyView()}`;
  }

  form(role) {
    const form = this.forms[role];
    const prefix = ON_UNIT[role] ? `${ON_UNIT[role]}.` : '';
    const onUnit = Boolean(ON_UNIT[role]);
    return html`<details class="admin-contact">
      <summary>${t('admin.contact.changeRole', { role: t(`admin.contactRole.${role}`) })}</summary>
      <form class="stack" aria-label=${t(`admin.contactRole.${role}`)} @submit=${(event) => this.save(event, role)} novalidate>
        <p class="hint">${t(onUnit ? 'admin.contact.onUnit.hint' : 'admin.contact.reach.hint')}</p>
        ${field(form, 'name', t(onUnit ? 'admin.contact.name' : 'admin.contact.nameOrDesk'), { required: onUnit, errorKey: `${prefix}name` })}
        ${field(form, 'title', t('admin.unit.focalTitle'), { errorKey: `${prefix}title` })}
        ${field(form, 'phone', t('admin.unit.focalPhone'), { type: 'tel', errorKey: `${prefix}phone` })}
        ${field(form, 'email', t('admin.unit.focalEmail'), { type: 'email', errorKey: `${prefix}email` })}
        ${onUnit ? nothing : field(form, 'address', t('admin.contact.address'), { hint: t('admin.contact.address.hint') })}
        ${formProblem(form, this.labels(role), () => this.reload(role), t('admin.reload'))}
        ${doneNotice(form)}
        <button type="submit" ?disabled=${form.busy}>${t('admin.contact.save', { role: t(`admin.contactRole.${role}`) })}</button>
      </form>
    </details>`;
  }

  historyView() {
    return html`<h4 id="contact-history-title">${t('admin.contact.history')}</h4>
      ${problemBox(this.historyProblem)}
      ${this.history.length ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="contact-history-title"><table>
        <thead><tr><th scope="col">${t('admin.contact.changedAt')}</th><th scope="col">${t('admin.contact.role')}</th>
          <th scope="col">${t('admin.contact.person')}</th><th scope="col">${t('admin.contact.reach')}</th>
          <th scope="col">${t('admin.contact.changedBy')}</th></tr></thead>
        <tbody>${this.history.map((change) => html`<tr>
          <th scope="row">${dateTime(change.changedAt)}</th>
          <td>${t(`admin.contactRole.${change.role}`)}</td>
          <td>${change.cleared ? html`<em>${t('admin.contact.cleared')}</em>` : html`${change.name || ''}${change.title ? html`<br><span class="small">${change.title}</span>` : nothing}`}</td>
          <td>${reach(change)}</td>
          <td>${change.changedBy}</td>
        </tr>`)}</tbody>
      </table></div>` : html`<p class="muted">${t('admin.contact.noHistory')}</p>`}
      ${this.historyCursor ? html`<button type="button" class="secondary" @click=${() => this.page(this.historyCursor)}>${t('common.more')}</button>` : nothing}`;
  }
}

customElements.define('uc-admin-contacts', Contacts);
