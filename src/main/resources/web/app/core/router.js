// Hash routes (#/su-co/SC-2026-000123): deep links work without any server fallback, and the query part of the
// hash (#/dieu-phoi?status=NEW) keeps a screen's filters shareable.
export function currentRoute() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  return { path: path || '/', query: new URLSearchParams(query) };
}

export function navigate(path, query) {
  const search = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '' && v != null)).toString() : '';
  location.hash = `#${path}${search ? `?${search}` : ''}`;
}

/** Replaces the query of the current route without a new history entry (filters typed in a form). */
export function replaceQuery(query) {
  const { path } = currentRoute();
  const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '' && v != null)).toString();
  history.replaceState(null, '', `#${path}${search ? `?${search}` : ''}`);
}

/** Matches '/su-co/:id' against '/su-co/SC-2026-000001' → {id: 'SC-2026-000001'}, or null. */
export function match(pattern, path) {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return null;
  const params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(have[i]);
    else if (want[i] !== have[i]) return null;
  }
  return params;
}
