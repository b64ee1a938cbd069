// The one way the app talks to the service: the public API under /api/v1, with the caller's token, problem+json
// read into an ApiProblem, and the API's own conventions (Idempotency-Key, ETag/If-Match, cursors).
import { bearer, sessionExpired } from './auth.js';

export const API = '/api/v1';

/** A failed call: the RFC 9457 problem the service answered, or a network failure (status 0). */
export class ApiProblem extends Error {
  constructor(status, problem = {}, requestId = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.type = problem.type || (status === 0 ? 'network' : 'unknown');
    this.detail = problem.detail || '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.requestId = problem.requestId || requestId;
  }

  /** The field errors by field name, for showing beside each control. */
  fieldErrors() {
    const byField = {};
    for (const error of this.errors) {
      (byField[error.field] ??= []).push(error.message);
    }
    return byField;
  }
}

/**
 * call('/incidents', {method: 'POST', body, idempotencyKey, ifMatch, query}) → {data, etag, status, headers}.
 * A 401 tells the session it has expired. Binary answers: {as: 'blob'}.
 */
export async function call(path, options = {}) {
  const { method = 'GET', body, query, idempotencyKey, ifMatch, as = 'json', signal, headers: extra = {} } = options;
  const headers = { Accept: as === 'json' ? 'application/json' : '*/*', ...extra };
  const token = await bearer();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  if (ifMatch) headers['If-Match'] = ifMatch;
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url(path, query), { method, headers, body: payload, signal, cache: 'no-store' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiProblem(0);
  }
  const requestId = response.headers.get('X-Request-Id');
  if (!response.ok && response.status !== 304) {
    const problem = await response.json().catch(() => ({}));
    if (response.status === 401) sessionExpired();
    throw new ApiProblem(response.status, problem, requestId);
  }
  let data = null;
  if (response.status !== 204 && response.status !== 304) {
    data = as === 'blob' ? await response.blob() : as === 'text' ? await response.text() : await response.json();
  }
  return { data, status: response.status, etag: response.headers.get('ETag'), headers: response.headers };
}

export const get = (path, query, options = {}) => call(path, { ...options, query }).then((answer) => answer.data);

/** Every page of a list, following nextCursor (for the small lists the app shows whole: units, playbooks). */
export async function getAll(path, query = {}) {
  const items = [];
  let cursor;
  do {
    const page = await get(path, { ...query, limit: 200, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** A download the browser saves under the given name (exports, documents, evidence files). */
export async function download(path, query, filename) {
  const { data } = await call(path, { query, as: 'blob' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(data);
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export function url(path, query) {
  const target = new URL(API + path, location.origin);
  for (const [name, value] of Object.entries(query || {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) target.searchParams.append(name, one);
  }
  return target.pathname + target.search;
}

/** A fresh Idempotency-Key: one per draft, reused by every retry of the same draft. */
export function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/**
 * A multipart upload with progress (fetch cannot report upload progress): onProgress(0..1).
 * Answers like call(); a network failure is an ApiProblem with status 0.
 */
export async function upload(path, form, { idempotencyKey, onProgress } = {}) {
  const token = await bearer();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', API + path);
    request.setRequestHeader('Accept', 'application/json');
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    if (idempotencyKey) request.setRequestHeader('Idempotency-Key', idempotencyKey);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    request.onerror = () => reject(new ApiProblem(0));
    request.onload = () => {
      let body = {};
      try {
        body = JSON.parse(request.responseText || '{}');
      } catch {
        body = {};
      }
      if (request.status >= 200 && request.status < 300) {
        resolve({ data: body, status: request.status });
      } else {
        if (request.status === 401) sessionExpired();
        reject(new ApiProblem(request.status, body, request.getResponseHeader('X-Request-Id')));
      }
    };
    request.send(form);
  });
}

/**
 * A keyset-paged list read one page at a time ("Xem thêm"): with a cursor, the next page appended to what is shown;
 * without, the first page in its place. Answers {items, next}.
 */
export async function pageOnto(shown, cursor, path, query = {}) {
  const page = await get(path, { ...query, cursor });
  return { items: cursor ? [...(shown || []), ...page.items] : page.items, next: page.nextCursor };
}
