// Messages: Vietnamese first, English second. Each module registers its own catalogs (lazy screens bring
// theirs with them); t() falls back to Vietnamese, then to the key, so a missing word is visible, not blank.
import vi from '../i18n/vi.json';
import en from '../i18n/en.json';

const catalogs = { vi: { ...vi }, en: { ...en } };
const LANG_KEY = 'ungcuu.lang';
export const LANGS = ['vi', 'en'];

let current = LANGS.includes(localStorage.getItem(LANG_KEY)) ? localStorage.getItem(LANG_KEY) : 'vi';
document.documentElement.lang = current;

export function addMessages(vi, en) {
  Object.assign(catalogs.vi, vi);
  Object.assign(catalogs.en, en);
}

export function lang() {
  return current;
}

/** The locale for Intl formatting of the current language. */
export function locale() {
  return current === 'vi' ? 'vi-VN' : 'en-GB';
}

export function setLang(next) {
  if (!LANGS.includes(next) || next === current) return;
  current = next;
  localStorage.setItem(LANG_KEY, next);
  document.documentElement.lang = next;
  window.dispatchEvent(new CustomEvent('uc-lang'));
}

/** t('nav.report') or t('clock.left', {time: '2 giờ'}): {name} placeholders are replaced as text. */
export function t(key, params) {
  const text = catalogs[current][key] ?? catalogs.vi[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole)) : text;
}

/** The word for an enumeration value (status, category…); a value this app does not know is shown as it is. */
export function term(group, value) {
  if (value === null || value === undefined || value === '') return '';
  const key = `${group}.${value}`;
  const text = catalogs[current][key] ?? catalogs.vi[key];
  return text ?? String(value);
}
