// Tab "Công việc": the playbook's steps as a checklist. Ticking a step marks it DONE, unticking opens it again,
// skipping one asks why (the service requires a note for SKIPPED). Each change carries the task's own ETag.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t, term } from '../core/i18n.js';
import { call, get, pageOnto } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { dateTime } from '../core/format.js';
import { fieldError, loading, problemBox } from '../core/widgets.js';
import { etagOf, isFinished, peopleDirectory, personName, signalStale } from './common.js';

class IncidentTasks extends View {
  static properties = {
    incident: { attribute: false },
    revision: { attribute: false },
    tasks: { state: true },
    next: { state: true },
    problem: { state: true },
    skipping: { state: true },
    skipError: { state: true },
    busy: { state: true },
    saved: { state: true },
    directory: { state: true },
  };

  updated(changed) {
    if (changed.has('revision')) this.load();
  }

  async load(cursor) {
    this.problem = null;
    try {
      const [shown, directory] = await Promise.all([
        pageOnto(this.tasks, cursor, `/incidents/${this.incident.id}/tasks`), peopleDirectory()]);
      ({ items: this.tasks, next: this.next } = shown);
      this.directory = directory;
    } catch (problem) {
      this.problem = problem;
      if (!cursor) this.tasks = [];
    }
  }


  /** Who may tick steps: the service decides; these roles may try (auditors and administrators only read). */
  get canWork() {
    return hasRole('coordinator', 'responder', 'reporter', 'provincial') && !isFinished(this.incident);
  }

  render() {
    if (!this.tasks) return html`<h2>${t('incident.tab.tasks')}</h2>${loading()}`;
    const skipErrors = { ...(this.problem?.fieldErrors?.() || {}) };
    if (this.skipError) skipErrors.note = this.skipError;
    return html`<h2>${t('incident.tab.tasks')}</h2>
      ${this.tasks.length ? nothing : html`<p class="muted">${t('incident.tasks.none')}</p>`}
      <ul class="tasks plain">${this.tasks.map((task) => html`<li class="card task task-${task.status.toLowerCase()}">
        ${this.canWork && task.status !== 'SKIPPED'
          ? html`<label class="check"><input type="checkbox" id="task-${task.id}" .checked=${task.status === 'DONE'} ?disabled=${this.busy}
              @change=${(event) => this.change(task, { status: event.target.checked ? 'DONE' : 'OPEN' })}>${task.title}</label>`
          : html`<p class="task-title"><strong>${task.title}</strong></p>`}
        ${task.description ? html`<p class="small prewrap">${task.description}</p>` : nothing}
        <p class="small"><span class="badge">${term('incident.taskStatus', task.status)}</span>
          ${task.assignee ? html` ${t('incident.tasks.assignee', { name: personName(this.directory, task.assignee) })}` : nothing}
          ${task.completedAt && task.status !== 'OPEN' ? html` · ${dateTime(task.completedAt)}` : nothing}</p>
        ${task.note ? html`<p class="small">${t('incident.tasks.note')}: ${task.note}</p>` : nothing}
        ${this.canWork ? html`<div class="row">
          ${task.status === 'OPEN' && this.skipping !== task.id ? html`<button type="button" class="secondary"
            aria-label=${t('incident.tasks.skipNamed', { title: task.title })} @click=${() => { this.skipping = task.id; this.problem = null; }}>${t('incident.tasks.skip')}</button>` : nothing}
          ${task.status === 'SKIPPED' ? html`<button type="button" class="secondary" ?disabled=${this.busy}
            aria-label=${t('incident.tasks.reopenNamed', { title: task.title })} @click=${() => this.change(task, { status: 'OPEN' })}>${t('incident.tasks.reopen')}</button>` : nothing}
        </div>` : nothing}
        ${this.skipping === task.id ? html`<form class="stack" novalidate @submit=${(event) => this.skip(event, task)}>
          <div><label for="skip-note-${task.id}">${t('incident.tasks.skipNote')}</label>
          <textarea id="skip-note-${task.id}" name="note" rows="2" required aria-invalid=${skipErrors.note ? 'true' : 'false'}
            aria-describedby=${skipErrors.note ? `skip-note-${task.id}-error` : nothing}></textarea>
          ${fieldError(`skip-note-${task.id}`, skipErrors.note)}</div>
          <div class="row"><button type="submit" ?disabled=${this.busy}>${t('incident.tasks.skipConfirm')}</button>
          <button type="button" class="secondary" @click=${() => { this.skipping = null; }}>${t('common.cancel')}</button></div>
        </form>` : nothing}
      </li>`)}</ul>
      ${this.next ? html`<button type="button" class="secondary" @click=${() => this.load(this.next)}>${t('common.more')}</button>` : nothing}
      ${this.saved ? html`<p class="notice" role="status">${this.saved}</p>` : nothing}
      ${problemBox(this.problem?.status === 412 ? null : this.problem, { note: t('incident.tasks.skipNote') })}`;
  }

  skip(event, task) {
    event.preventDefault();
    const note = String(new FormData(event.target).get('note') || '').trim();
    if (!note) {
      this.skipError = [t('incident.tasks.skipNoteNeeded')];
      return;
    }
    this.skipError = null;
    this.change(task, { status: 'SKIPPED', note });
  }

  async change(task, patch) {
    this.busy = true;
    this.problem = null;
    this.saved = null;
    try {
      const { data } = await call(`/incidents/${this.incident.id}/tasks/${task.id}`,
        { method: 'PATCH', body: patch, ifMatch: etagOf(task.version) });
      this.tasks = this.tasks.map((one) => (one.id === data.id ? data : one));
      this.skipping = null;
      this.saved = t('incident.tasks.saved', { title: data.title, status: term('incident.taskStatus', data.status) });
    } catch (problem) {
      if (problem.status === 412) {
        signalStale(this);
        await this.load();
      }
      this.problem = problem;
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('uc-incident-tasks', IncidentTasks);
