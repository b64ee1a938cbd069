// What the board and "my work" read off an incident: its next open obligation to show. Pure functions over the
// API's Incident; which incidents are due or breached is the service's filter (obligationDueFrom/obligationDueTo).
import { lang } from '../core/i18n.js';

/** Statuses of incidents still being worked on (their obligations may still be open, RESOLVED included). */
export const ACTIVE = ['NEW', 'TRIAGED', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED'];
export const STATUSES = ['NEW', 'TRIAGED', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED', 'CLOSED', 'REJECTED'];
export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'UNASSESSED'];
export const CATEGORIES = ['DOS', 'PHISHING', 'MALWARE', 'UNAUTHORIZED_ACCESS', 'DEFACEMENT', 'RANSOMWARE',
  'DESTRUCTION', 'DATA_THEFT', 'COMBINED', 'OTHER'];
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The open obligations of an incident, soonest first. */
export function openDeadlines(incident) {
  return (incident.deadlines || []).filter((deadline) => deadline.status === 'OPEN')
    .sort((a, b) => new Date(a.dueAt) - new Date(b.dueAt));
}

/** The open obligation due first, or null. */
export function nextDeadline(incident) {
  return openDeadlines(incident)[0] || null;
}

/** A regime's text in the app's language (Vietnamese when there is no English). */
export function regimeText(text) {
  if (!text) return '';
  return (lang() === 'en' && text.en) || text.vi || '';
}
