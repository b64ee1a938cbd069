// Small pieces every screen shows the same way.
import { html, nothing } from 'lit';
import { t, term } from './i18n.js';
import { fieldText, problemText } from './problems.js';

/** A failed call, in words: what happened, the fields to fix, and the request id for support. */
export function problemBox(problem, labels = {}) {
  if (!problem) return nothing;
  return html`<div class="problem" role="alert">
    <p><strong>${problemText(problem)}</strong></p>
    ${problem.errors?.length ? html`<ul>${problem.errors.map((error) => html`<li>${fieldText(error, labels)}</li>`)}</ul>` : nothing}
    ${problem.requestId ? html`<p class="muted small">${t('problem.requestId', { id: problem.requestId })}</p>` : nothing}
  </div>`;
}

export function statusBadge(status) {
  return html`<span class="badge status-${String(status).toLowerCase()}">${term('status', status)}</span>`;
}

export function severityBadge(severity) {
  return severity ? html`<span class="badge severity-${String(severity).toLowerCase()}">${term('severity', severity)}</span>`
    : html`<span class="muted">${t('severity.none')}</span>`;
}

export function loading() {
  return html`<p class="muted" role="status">${t('common.loading')}</p>`;
}

/** The field errors for one control, tied to it by aria-describedby="<id>-error". */
export function fieldError(id, messages) {
  return messages?.length ? html`<p class="field-error" id="${id}-error">${messages.join(' ')}</p>` : nothing;
}
