// Dates, times and numbers as people here read them: the district's time zone, Vietnamese formats.
import { locale, t } from './i18n.js';

export const ZONE = 'Asia/Ho_Chi_Minh';

export function dateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short', timeZone: ZONE }).format(new Date(iso));
}

export function date(iso) {
  if (!iso) return '';
  const value = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: ZONE }).format(value);
}

export function number(value) {
  return new Intl.NumberFormat(locale()).format(value ?? 0);
}

/** "còn 3 giờ" / "quá hạn 20 phút" against now: the live countdown of an obligation. */
export function countdown(iso, now = Date.now()) {
  const ms = new Date(iso).getTime() - now;
  const text = span(Math.abs(ms));
  return ms >= 0 ? t('clock.left', { time: text }) : t('clock.over', { time: text });
}

/** A duration in its two largest units: "2 ngày 3 giờ", "45 phút". */
export function span(ms) {
  const minutes = Math.floor(ms / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [];
  if (days) parts.push(t('unit.days', { n: days }));
  if (hours) parts.push(t('unit.hours', { n: hours }));
  if (!days && (mins || !hours)) parts.push(t('unit.minutes', { n: mins }));
  return parts.slice(0, 2).join(' ');
}

/** The value of a datetime-local control for an instant, in the district's time zone. */
export function localInput(iso = new Date().toISOString()) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso))
    .map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A datetime-local value (district time, UTC+7 all year) as an offset timestamp for the API. */
export function fromLocalInput(value) {
  return value ? `${value}:00+07:00` : null;
}
