// Tab "Chuyển tỉnh": the escalation to the provincial response team, when there is one. The incident's history
// names it (ESCALATE: escalation.id) and carries every step of the team (acknowledged, updates, returned,
// completed); those who may read escalations also see its status and the initial report it carried.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t, term } from '../core/i18n.js';
import { get, getAll } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { dateTime } from '../core/format.js';
import { loading, problemBox } from '../core/widgets.js';
import { peopleDirectory, personName, valueText } from './common.js';
import { actionText, fieldText } from './tab-history.js';

class IncidentEscalation extends View {
  static properties = {
    incident: { attribute: false },
    revision: { attribute: false },
    steps: { state: true },
    escalations: { state: true },
    problem: { state: true },
    directory: { state: true },
  };

  updated(changed) {
    if (changed.has('revision')) this.load();
  }

  async load() {
    this.problem = null;
    try {
      const [history, directory] = await Promise.all([getAll(`/incidents/${this.incident.id}/history`), peopleDirectory()]);
      const steps = history.filter((entry) => entry.changes.some((change) => change.field.startsWith('escalation.')));
      const ids = [...new Set(steps.flatMap((entry) => entry.changes)
        .filter((change) => change.field === 'escalation.id' && change.to).map((change) => String(change.to)))];
      const escalations = hasRole('coordinator', 'provincial', 'auditor', 'admin')
        ? await Promise.all(ids.map((id) => get(`/escalations/${id}`)))
        : [];
      this.directory = directory;
      this.escalations = escalations;
      this.steps = steps;
    } catch (problem) {
      this.problem = problem;
      this.steps ??= [];
      this.escalations ??= [];
    }
  }

  render() {
    if (!this.steps || !this.escalations) return html`<h2>${t('incident.tab.escalation')}</h2>${loading()}`;
    return html`<h2>${t('incident.tab.escalation')}</h2>
      ${this.steps.length ? nothing : html`<p class="muted">${t('incident.escalation.none')}</p>`}
      ${this.escalations.map((escalation) => html`<div class="card escalation">
        <dl class="facts">
          <dt>${t('incident.escalation.status')}</dt><dd><span class="badge">${term('incident.escalationStatus', escalation.status)}</span></dd>
          <dt>${t('incident.escalation.reason')}</dt><dd class="prewrap">${escalation.reason}</dd>
          <dt>${t('incident.escalation.createdAt')}</dt><dd>${dateTime(escalation.createdAt)}</dd>
          ${escalation.acknowledgedAt ? html`<dt>${t('incident.escalation.acknowledgedAt')}</dt><dd>${dateTime(escalation.acknowledgedAt)}</dd>` : nothing}
          ${escalation.completedAt ? html`<dt>${t('incident.escalation.completedAt')}</dt><dd>${dateTime(escalation.completedAt)}</dd>` : nothing}
          ${escalation.returnedAt ? html`<dt>${t('incident.escalation.returnedAt')}</dt><dd>${dateTime(escalation.returnedAt)}</dd>
            <dt>${t('incident.escalation.returnReason')}</dt><dd class="prewrap">${escalation.returnReason}</dd>` : nothing}
          ${escalation.initialReport?.measuresTaken ? html`<dt>${t('incident.actionField.measuresTaken')}</dt><dd class="prewrap">${escalation.initialReport.measuresTaken}</dd>` : nothing}
          ${escalation.initialReport?.supportRequested ? html`<dt>${t('incident.actionField.supportRequested')}</dt><dd class="prewrap">${escalation.initialReport.supportRequested}</dd>` : nothing}
        </dl>
      </div>`)}
      ${this.steps.length ? html`<h3>${t('incident.escalation.steps')}</h3>
        <ol class="plain escalation-steps">${this.steps.map((entry) => html`<li class="card">
          <p><strong>${actionText(entry.action)}</strong> · <span class="small">${dateTime(entry.at)} · ${personName(this.directory, entry.actor)}</span></p>
          <ul class="plain small">${entry.changes.filter((change) => change.field.startsWith('escalation.') && change.field !== 'escalation.id')
            .map((change) => html`<li>${fieldText(change.field)}: ${change.field === 'escalation.status'
              ? term('incident.escalationStatus', change.to) : valueText(change.to)}</li>`)}</ul>
        </li>`)}</ol>` : nothing}
      ${problemBox(this.problem)}`;
  }
}

customElements.define('uc-incident-escalation', IncidentEscalation);
