// A problem from the API, said in the app's language: the words come from its stable `type`
// (urn:ungcuu:problem:…), never from the English `detail`, which is shown only as a technical detail.
import { t } from './i18n.js';

export function problemText(problem) {
  const kind = String(problem?.type || 'unknown').replace('urn:ungcuu:problem:', '');
  const known = t(`problem.${kind}`);
  return known === `problem.${kind}` ? t('problem.unknown') : known;
}

/** The message for one field error: a field this app labels gets its label, otherwise the API's field path. */
export function fieldText(error, labels = {}) {
  return t('problem.field', { field: labels[error.field] || error.field });
}
