// Việc của tôi: the incidents assigned to the person signed in (assignee = the token's sub), and the open tasks
// assigned to them on those incidents. GET /incidents has no assignee filter and there is no list of tasks across
// incidents: a responder's list is already only its own (the server restricts it), and for anyone else the pages
// are read in turn and kept when the assignee is the caller, until a page's worth is found ("Xem thêm" goes on).
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { addMessages, t } from '../core/i18n.js';
import { get } from '../core/api.js';
import { claims } from '../core/auth.js';
import { loading, problemBox, severityBadge, statusBadge } from '../core/widgets.js';
import { countdown, dateTime, number } from '../core/format.js';
import { ACTIVE, nextDeadline, regimeText } from './incidents.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './board.css';

addMessages(vi, en);

const WANTED = 20;

class MyWork extends View {
  static properties = {
    incidents: { state: true }, cursor: { state: true }, busy: { state: true }, problem: { state: true },
    tasks: { state: true }, taskProblem: { state: true }, finished: { state: true },
  };

  constructor() {
    super();
    this.incidents = null;
    this.tasks = new Map();
    this.finished = false;
    this.run = 0;
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

  reload() {
    this.run += 1;
    this.incidents = null;
    this.cursor = undefined;
    this.tasks = new Map();
    this.problem = null;
    this.taskProblem = null;
    this.more(true);
  }

  /** Reads pages until a page's worth of the caller's incidents is found or the list ends. */
  async more(first = false) {
    const run = this.run;
    const me = claims().sub;
    this.busy = true;
    this.problem = null;
    const found = [];
    let cursor = first ? undefined : this.cursor;
    try {
      do {
        const page = await get('/incidents', { status: this.finished ? undefined : ACTIVE, sort: '-updatedAt',
          limit: 100, cursor });
        if (run !== this.run) return;
        found.push(...page.items.filter((incident) => incident.assignee === me));
        cursor = page.nextCursor;
      } while (cursor && found.length < WANTED);
      this.incidents = [...(this.incidents || []), ...found];
      this.cursor = cursor;
      this.loadTasks(found, run);
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
    return html`
      <h1>${t('nav.myWork')}</h1>
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
      ${items === null ? loading() : html`
        <p role="status" class="muted">${items.length ? t('myWork.incidentCount', { n: number(items.length) })
          : this.busy ? t('common.loading') : t('myWork.noIncidents')}</p>
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
