// The incident's obligations (deadlines[]): what is owed to whom by when, a countdown the page moves every
// 30 seconds, the status in words, the legal basis, and why one was waived.
import { html, nothing } from 'lit';
import { t, term } from '../core/i18n.js';
import { countdown, dateTime } from '../core/format.js';
import { authorityName, regimeText } from './common.js';

export function obligationList(deadlines, now, authorities) {
  if (!deadlines?.length) return html`<p class="muted">${t('incident.obligations.none')}</p>`;
  return html`<ul class="obligations">${deadlines.map((deadline) => obligation(deadline, now, authorities))}</ul>`;
}

function obligation(deadline, now, authorities) {
  const open = deadline.status === 'OPEN';
  const overdue = open && new Date(deadline.dueAt).getTime() < now;
  const basis = deadline.legalBasis;
  return html`<li class="card obligation obligation-${deadline.status.toLowerCase()}" data-kind=${deadline.kind}>
    <h3>${regimeText(deadline.title) || deadline.kind}</h3>
    <dl class="facts">
      <dt>${t('incident.obligations.recipient')}</dt><dd>${authorityName(authorities, deadline.recipient)}</dd>
      <dt>${t('incident.obligations.due')}</dt>
      <dd>${dateTime(deadline.dueAt)}
        ${open ? html` — <span class=${overdue ? 'countdown overdue' : 'countdown'}>${countdown(deadline.dueAt, now)}</span>` : nothing}</dd>
      <dt>${t('incident.obligations.status')}</dt>
      <dd><span class="badge obligation-status">${term('incident.obligationStatus', deadline.status)}</span>
        ${deadline.status === 'MET' && deadline.metAt ? html` ${t('incident.obligations.metAt', { at: dateTime(deadline.metAt) })}` : nothing}
        ${deadline.breached ? html` <span class="overdue">${t('incident.obligations.breached')}</span>` : nothing}</dd>
      ${deadline.waivedReason ? html`<dt>${t('incident.obligations.waivedReason')}</dt><dd>${deadline.waivedReason}</dd>` : nothing}
      <dt>${t('incident.obligations.basis')}</dt>
      <dd class="small">${basis.document}, ${basis.article}${basis.subject ? html` — ${basis.subject}` : nothing}</dd>
    </dl>
  </li>`;
}
