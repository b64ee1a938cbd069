// Tab "Tổng quan": what happened, the systems it hit, personal data, the state-secret rule, and how it ended.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t, term } from '../core/i18n.js';
import { get } from '../core/api.js';
import { dateTime, date, number } from '../core/format.js';

class IncidentOverview extends View {
  static properties = {
    incident: { attribute: false },
    revision: { attribute: false },
    systems: { state: true },
  };

  updated(changed) {
    if (changed.has('revision')) this.loadSystems();
  }

  /** The affected systems by name (a system that cannot be read is shown by its id). */
  async loadSystems() {
    const ids = this.incident?.affectedSystemIds || [];
    this.systems = await Promise.all(ids.map((id) => get(`/systems/${id}`).catch(() => ({ id, name: id }))));
  }

  render() {
    const incident = this.incident;
    if (!incident) return nothing;
    const data = incident.personalData;
    return html`<h2>${t('incident.tab.overview')}</h2>
      ${incident.stateSecret ? html`<p class="notice state-secret">${t('incident.overview.stateSecret')}</p>` : nothing}
      <h3>${t('incident.overview.description')}</h3>
      <p class="prewrap">${incident.description}</p>
      <dl class="facts">
        <dt>${t('incident.overview.category')}</dt><dd>${term('category', incident.category)}</dd>
        <dt>${t('incident.overview.beyondCapacity')}</dt><dd>${incident.beyondCapacity ? t('common.yes') : t('common.no')}</dd>
        <dt>${t('incident.overview.systems')}</dt>
        <dd>${incident.affectedSystemIds.length ? html`<ul class="plain">${(this.systems || []).map((system) => html`<li>${system.name}${system.securityLevel
          ? html` <span class="muted">(${t('incident.overview.level', { n: system.securityLevel })})</span>` : nothing}</li>`)}</ul>`
          : html`<span class="muted">${t('common.none')}</span>`}</dd>
        <dt>${t('incident.overview.personalData')}</dt>
        <dd>${data?.affected ? html`${t('incident.overview.pdAffected')}
          ${data.categories?.length ? html`<br>${t('incident.overview.pdCategories')}: ${data.categories.map((c) => term('incident.pd', c)).join(', ')}` : nothing}
          ${data.subjects != null ? html`<br>${t('incident.overview.pdSubjects', { n: number(data.subjects) })}` : nothing}
          ${data.dataTypes?.length ? html`<br>${t('incident.overview.pdTypes')}: ${data.dataTypes.join(', ')}` : nothing}
          ${data.mayHarmSubjects ? html`<br>${t('incident.overview.pdHarm')}` : nothing}`
          : html`<span class="muted">${t('incident.overview.pdNone')}</span>`}</dd>
        ${incident.retainUntil ? html`<dt>${t('incident.overview.retainUntil')}</dt><dd>${date(incident.retainUntil)}</dd>` : nothing}
        ${incident.triagedAt ? html`<dt>${t('incident.overview.triagedAt')}</dt><dd>${dateTime(incident.triagedAt)}</dd>` : nothing}
        ${incident.resolvedAt ? html`<dt>${t('incident.overview.resolvedAt')}</dt><dd>${dateTime(incident.resolvedAt)}</dd>` : nothing}
        ${incident.closedAt ? html`<dt>${t('incident.overview.closedAt')}</dt><dd>${dateTime(incident.closedAt)}</dd>` : nothing}
        ${incident.resolution ? html`<dt>${t('incident.overview.resolution')}</dt><dd class="prewrap">${incident.resolution}</dd>` : nothing}
        ${incident.rejectionReason ? html`<dt>${t('incident.overview.rejectionReason')}</dt><dd>${incident.rejectionReason}</dd>` : nothing}
        ${incident.duplicateOf ? html`<dt>${t('incident.overview.duplicateOf')}</dt>
          <dd><a href="#/su-co/${incident.duplicateOf}">${t('incident.overview.openIncident')}</a></dd>` : nothing}
        ${incident.duplicates?.length ? html`<dt>${t('incident.overview.duplicates')}</dt>
          <dd>${incident.duplicates.map((id, i) => html`${i ? ', ' : ''}<a href="#/su-co/${id}">${t('incident.overview.duplicateN', { n: i + 1 })}</a>`)}</dd>` : nothing}
      </dl>
      ${incident.endReport ? html`<h3>${t('incident.overview.endReport')}</h3>
        <dl class="facts">
          <dt>${t('incident.actionField.endReport.summary')}</dt><dd class="prewrap">${incident.endReport.summary}</dd>
          <dt>${t('incident.actionField.endReport.rootCause')}</dt><dd class="prewrap">${incident.endReport.rootCause}</dd>
          <dt>${t('incident.actionField.endReport.lessonsLearned')}</dt><dd class="prewrap">${incident.endReport.lessonsLearned}</dd>
        </dl>` : nothing}`;
  }
}

customElements.define('uc-incident-overview', IncidentOverview);
