// Tab "Lịch sử": every change to the incident, oldest first: who, when, what, and each field from → to.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t, term } from '../core/i18n.js';
import { pageOnto } from '../core/api.js';
import { dateTime } from '../core/format.js';
import { loading, problemBox } from '../core/widgets.js';
import { peopleDirectory, personName, valueText } from './common.js';

/** An action's words, or the action as the service names it when this app does not know it. */
export function actionText(action) {
  const key = `incident.history.action.${action}`;
  const text = t(key);
  return text === key ? action : text;
}

/** The enum words of the fields whose values are enums (a value the app does not know is shown as is). */
const TERMS = {
  status: 'status', severity: 'severity', 'assessment.computedSeverity': 'severity', category: 'category', tlp: 'tlp',
  legalClass: 'incident.legalClass', 'escalation.status': 'incident.escalationStatus',
};

/** A changed value as people read it: a person by name, an enum in words, anything else as the service sent it. */
export function changeValue(directory, field, value) {
  if (field === 'assignee' && typeof value === 'string' && value) return personName(directory, value);
  if (TERMS[field] && typeof value === 'string' && value) return term(TERMS[field], value);
  return valueText(value);
}

export function fieldText(field) {
  const key = `incident.history.field.${field}`;
  const text = t(key);
  return text === key ? field : text;
}

class IncidentHistory extends View {
  static properties = {
    incident: { attribute: false },
    revision: { attribute: false },
    entries: { state: true },
    next: { state: true },
    problem: { state: true },
    directory: { state: true },
  };

  updated(changed) {
    if (changed.has('revision')) this.load();
  }

  async load(cursor) {
    this.problem = null;
    try {
      const [shown, directory] = await Promise.all([
        pageOnto(this.entries, cursor, `/incidents/${this.incident.id}/history`), peopleDirectory()]);
      ({ items: this.entries, next: this.next } = shown);
      this.directory = directory;
    } catch (problem) {
      this.problem = problem;
      if (!cursor) this.entries = [];
    }
  }


  render() {
    if (!this.entries) return html`<h2>${t('incident.tab.history')}</h2>${loading()}`;
    return html`<h2>${t('incident.tab.history')}</h2>
      ${this.entries.length ? html`<div class="table-wrap"><table class="history">
        <caption class="sr-only">${t('incident.tab.history')}</caption>
        <thead><tr><th scope="col">${t('incident.history.when')}</th><th scope="col">${t('incident.history.who')}</th>
          <th scope="col">${t('incident.history.what')}</th><th scope="col">${t('incident.history.changes')}</th></tr></thead>
        <tbody>${this.entries.map((entry) => html`<tr>
          <td>${dateTime(entry.at)}</td>
          <td>${personName(this.directory, entry.actor)}</td>
          <th scope="row">${actionText(entry.action)}</th>
          <td>${entry.changes.length ? html`<ul class="plain changes">${entry.changes.map((change) => html`<li>
            <span class="field">${fieldText(change.field)}</span>: ${changeValue(this.directory, change.field, change.from)} → ${changeValue(this.directory, change.field, change.to)}</li>`)}</ul>` : nothing}</td>
        </tr>`)}</tbody></table></div>` : html`<p class="muted">${t('incident.history.none')}</p>`}
      ${this.next ? html`<button type="button" class="secondary" @click=${() => this.load(this.next)}>${t('common.more')}</button>` : nothing}
      ${problemBox(this.problem)}`;
  }
}

customElements.define('uc-incident-history', IncidentHistory);
