// Nhật ký: the audit log (GET /audit) with every filter the API has, kept in the address so that a filtered view
// can be shared; "Xem thêm" pages on with the cursor. Each entry says who did what to which record and when, with
// its changes (field: from → to). "Kiểm tra chuỗi" recomputes the hash chain (GET /audit/verify).
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { addMessages, t } from '../core/i18n.js';
import { get } from '../core/api.js';
import { currentRoute, replaceQuery } from '../core/router.js';
import { dateTime, fromLocalInput, number } from '../core/format.js';
import { loading, problemBox } from '../core/widgets.js';
import { People } from '../core/people.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './audit.css';

addMessages(vi, en);

const FILTERS = ['entityType', 'entityId', 'actor', 'action', 'from', 'to'];
const ENTITY_TYPES = ['INCIDENT', 'UNIT', 'SYSTEM', 'ESCALATION', 'AUTHORITY', 'PLAYBOOK', 'PREPAREDNESS_RECORD', 'UNIT_OBLIGATION'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A value of a change as plain text: text as is, nothing as "(trống)", anything else as JSON. */
function shown(value) {
  if (value === null || value === undefined || value === '') return t('audit.empty');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return JSON.stringify(value);
}

/** An action in words when the app knows it ("Phân loại"), with its code, which the filter takes. */
function actionName(action) {
  const key = `audit.act.${action}`;
  const text = t(key);
  return text === key ? action : `${text} (${action})`;
}

function typeName(type) {
  const key = `audit.type.${type}`;
  const text = t(key);
  return text === key ? type : text;
}

class AuditLog extends View {
  static properties = {
    filters: { state: true }, items: { state: true }, cursor: { state: true }, busy: { state: true },
    problem: { state: true }, verification: { state: true }, verifying: { state: true }, verifyProblem: { state: true },
  };

  constructor() {
    super();
    const query = currentRoute().query;
    this.filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) || '']));
    this.items = [];
    this.cursor = null;
    // who did it, by name (the filter still takes the id, which the entry shows too)
    this.people = new People(() => this.requestUpdate());
  }

  connectedCallback() {
    super.connectedCallback();
    this.search();
  }

  /** The API's query: the district's local times as offset timestamps. */
  query() {
    const { from, to, ...rest } = this.filters;
    return { ...rest, from: fromLocalInput(from), to: fromLocalInput(to) };
  }

  async search() {
    replaceQuery(this.filters);
    this.items = [];
    this.cursor = null;
    await this.page();
  }

  async page(cursor) {
    this.busy = true;
    this.problem = null;
    try {
      const page = await get('/audit', { ...this.query(), limit: 50, cursor });
      this.items = [...this.items, ...page.items];
      this.cursor = page.nextCursor;
      this.people.resolve(page.items.map((entry) => entry.actor));
    } catch (problem) {
      this.problem = problem;
    } finally {
      this.busy = false;
    }
  }

  async verify() {
    this.verifying = true;
    this.verification = null;
    this.verifyProblem = null;
    try {
      this.verification = await get('/audit/verify');
    } catch (problem) {
      this.verifyProblem = problem;
    } finally {
      this.verifying = false;
    }
  }

  set(name, value) {
    this.filters = { ...this.filters, [name]: value };
  }

  render() {
    return html`<h1>${t('nav.audit')}</h1>
      ${this.chain()}
      ${this.form()}
      ${problemBox(this.problem)}
      ${this.list()}`;
  }

  chain() {
    const result = this.verification;
    return html`<section class="card" aria-labelledby="chain-title">
      <h2 id="chain-title">${t('audit.chain')}</h2>
      <p class="hint">${t('audit.chain.hint')}</p>
      <button type="button" ?disabled=${this.verifying} @click=${() => this.verify()}>${t('audit.verify')}</button>
      <div role="status">${this.verifying ? html`<p class="muted">${t('audit.verifying')}</p>` : nothing}
        ${result?.valid ? html`<div class="notice">
          <p><strong>${t('audit.valid')}</strong></p>
          <p>${t('audit.valid.count', { n: number(result.entries) })}
            ${result.unsealed ? t('audit.unsealed', { n: number(result.unsealed) }) : nothing}</p>
          ${result.headHash ? html`<p>${t('audit.headHash')} <code class="audit-hash">${result.headHash}</code></p>
            <p class="hint">${t('audit.headHash.hint')}</p>` : nothing}
        </div>` : nothing}</div>
      ${result && !result.valid ? this.broken(result) : nothing}
      ${problemBox(this.verifyProblem)}
    </section>`;
  }

  broken(result) {
    const broken = result.firstBroken || {};
    return html`<div class="problem" role="alert">
      <p><strong>${t('audit.broken')}</strong></p>
      <dl class="facts">
        <dt>${t('audit.broken.position')}</dt><dd>${broken.position ?? t('audit.unknown')}</dd>
        <dt>${t('audit.broken.entry')}</dt><dd>${broken.entryId ?? t('audit.unknown')}</dd>
        <dt>${t('audit.broken.reason')}</dt><dd>${t(`audit.reason.${broken.reason}`)}</dd>
        <dt>${t('audit.broken.intact')}</dt><dd>${number(result.entries)}</dd>
      </dl>
      ${broken.detail ? html`<p class="muted small" lang="en">${broken.detail}</p>` : nothing}
      <p>${t('audit.broken.advice')}</p>
    </div>`;
  }

  form() {
    const field = (name, label, type = 'text', hint) => html`<div>
      <label for="audit-${name}">${label}</label>
      ${hint ? html`<p class="hint" id="audit-${name}-hint">${hint}</p>` : nothing}
      <input id="audit-${name}" type=${type} .value=${this.filters[name]} aria-describedby=${hint ? `audit-${name}-hint` : nothing}
        @input=${(event) => this.set(name, event.target.value.trim())}>
    </div>`;
    return html`<form class="card audit-filters" aria-labelledby="audit-filter-title"
        @submit=${(event) => { event.preventDefault(); this.search(); }}>
      <h2 id="audit-filter-title">${t('audit.filters')}</h2>
      <div class="audit-filter-grid">
        <div>
          <label for="audit-entityType">${t('audit.entityType')}</label>
          <select id="audit-entityType" @change=${(event) => this.set('entityType', event.target.value)}>
            <option value="" ?selected=${!this.filters.entityType}>${t('audit.all')}</option>
            ${ENTITY_TYPES.map((type) => html`<option value=${type} ?selected=${this.filters.entityType === type}>${typeName(type)}</option>`)}
          </select>
        </div>
        ${field('entityId', t('audit.entityId'), 'text', t('audit.entityId.hint'))}
        ${field('actor', t('audit.actor'), 'text', t('audit.actor.hint'))}
        ${field('action', t('audit.action'), 'text', t('audit.action.hint'))}
        ${field('from', t('audit.from'), 'datetime-local')}
        ${field('to', t('audit.to'), 'datetime-local')}
      </div>
      <div class="row">
        <button type="submit" ?disabled=${this.busy}>${t('audit.search')}</button>
        <button type="button" class="secondary" @click=${() => {
          this.filters = Object.fromEntries(FILTERS.map((name) => [name, '']));
          this.search();
        }}>${t('audit.clear')}</button>
      </div>
    </form>`;
  }

  list() {
    return html`<section aria-labelledby="audit-list-title">
      <h2 id="audit-list-title">${t('audit.entries')}</h2>
      ${!this.busy && !this.problem && !this.items.length ? html`<p role="status">${t('audit.noEntries')}</p>` : nothing}
      <ol class="audit-entries">${this.items.map((entry) => this.entry(entry))}</ol>
      ${this.busy ? loading() : nothing}
      ${this.cursor && !this.busy ? html`<button type="button" class="secondary" @click=${() => this.page(this.cursor)}>${t('common.more')}</button>` : nothing}
    </section>`;
  }

  entry(entry) {
    const target = entry.entityType === 'INCIDENT' && UUID.test(entry.entityId)
      ? html`<a href="#/su-co/${entry.entityId}">${entry.entityId}</a>` : entry.entityId;
    return html`<li class="card audit-entry">
      <p class="audit-head"><strong>${actionName(entry.action)}</strong>
        <span>${typeName(entry.entityType)} ${target}</span></p>
      <dl class="facts">
        <dt>${t('audit.at')}</dt><dd>${dateTime(entry.at)}</dd>
        <dt>${t('audit.who')}</dt><dd>${this.people.name(entry.actor) !== entry.actor
          ? html`${this.people.name(entry.actor)} <span class="muted small">(${entry.actor})</span>` : entry.actor}</dd>
        ${entry.requestId ? html`<dt>${t('audit.requestId')}</dt><dd>${entry.requestId}</dd>` : nothing}
        <dt>${t('audit.seal')}</dt><dd>${entry.chainPosition === null || entry.chainPosition === undefined
          ? t('audit.notSealed') : t('audit.sealedAt', { position: entry.chainPosition })}</dd>
      </dl>
      ${entry.changes?.length ? html`<table class="audit-changes">
        <caption class="sr-only">${t('audit.changes')}</caption>
        <thead><tr><th scope="col">${t('audit.field')}</th><th scope="col">${t('audit.before')}</th><th scope="col">${t('audit.after')}</th></tr></thead>
        <tbody>${entry.changes.map((change) => html`<tr><th scope="row">${change.field}</th>
          <td>${shown(change.from)}</td><td>${shown(change.to)}</td></tr>`)}</tbody>
      </table>` : html`<p class="muted small">${t('audit.noChanges')}</p>`}
    </li>`;
  }
}

customElements.define('uc-audit-log', AuditLog);
