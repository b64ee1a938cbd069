// The actions the service allows the caller now (GET /incidents/{id}/transitions) and what each needs, posted with
// the incident's ETag; and, for coordinators, handing the incident to a responder picked by name. A 412 tells the
// page that someone else changed the incident meanwhile.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t } from '../core/i18n.js';
import { call } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { fieldError, problemBox } from '../core/widgets.js';
import { isFinished, signalChanged, signalStale } from './common.js';
import { personLabel } from '../core/people.js';

/** The fields each action asks for, beyond what `requires` names; optional ones are marked so. */
const FIELDS = {
  ESCALATE: [{ name: 'reason', required: true }, { name: 'measuresTaken' }, { name: 'supportRequested' }],
  REJECT: [{ name: 'reason', required: true }, { name: 'duplicateOf', input: true }],
  REOPEN: [{ name: 'reason', required: true }],
  RESOLVE: [{ name: 'resolution', required: true }],
  CLOSE: [{ name: 'endReport.summary', required: true }, { name: 'endReport.rootCause', required: true },
    { name: 'endReport.lessonsLearned', required: true }, { name: 'openTasksReason' }],
};

class IncidentActions extends View {
  static properties = {
    incident: { attribute: false },
    etag: { attribute: false },
    transitions: { attribute: false },
    directory: { attribute: false },
    open: { state: true },
    busy: { state: true },
    problem: { state: true },
    done: { state: true },
    assignProblem: { state: true },
  };

  render() {
    const transitions = this.transitions || [];
    const assign = hasRole('coordinator') && !isFinished(this.incident);
    // what was just done stays said even when it leaves the caller nothing more to do (a responder's RESOLVE)
    if (!transitions.length && !assign && !this.done && !this.problem) return nothing;
    return html`<section class="incident-actions no-print" aria-labelledby="incident-actions-h">
      <h2 id="incident-actions-h">${t('incident.actions.title')}</h2>
      ${transitions.length ? html`<div class="row">${transitions.map((option) => this.button(option))}</div>` : nothing}
      ${transitions.some((option) => option.requires.includes('assessment')) ? html`<p class="hint" id="needs-assessment">
        ${t('incident.actions.needsAssessment')}
        ${hasRole('coordinator') ? html`<a href="#/su-co/${this.incident.id}/danh-gia">${t('incident.assess.link')}</a>` : nothing}</p>` : nothing}
      ${this.open ? this.form(this.open) : nothing}
      ${this.done ? html`<p class="notice" role="status">${this.done}</p>` : nothing}
      ${this.problem && this.problem.status !== 412 ? problemBox(this.problem, this.labels()) : nothing}
      ${assign ? this.assignForm() : nothing}
    </section>`;
  }

  button(option) {
    const blocked = option.requires.includes('assessment');
    return html`<button type="button" class=${option.action === 'REJECT' ? 'danger' : ''} ?disabled=${blocked || this.busy}
      aria-describedby=${blocked ? 'needs-assessment' : nothing} aria-expanded=${FIELDS[option.action] ? String(this.open === option.action) : nothing}
      @click=${() => this.choose(option)}>${t(`incident.action.${option.action}`)}</button>`;
  }

  choose(option) {
    this.problem = null;
    this.done = null;
    if (FIELDS[option.action]) {
      this.open = this.open === option.action ? null : option.action;
      this.updateComplete.then(() => this.querySelector('.action-form textarea, .action-form input')?.focus());
    } else {
      this.post({ action: option.action });
    }
  }

  labels() {
    const labels = {};
    for (const fields of Object.values(FIELDS)) {
      for (const field of fields) labels[field.name] = t(`incident.actionField.${field.name}`);
    }
    return labels;
  }

  form(action) {
    const errors = this.problem?.fieldErrors?.() || {};
    return html`<form class="card stack action-form" novalidate @submit=${(event) => this.submit(event, action)}>
      <h3>${t(`incident.action.${action}`)}</h3>
      ${FIELDS[action].map((field) => {
        const id = `action-${field.name.replace('.', '-')}`;
        const messages = errors[field.name];
        const label = html`<label for=${id}>${t(`incident.actionField.${field.name}`)}${field.required ? '' : html` <span class="muted">(${t('incident.optional')})</span>`}</label>`;
        return html`<div>${label}
          ${field.input
            ? html`<input id=${id} name=${field.name} aria-invalid=${messages ? 'true' : 'false'} aria-describedby=${messages ? `${id}-error` : nothing}>`
            : html`<textarea id=${id} name=${field.name} rows="3" ?required=${field.required}
                aria-invalid=${messages ? 'true' : 'false'} aria-describedby=${messages ? `${id}-error` : nothing}></textarea>`}
          ${fieldError(id, messages)}</div>`;
      })}
      <div class="row">
        <button type="submit" ?disabled=${this.busy}>${t('incident.actions.confirm')}</button>
        <button type="button" class="secondary" @click=${() => { this.open = null; this.problem = null; }}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }

  submit(event, action) {
    event.preventDefault();
    const body = { action };
    for (const [name, value] of new FormData(event.target).entries()) {
      const text = String(value).trim();
      if (!text) continue;
      if (name.startsWith('endReport.')) (body.endReport ??= {})[name.slice('endReport.'.length)] = text;
      else body[name] = text;
    }
    this.post(body);
  }

  async post(body) {
    this.busy = true;
    this.problem = null;
    try {
      await call(`/incidents/${this.incident.id}/transitions`, { method: 'POST', body, ifMatch: this.etag });
      this.open = null;
      this.done = t('incident.actions.done', { action: t(`incident.action.${body.action}`) });
      signalChanged(this);
    } catch (problem) {
      this.problem = problem;
      if (problem.status === 412) signalStale(this);
    } finally {
      this.busy = false;
    }
  }

  assignForm() {
    const directory = this.directory;
    const current = this.incident.assignee || '';
    const picker = directory?.available && directory.responders.length;
    return html`<form class="card stack assign-form" @submit=${(event) => this.assign(event)}>
      <h3>${t('incident.assign.title')}</h3>
      ${picker ? html`<div>
          <label for="assignee">${t('incident.assign.pick')}</label>
          <select id="assignee" name="assignee">
            <option value="">${t('incident.assign.nobody')}</option>
            ${directory.responders.map((person) => html`<option value=${person.id} ?selected=${person.id === current}>${personLabel(person)}</option>`)}
            ${current && !directory.byId.has(current) ? html`<option value=${current} selected>${current}</option>` : nothing}
          </select>
        </div>`
        : html`<div>
          <label for="assignee">${t('incident.assign.idLabel')}</label>
          <p class="hint" id="assignee-hint">${directory?.available ? t('incident.assign.nobodyKnown') : t('incident.assign.noDirectory')}</p>
          <input id="assignee" name="assignee" .value=${current} autocomplete="off" aria-describedby="assignee-hint">
        </div>`}
      <button type="submit" ?disabled=${this.busy}>${t('incident.assign.submit')}</button>
      ${this.assignProblem && this.assignProblem.status !== 412 ? problemBox(this.assignProblem, { assignee: t('incident.field.assignee') }) : nothing}
    </form>`;
  }

  async assign(event) {
    event.preventDefault();
    const value = String(new FormData(event.target).get('assignee') || '').trim();
    this.busy = true;
    this.assignProblem = null;
    this.done = null;
    try {
      await call(`/incidents/${this.incident.id}`, { method: 'PATCH', body: { assignee: value || null }, ifMatch: this.etag });
      this.done = value ? t('incident.assign.done') : t('incident.assign.cleared');
      signalChanged(this);
    } catch (problem) {
      this.assignProblem = problem;
      if (problem.status === 412) signalStale(this);
    } finally {
      this.busy = false;
    }
  }
}

/** A responder as the picker names them: name, unit, email (people may share a name). */
customElements.define('uc-incident-actions', IncidentActions);
