// What the incident page and the assessment form share: their words, their styles, the people directory, the
// regime's texts in the current language, and the "someone else changed it" signal.
import { addMessages, lang, t } from '../core/i18n.js';
import { get, getAll } from '../core/api.js';
export { peopleDirectory, personName } from '../core/people.js';
import { hasRole } from '../core/auth.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './incident.css';

addMessages(vi, en);

/** The roles that work on incidents (everyone but the commune's reporter). */
export const STAFF = ['coordinator', 'responder', 'provincial', 'auditor', 'admin'];

export function isStaff() {
  return hasRole(...STAFF);
}

/** A regime text ({vi, en}) in the current language, Vietnamese when there is no English. */
export function regimeText(text) {
  if (!text) return '';
  return (lang() === 'en' && text.en) || text.vi || '';
}

/** The ETag of a row whose version the API gave in a list (tasks): the same quoted version the API sends. */
export function etagOf(version) {
  return `"${version}"`;
}

/** A finished incident takes no more work (tasks, files, assignment). */
export function isFinished(incident) {
  return incident?.status === 'CLOSED' || incident?.status === 'REJECTED';
}

/** Tells the page that a write found the incident changed by someone else (412): it offers a reload. */
export function signalStale(from) {
  from.dispatchEvent(new CustomEvent('uc-stale', { bubbles: true, composed: true }));
}

/** Tells the page that something changed the incident (obligations, status…): it reads it again. */
export function signalChanged(from) {
  from.dispatchEvent(new CustomEvent('uc-changed', { bubbles: true, composed: true }));
}


let authorities = null;

/** The authorities by code (names of the recipients of obligations and reports); empty when unreadable. */
export function authorityNames() {
  if (!authorities) {
    authorities = getAll('/authorities').then((items) => new Map(items.map((a) => [a.code, a])))
      .catch(() => new Map());
  }
  return authorities;
}

export function authorityName(byCode, code) {
  if (code === 'DATA-SUBJECTS') return t('incident.recipient.dataSubjects');
  const authority = byCode?.get(code);
  if (!authority) return code;
  return (lang() === 'en' && authority.nameEn) || authority.nameVi || code;
}

/** The regime version an incident is handled under (cached: versions never change). */
const regimes = new Map();
export function regimeOf(incident) {
  const key = `${incident.regime.id}@${incident.regime.version}`;
  if (!regimes.has(key)) {
    const loading = get(`/regimes/${encodeURIComponent(incident.regime.id)}`, { version: incident.regime.version });
    loading.catch(() => regimes.delete(key));
    regimes.set(key, loading);
  }
  return regimes.get(key);
}

/** Any JSON value of a history change, as short text. */
export function valueText(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A byte count as people read it. */
export function size(bytes) {
  if (bytes < 1024) return t('incident.files.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('incident.files.kb', { n: (bytes / 1024).toFixed(1) });
  return t('incident.files.mb', { n: (bytes / 1024 / 1024).toFixed(1) });
}

/** A required field left empty, said the way the service says it, before anything is sent. */
export function missing(...fields) {
  return {
    type: 'urn:ungcuu:problem:validation',
    errors: fields.map((field) => ({ field, message: '' })),
    fieldErrors: () => Object.fromEntries(fields.map((field) => [field, [t('incident.required')]])),
  };
}
