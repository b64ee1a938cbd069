// The report being written, kept in this browser's localStorage under one key so that a reload, a dropped
// connection or a closed tab loses nothing. It holds the fields only: never a token, never the files (a browser
// cannot keep those). Its Idempotency-Key is made with the draft and kept with it, so every retry of the same
// draft is the same request to the service, which files it once and replays its first answer.
import { localInput } from '../core/format.js';
import { newKey } from '../core/api.js';

const STORE = 'ungcuu.reportDraft';

export function emptyDraft(unit) {
  return {
    unit: unit || null,
    key: newKey(),
    title: '',
    description: '',
    category: '',
    detectedAt: localInput(),
    systems: [],
    beyondCapacity: false,
    stateSecret: false,
    pdAffected: false,
    pdCategories: [],
    pdSubjects: '',
    pdDataTypes: '',
    pdMayHarm: false,
  };
}

/** The unit's saved draft, or a new one (a draft saved under another unit's sign-in is not shown). */
export function loadDraft(unit) {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (saved && typeof saved === 'object' && saved.key && saved.unit === (unit || null)) {
      return { ...emptyDraft(unit), ...saved };
    }
  } catch {
    // an unreadable draft is dropped
  }
  return emptyDraft(unit);
}

export function saveDraft(draft) {
  try {
    localStorage.setItem(STORE, JSON.stringify(draft));
  } catch {
    // storage full or blocked: the form still works, the draft just does not survive a reload
  }
}

export function clearDraft() {
  localStorage.removeItem(STORE);
}

/** The body of POST /incidents (NewIncident in openapi/openapi.yaml) for a draft. */
export function requestBody(draft, fromLocalInput) {
  const body = {
    title: draft.title,
    description: draft.description,
    category: draft.category || null,
    detectedAt: fromLocalInput(draft.detectedAt),
    affectedSystemIds: draft.systems,
    beyondCapacity: Boolean(draft.beyondCapacity),
    stateSecret: Boolean(draft.stateSecret),
  };
  if (draft.pdAffected) {
    const types = String(draft.pdDataTypes || '').split(/[,;\n]/).map((one) => one.trim()).filter(Boolean);
    const subjects = String(draft.pdSubjects ?? '').trim();
    body.personalData = {
      affected: true,
      categories: draft.pdCategories.length ? draft.pdCategories : null,
      subjects: subjects === '' ? null : Number.isFinite(Number(subjects)) ? Number(subjects) : subjects,
      dataTypes: types.length ? types : null,
      mayHarmSubjects: Boolean(draft.pdMayHarm),
    };
  }
  return body;
}
