// Bảng điều phối: the coordinator's queue. Counters on top (to triage, due within 24 h, breached, escalations
// awaiting the province's acknowledgement), then the incidents with every filter GET /incidents has, kept in the
// address (#/dieu-phoi?status=NEW&unitCode=XA-A&assignee=…) so that a filtered list can be shared, paged with
// "Xem thêm", and exported as CSV with the same filters (GET /incidents/export).
//
// Everything is counted and filtered by the service: the counters are GET /incidents/count with the board's filters
// (the status filter aside) and each counter's own; a deadline view (watch=due24h|overdue in the address) becomes
// obligationDueFrom/obligationDueTo when the screen loads, and the list, "Xem thêm" and the CSV file all use that
// same window. Escalations awaiting acknowledgement are few: the PENDING ones are paged and their incidents shown.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { addMessages, t, term } from '../core/i18n.js';
import { download, get, getAll } from '../core/api.js';
import { currentRoute, replaceQuery } from '../core/router.js';
import { loading, problemBox, severityBadge, statusBadge } from '../core/widgets.js';
import { countdown, dateTime, number } from '../core/format.js';
import { CATEGORIES, DAY_MS, SEVERITIES, STATUSES, nextDeadline, regimeText } from './incidents.js';
import { People, personLabel } from '../core/people.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './board.css';

addMessages(vi, en);

const LISTS = ['status', 'category', 'severity', 'unitCode'];
const SORTS = ['-createdAt', 'createdAt', '-updatedAt', 'updatedAt'];
const WATCHES = ['due24h', 'overdue', 'pendingAck'];
const PAGE = 50;
const UNIT_CODE = /^[A-Z0-9-]{2,32}$/;

/** The filters the address carries, as the form shows them. */
export function readFilters(query) {
  const list = (name) => (query.get(name) || '').split(',').map((value) => value.trim()).filter(Boolean);
  return {
    q: query.get('q') || '',
    status: list('status'),
    category: list('category'),
    severity: list('severity'),
    unitCode: list('unitCode').map((code) => code.toUpperCase()),
    includePredecessors: query.get('includePredecessors') === 'true',
    createdFrom: query.get('createdFrom') || '',
    createdTo: query.get('createdTo') || '',
    updatedSince: query.get('updatedSince') || '',
    assignee: (query.get('assignee') || '').trim().slice(0, 255),
    sort: SORTS.includes(query.get('sort')) ? query.get('sort') : '',
    watch: WATCHES.includes(query.get('watch')) ? query.get('watch') : '',
  };
}

/** The filters as the address keeps them (lists comma-separated, nothing for what is not set). */
function addressOf(filters) {
  const out = {};
  for (const [name, value] of Object.entries(filters)) {
    if (Array.isArray(value)) out[name] = value.join(',');
    else if (value === true) out[name] = 'true';
    else if (value) out[name] = value;
  }
  return out;
}

/** A day picked in the district (yyyy-mm-dd) as the instant it starts there. */
function dayStart(day) {
  return day ? `${day}T00:00:00+07:00` : undefined;
}

function dayAfter(day) {
  if (!day) return undefined;
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return dayStart(next.toISOString().slice(0, 10));
}

/** The query parameters of GET /incidents (and its export) for the filters. */
function apiQuery(filters) {
  return {
    q: filters.q || undefined,
    status: filters.status,
    category: filters.category,
    severity: filters.severity,
    unitCode: filters.unitCode,
    includePredecessors: filters.includePredecessors && filters.unitCode.length ? 'true' : undefined,
    createdFrom: dayStart(filters.createdFrom),
    createdTo: dayAfter(filters.createdTo),
    updatedSince: dayStart(filters.updatedSince),
    assignee: filters.assignee || undefined,
    sort: filters.sort || undefined,
  };
}

/** A deadline view as the service's filter: incidents with an OPEN obligation due in [from, to), from now on. */
export function windowOf(watch, now) {
  if (watch === 'due24h') {
    return { obligationDueFrom: new Date(now).toISOString(), obligationDueTo: new Date(now + DAY_MS).toISOString() };
  }
  if (watch === 'overdue') return { obligationDueTo: new Date(now).toISOString() };
  return {};
}

class Board extends View {
  static properties = {
    filters: { state: true }, items: { state: true }, cursor: { state: true }, busy: { state: true },
    problem: { state: true }, counts: { state: true }, countProblem: { state: true }, exportProblem: { state: true },
    exporting: { state: true }, formErrors: { state: true }, responders: { state: true },
    peopleProblem: { state: true },
  };

  constructor() {
    super();
    this.filters = readFilters(currentRoute().query);
    this.items = null;
    this.counts = null;
    this.formErrors = {};
    this.responders = null;
    this.run = 0;
    this.people = new People(() => this.requestUpdate(), (problem) => { this.peopleProblem = problem; });
  }

  connectedCallback() {
    super.connectedCallback();
    this.people.responders().then((people) => { this.responders = people; })
      .catch((problem) => { this.peopleProblem = problem; this.responders = []; });
    this.load();
    this.tick = setInterval(() => this.requestUpdate(), 60000);
  }

  disconnectedCallback() {
    clearInterval(this.tick);
    super.disconnectedCallback();
  }

  /**
   * The counters and the first page, for the filters now applied; an older answer never overwrites a newer. The
   * deadline window is fixed here ("now" of this load), so that "Xem thêm" and the CSV file read the same list.
   */
  async load() {
    const run = ++this.run;
    const filters = this.filters;
    const now = Date.now();
    this.items = null;
    this.cursor = null;
    this.problem = null;
    this.counts = null;
    this.countProblem = null;
    this.loadedAt = now;
    this.query = filters.watch === 'pendingAck' ? null : { ...apiQuery(filters), ...windowOf(filters.watch, now) };
    const counting = this.count(filters, now).then((counts) => {
      if (run === this.run) this.counts = counts;
    }).catch((problem) => {
      if (run === this.run) this.countProblem = problem;
    });
    await this.page(run);
    await counting;
  }

  /** The next page of the list (the first when there is no cursor yet). */
  async page(run) {
    this.busy = true;
    this.problem = null;
    try {
      const page = this.query ? await get('/incidents', { ...this.query, limit: PAGE, cursor: this.cursor || undefined })
        : await this.awaitingAcknowledgement(this.cursor);
      if (run !== this.run) return;
      this.items = [...(this.items || []), ...page.items];
      this.cursor = page.nextCursor;
      this.people.resolve(page.items.map((incident) => incident.assignee));
    } catch (problem) {
      if (run !== this.run) return;
      this.problem = problem;
      this.items ??= [];
    } finally {
      if (run === this.run) this.busy = false;
    }
  }

  more() {
    return this.page(this.run);
  }

  /** Counters from the service, within the filters (the status filter aside), each with its own filter. */
  async count(filters, now) {
    const base = { ...apiQuery({ ...filters, status: [] }), sort: undefined };
    const counted = (extra) => get('/incidents/count', { ...base, ...extra }).then((answer) => answer.count);
    const [toTriage, due24h, overdue, pending] = await Promise.all([
      counted({ status: 'NEW' }),
      counted(windowOf('due24h', now)),
      counted(windowOf('overdue', now)),
      getAll('/escalations', { status: 'PENDING' }),
    ]);
    return { toTriage, due24h, overdue, pendingAck: new Set(pending.map((escalation) => escalation.incidentId)).size };
  }

  /** A page of the PENDING escalations, as the incidents they are about (each read once). */
  async awaitingAcknowledgement(cursor) {
    const page = await get('/escalations', { status: 'PENDING', limit: PAGE, cursor: cursor || undefined });
    const shown = new Set((this.items || []).map((incident) => incident.id));
    const ids = [...new Set(page.items.map((escalation) => escalation.incidentId))].filter((id) => !shown.has(id));
    const items = await Promise.all(ids.map((id) => get(`/incidents/${id}`)));
    return { items, nextCursor: page.nextCursor };
  }

  apply(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const units = String(form.get('unitCode') || '').split(/[\s,;]+/).map((code) => code.trim().toUpperCase())
      .filter(Boolean);
    const badUnits = units.filter((code) => !UNIT_CODE.test(code));
    const from = String(form.get('createdFrom') || '');
    const to = String(form.get('createdTo') || '');
    const errors = {};
    if (badUnits.length) errors.unitCode = [t('board.error.unitCode', { codes: badUnits.join(', ') })];
    if (from && to && to < from) errors.createdTo = [t('board.error.dates')];
    this.formErrors = errors;
    if (Object.keys(errors).length) {
      this.querySelector(`#board-${Object.keys(errors)[0]}`)?.focus();
      return;
    }
    this.filters = {
      q: String(form.get('q') || '').trim().slice(0, 200),
      status: form.getAll('status').map(String),
      category: form.getAll('category').map(String),
      severity: form.getAll('severity').map(String),
      unitCode: [...new Set(units)],
      includePredecessors: form.get('includePredecessors') === 'true',
      createdFrom: from,
      createdTo: to,
      updatedSince: String(form.get('updatedSince') || ''),
      assignee: String(form.get('assignee') || ''),
      sort: String(form.get('sort') || ''),
      watch: String(form.get('watch') || ''),
    };
    replaceQuery(addressOf(this.filters));
    this.load();
  }

  clear() {
    this.formErrors = {};
    this.filters = readFilters(new URLSearchParams());
    replaceQuery({});
    this.querySelector('form.board-filters')?.reset();
    this.load();
  }

  async exportCsv() {
    this.exporting = true;
    this.exportProblem = null;
    try {
      const day = new Date().toISOString().slice(0, 10);
      await download('/incidents/export', { ...this.query, format: 'csv' }, `su-co-${day}.csv`);
    } catch (problem) {
      this.exportProblem = problem;
    } finally {
      this.exporting = false;
    }
  }

  /**
   * The address of the list a counter stands for: the other filters kept, its own filter in place of the status
   * (escalations awaiting acknowledgement are counted over the whole province: that list keeps no other filter).
   */
  counterHref(change) {
    const base = change.watch === 'pendingAck' ? change : { ...this.filters, status: [], watch: '', ...change };
    const search = new URLSearchParams(addressOf(base)).toString();
    return `#/dieu-phoi${search ? `?${search}` : ''}`;
  }

  render() {
    return html`
      <h1>${t('nav.board')}</h1>
      ${this.renderCounters()}
      ${this.renderFilters()}
      ${this.renderList()}`;
  }

  renderCounters() {
    const counts = this.counts;
    const cell = (key, change, urgent) => html`<li class=${`board-counter${urgent && counts?.[key] ? ' urgent' : ''}`}>
      <a href=${this.counterHref(change)}>
        <span class="board-count">${counts ? number(counts[key]) : '…'}</span>
        <span class="board-count-label">${t(`board.counter.${key}`)}</span>
      </a></li>`;
    return html`<section aria-labelledby="board-counters-title">
      <h2 id="board-counters-title" class="sr-only">${t('board.counters')}</h2>
      <ul class="board-counters" aria-busy=${counts || this.countProblem ? 'false' : 'true'}>
        ${cell('toTriage', { status: ['NEW'] })}
        ${cell('due24h', { watch: 'due24h' }, true)}
        ${cell('overdue', { watch: 'overdue' }, true)}
        ${cell('pendingAck', { watch: 'pendingAck' })}
      </ul>
      <p class="hint">${t('board.countersHint')}</p>
      ${problemBox(this.countProblem)}
    </section>`;
  }

  renderFilters() {
    const f = this.filters;
    const errors = this.formErrors;
    const active = LISTS.some((name) => f[name].length) || f.q || f.createdFrom || f.createdTo || f.updatedSince
      || f.sort || f.watch || f.assignee;
    const boxes = (name, values, group, label) => html`<fieldset class="board-checks">
      <legend>${label}</legend>
      ${values.map((value) => html`<label class="check"><input type="checkbox" name=${name} value=${value}
        .checked=${f[name].includes(value)}>${value === 'UNASSESSED' ? t('severity.none') : term(group, value)}</label>`)}
    </fieldset>`;
    const invalid = (name) => (errors[name] ? 'true' : 'false');
    const described = (name, hint) => [hint ? `board-${name}-hint` : '', errors[name] ? `board-${name}-error` : '']
      .filter(Boolean).join(' ') || nothing;
    return html`<details class="board-filter-box" ?open=${active || window.matchMedia('(min-width: 48rem)').matches}>
      <summary>${t('board.filters')}${active ? html` <span class="badge">${t('board.filtersOn')}</span>` : nothing}</summary>
      <form class="board-filters" @submit=${(event) => this.apply(event)} novalidate>
        <div class="board-grid">
          <div>
            <label for="board-q">${t('board.filter.q')}</label>
            <p class="hint" id="board-q-hint">${t('board.filter.qHint')}</p>
            <input id="board-q" name="q" type="search" maxlength="200" .value=${f.q} aria-describedby="board-q-hint">
          </div>
          <div>
            <label for="board-unitCode">${t('board.filter.unit')}</label>
            <p class="hint" id="board-unitCode-hint">${t('board.filter.unitHint')}</p>
            <input id="board-unitCode" name="unitCode" autocapitalize="characters" .value=${f.unitCode.join(', ')}
              aria-invalid=${invalid('unitCode')} aria-describedby=${described('unitCode', true)}>
            ${errors.unitCode ? html`<p class="field-error" id="board-unitCode-error">${errors.unitCode.join(' ')}</p>` : nothing}
            <label class="check"><input type="checkbox" name="includePredecessors" value="true"
              .checked=${f.includePredecessors}>${t('board.filter.predecessors')}</label>
          </div>
          <div>
            <label for="board-watch">${t('board.filter.watch')}</label>
            <select id="board-watch" name="watch">
              <option value="" ?selected=${!f.watch}>${t('board.watch.all')}</option>
              ${WATCHES.map((watch) => html`<option value=${watch} ?selected=${f.watch === watch}>${t(`board.counter.${watch}`)}</option>`)}
            </select>
          </div>
          <div>
            <label for="board-assignee">${t('board.filter.assignee')}</label>
            <select id="board-assignee" name="assignee" aria-busy=${this.responders ? 'false' : 'true'}>
              <option value="" ?selected=${!f.assignee}>${t('board.assignee.all')}</option>
              <option value="me" ?selected=${f.assignee === 'me'}>${t('board.assignee.me')}</option>
              ${this.assigneeChoices().map((person) => html`<option value=${person.id}
                ?selected=${f.assignee === person.id}>${personLabel(person)}</option>`)}
            </select>
            ${problemBox(this.peopleProblem)}
          </div>
          <div>
            <label for="board-sort">${t('board.filter.sort')}</label>
            <select id="board-sort" name="sort">
              ${SORTS.map((sort) => html`<option value=${sort === '-createdAt' ? '' : sort}
                ?selected=${(f.sort || '-createdAt') === sort}>${t(`board.sort.${sort}`)}</option>`)}
            </select>
          </div>
          <div>
            <label for="board-createdFrom">${t('board.filter.createdFrom')}</label>
            <input id="board-createdFrom" name="createdFrom" type="date" .value=${f.createdFrom}>
          </div>
          <div>
            <label for="board-createdTo">${t('board.filter.createdTo')}</label>
            <input id="board-createdTo" name="createdTo" type="date" .value=${f.createdTo}
              aria-invalid=${invalid('createdTo')} aria-describedby=${described('createdTo', false)}>
            ${errors.createdTo ? html`<p class="field-error" id="board-createdTo-error">${errors.createdTo.join(' ')}</p>` : nothing}
          </div>
          <div>
            <label for="board-updatedSince">${t('board.filter.updatedSince')}</label>
            <input id="board-updatedSince" name="updatedSince" type="date" .value=${f.updatedSince}>
          </div>
        </div>
        <div class="board-grid">
          ${boxes('status', STATUSES, 'status', t('board.filter.status'))}
          ${boxes('severity', SEVERITIES, 'severity', t('board.filter.severity'))}
          ${boxes('category', CATEGORIES, 'category', t('board.filter.category'))}
        </div>
        <div class="row">
          <button type="submit">${t('board.apply')}</button>
          <button type="button" class="secondary" @click=${() => this.clear()}>${t('board.clear')}</button>
        </div>
      </form>
    </details>`;
  }

  /** The responders by name, and the person the address filters on when it is not one of them. */
  assigneeChoices() {
    const people = [...(this.responders || [])];
    const wanted = this.filters.assignee;
    if (wanted && wanted !== 'me' && !people.some((person) => person.id === wanted)) {
      people.push({ id: wanted, name: this.people.name(wanted) });
    }
    return people;
  }

  renderList() {
    const items = this.items;
    const labels = { unitCode: t('board.filter.unit'), q: t('board.filter.q'), createdFrom: t('board.filter.createdFrom'),
      createdTo: t('board.filter.createdTo'), updatedSince: t('board.filter.updatedSince') };
    return html`<section aria-labelledby="board-list-title">
      <div class="row board-list-head">
        <h2 id="board-list-title">${this.filters.watch ? t(`board.counter.${this.filters.watch}`) : t('board.list')}</h2>
        ${this.query ? html`<button type="button" class="secondary" ?disabled=${this.exporting}
          @click=${() => this.exportCsv()}>${this.exporting ? t('board.exporting') : t('board.export')}</button>` : nothing}
      </div>
      ${this.filters.watch ? html`<p class="hint">${t(`board.watchHint.${this.filters.watch}`, {
        from: dateTime(this.query?.obligationDueFrom), to: dateTime(this.query?.obligationDueTo) })}</p>` : nothing}
      ${problemBox(this.exportProblem, labels)}
      ${problemBox(this.problem, labels)}
      ${items === null ? loading() : html`
        <p role="status" class="muted">${items.length
          ? t(this.cursor ? 'board.shownMore' : 'board.shown', { n: number(items.length) }) : t('board.empty')}</p>
        ${items.length ? this.renderTable(items) : nothing}
        ${this.cursor ? html`<button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.more()}>
          ${this.busy ? t('common.loading') : t('common.more')}</button>` : nothing}`}
    </section>`;
  }

  renderTable(items) {
    const now = Date.now();
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="board-list-title">
      <table class="board-table">
        <thead><tr>
          <th scope="col">${t('board.col.reference')}</th>
          <th scope="col">${t('board.col.title')}</th>
          <th scope="col">${t('board.col.unit')}</th>
          <th scope="col">${t('board.col.status')}</th>
          <th scope="col">${t('board.col.severity')}</th>
          <th scope="col">${t('board.col.due')}</th>
          <th scope="col">${t('board.col.assignee')}</th>
        </tr></thead>
        <tbody>${items.map((incident) => {
          const due = nextDeadline(incident);
          const late = due && new Date(due.dueAt).getTime() < now;
          return html`<tr>
            <th scope="row"><a href="#/su-co/${incident.id}">${incident.reference}</a></th>
            <td>${incident.title}</td>
            <td>${incident.unitCode}${incident.currentUnitCode && incident.currentUnitCode !== incident.unitCode
              ? html` <span class="muted small">(${t('board.nowUnit', { code: incident.currentUnitCode })})</span>` : nothing}</td>
            <td>${statusBadge(incident.status)}</td>
            <td>${severityBadge(incident.severity)}</td>
            <td>${due ? html`<span class=${late ? 'overdue' : ''}>${countdown(due.dueAt, now)}</span>
              <br><span class="small muted">${regimeText(due.title) || due.kind} · ${dateTime(due.dueAt)}</span>`
              : html`<span class="muted">${t('board.noDue')}</span>`}</td>
            <td>${incident.assignee ? this.people.name(incident.assignee)
              : html`<span class="muted">${t('board.unassigned')}</span>`}</td>
          </tr>`;
        })}</tbody>
      </table>
    </div>`;
  }
}

customElements.define('uc-board', Board);
