// Việc của tôi: the incidents assigned to the person signed in (GET /incidents?assignee=me, paged with "Xem thêm",
// counted by GET /incidents/count with the same filters), and the open tasks assigned to them on those incidents
// (there is no list of tasks across incidents: each incident's open tasks are read, the caller's kept). The person's
// name comes from the people directory (GET /people), the id when the service does not know it yet.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { addMessages, t } from '../core/i18n.js';
import { get } from '../core/api.js';
import { claims } from '../core/auth.js';
import { loading, problemBox, severityBadge, statusBadge } from '../core/widgets.js';
import { countdown, dateTime, number } from '../core/format.js';
import { ACTIVE, nextDeadline, regimeText } from './incidents.js';
import { People } from '../core/people.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './board.css';

addMessages(vi, en);

const PAGE = 20;

class MyWork extends View {
  static properties = {
    incidents: { state: true }, cursor: { state: true }, busy: { state: true }, problem: { state: true },
    tasks: { state: true }, taskProblem: { state: true }, finished: { state: true }, total: { state: true },
    countProblem: { state: true }, peopleProblem: { state: true },
  };

  constructor() {
    super();
    this.incidents = null;
    this.tasks = new Map();
    this.finished = false;
    this.total = null;
    this.run = 0;
    this.people = new People(() => this.requestUpdate(), (problem) => { this.peopleProblem = problem; });
  }

  connectedCallback() {
    super.connectedCallback();
    this.reload();
    this.tick = setInterval(() => this.requestUpdate(), 60000);
  }

  disconnectedCallback() {
    clearInterval(this.tick);
    super.disconnectedCallback();
  }

  /** The service's filter: assigned to the caller, still being worked on unless finished ones are asked for. */
  query() {
    return { assignee: 'me', status: this.finished ? undefined : ACTIVE };
  }

  reload() {
    const run = ++this.run;
    this.incidents = null;
    this.cursor = undefined;
    this.tasks = new Map();
    this.problem = null;
    this.taskProblem = null;
    this.total = null;
    this.countProblem = null;
    this.people.resolve([claims().sub]);
    get('/incidents/count', this.query()).then((answer) => {
      if (run === this.run) this.total = answer.count;
    }).catch((problem) => {
      if (run === this.run) this.countProblem = problem;
    });
    this.more();
  }

  /** The next page of the caller's incidents. */
  async more() {
    const run = this.run;
    this.busy = true;
    this.problem = null;
    try {
      const page = await get('/incidents', { ...this.query(), sort: '-updatedAt', limit: PAGE,
        cursor: this.cursor || undefined });
      if (run !== this.run) return;
      this.incidents = [...(this.incidents || []), ...page.items];
      this.cursor = page.nextCursor;
      this.loadTasks(page.items, run);
    } catch (problem) {
      if (run !== this.run) return;
      this.problem = problem;
      this.incidents ??= [];
    } finally {
      if (run === this.run) this.busy = false;
    }
  }

  /** The open tasks assigned to the caller on each of these incidents. */
  async loadTasks(incidents, run) {
    const me = claims().sub;
    const answers = await Promise.allSettled(incidents.map((incident) =>
      get(`/incidents/${incident.id}/tasks`, { status: 'OPEN', limit: 500 })
        .then((page) => [incident, page.items.filter((task) => task.assignee === me)])));
    if (run !== this.run) return;
    const tasks = new Map(this.tasks);
    for (const answer of answers) {
      if (answer.status === 'fulfilled') {
        const [incident, mine] = answer.value;
        if (mine.length) tasks.set(incident.id, { incident, tasks: mine });
      } else {
        this.taskProblem = answer.reason;
      }
    }
    this.tasks = tasks;
  }

  render() {
    const me = claims().sub;
    return html`
      <h1>${t('nav.myWork')}</h1>
      <p class="work-person">${t('myWork.person', { name: me ? this.people.name(me) : '' })}</p>
      ${problemBox(this.peopleProblem)}
      <p class="muted">${t('myWork.intro')}</p>
      <label class="check"><input type="checkbox" .checked=${this.finished}
        @change=${(event) => { this.finished = event.target.checked; this.reload(); }}>${t('myWork.showFinished')}</label>
      ${this.renderIncidents()}
      ${this.renderTasks()}`;
  }

  renderIncidents() {
    const items = this.incidents;
    const now = Date.now();
    return html`<section aria-labelledby="work-incidents">
      <h2 id="work-incidents">${t('myWork.incidents')}</h2>
      ${problemBox(this.problem)}
      ${problemBox(this.countProblem)}
      ${items === null ? loading() : html`
        <p role="status" class="muted">${this.incidentStatus(items)}</p>
        ${items.length ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="work-incidents">
          <table class="work-table">
            <thead><tr>
              <th scope="col">${t('board.col.reference')}</th>
              <th scope="col">${t('board.col.title')}</th>
              <th scope="col">${t('board.col.unit')}</th>
              <th scope="col">${t('board.col.status')}</th>
              <th scope="col">${t('board.col.severity')}</th>
              <th scope="col">${t('board.col.due')}</th>
            </tr></thead>
            <tbody>${items.map((incident) => {
              const due = nextDeadline(incident);
              const late = due && new Date(due.dueAt).getTime() < now;
              return html`<tr>
                <th scope="row"><a href="#/su-co/${incident.id}">${incident.reference}</a></th>
                <td>${incident.title}</td>
                <td>${incident.unitCode}</td>
                <td>${statusBadge(incident.status)}</td>
                <td>${severityBadge(incident.severity)}</td>
                <td>${due ? html`<span class=${late ? 'overdue' : ''}>${countdown(due.dueAt, now)}</span>
                  <br><span class="small muted">${regimeText(due.title) || due.kind} · ${dateTime(due.dueAt)}</span>`
                  : html`<span class="muted">${t('board.noDue')}</span>`}</td>
              </tr>`;
            })}</tbody>
          </table></div>` : nothing}
        ${this.cursor ? html`<button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.more()}>
          ${this.busy ? t('common.loading') : t('common.more')}</button>` : nothing}`}
    </section>`;
  }

  /** "3 incidents" when all are shown; "20 of 45" while there are more; the service's count when it has answered. */
  incidentStatus(items) {
    if (!items.length) return this.busy ? t('common.loading') : t('myWork.noIncidents');
    if (!this.cursor) return t('myWork.incidentCount', { n: number(items.length) });
    return this.total === null ? t('board.shownMore', { n: number(items.length) })
      : t('myWork.shownOf', { n: number(items.length), total: number(this.total) });
  }

  renderTasks() {
    const groups = [...this.tasks.values()];
    return html`<section aria-labelledby="work-tasks">
      <h2 id="work-tasks">${t('myWork.tasks')}</h2>
      <p class="hint">${t('myWork.tasksHint')}</p>
      ${problemBox(this.taskProblem)}
      ${groups.length ? groups.map(({ incident, tasks }) => html`<div class="card">
        <h3><a href="#/su-co/${incident.id}">${incident.reference}</a> · ${incident.title}</h3>
        <ul class="work-list stack">${tasks.map((task) => html`<li>
          <strong>${task.position}. ${task.title}</strong>
          ${task.description ? html`<br><span class="small">${task.description}</span>` : nothing}
        </li>`)}</ul>
      </div>`) : html`<p class="muted">${this.incidents === null || this.busy ? t('common.loading') : t('myWork.noTasks')}</p>`}
    </section>`;
  }
}

customElements.define('uc-my-work', MyWork);
