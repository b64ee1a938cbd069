// Who is signed in, and the token for each call. Two modes, chosen by GET /api/v1/client-config:
// - local: the token arrives in the address fragment (#token=…, printed by `token --url`; a fragment is never sent
//   to a server), is kept in sessionStorage for this tab only and removed from the address bar at once;
// - oidc: authorization code + PKCE against the deployment's identity provider (keycloak-js, loaded only then);
//   tokens stay in memory and are refreshed before each call.
// Tokens never go to localStorage and are never logged. The server stays the authority on every right; the
// claims read here only choose what to show.
const TAB_KEY = 'ungcuu.token';
const ROUTE_KEY = 'ungcuu.route';
let mode = 'local';
let keycloak = null;
let token = null;
let expired = false;

export async function startSession() {
  const config = await fetch('/api/v1/client-config', { headers: { Accept: 'application/json' } })
    .then((answer) => (answer.ok ? answer.json() : { login: 'local' }))
    .catch(() => ({ login: 'local' }));
  mode = config.login === 'oidc' ? 'oidc' : 'local';
  if (mode === 'oidc') {
    // The redirect URI carries no fragment (OAuth forbids one) and the answer comes in the query: the screen the
    // person asked for is kept in this tab meanwhile and restored after the round trip.
    const returning = /[?&]code=/.test(location.search);
    if (!returning) sessionStorage.setItem(ROUTE_KEY, location.hash);
    const { default: Keycloak } = await import('keycloak-js');
    keycloak = new Keycloak({ oidcProvider: config.issuer, clientId: config.clientId });
    await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'query',
      redirectUri: location.origin + location.pathname });
    token = keycloak.token;
    const wanted = sessionStorage.getItem(ROUTE_KEY);
    sessionStorage.removeItem(ROUTE_KEY);
    history.replaceState(null, '', location.pathname + (wanted || '#/'));
    return;
  }
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (fragment.has('token')) {
    useToken(fragment.get('token'));
    history.replaceState(null, '', location.pathname + location.search + '#/');
  } else {
    token = sessionStorage.getItem(TAB_KEY);
  }
  expired = Boolean(token) && isPast(claims().exp);
}

export function loginMode() {
  return mode;
}

/** Local mode: a token pasted on the login screen, or read from the fragment. */
export function useToken(value) {
  token = (value || '').trim() || null;
  expired = false;
  if (token) sessionStorage.setItem(TAB_KEY, token);
}

export function signedIn() {
  return Boolean(token) && !expired;
}

export function signOut() {
  sessionStorage.removeItem(TAB_KEY);
  token = null;
  if (keycloak) keycloak.logout({ redirectUri: location.origin + location.pathname });
  window.dispatchEvent(new CustomEvent('uc-session'));
}

/** The token for the next call, refreshed first when it is about to run out (OIDC). */
export async function bearer() {
  if (keycloak) {
    try {
      // a provider that gives no refresh token (not every one does for public clients): use the access token
      // until it runs out, then sign in again
      // (keycloak-js's isTokenExpired refuses to answer without a refresh token, hence the sum here)
      if (keycloak.refreshToken) await keycloak.updateToken(30);
      else if (keycloak.tokenParsed.exp - Date.now() / 1000 + (keycloak.timeSkew || 0) < 5) throw new Error('expired');
      token = keycloak.token;
    } catch {
      sessionExpired();
    }
  }
  return token;
}

/** A 401 or a token past its time: the app shows the banner (and in OIDC mode signs in again). */
export function sessionExpired() {
  if (expired) return;
  expired = true;
  if (keycloak) {
    keycloak.login();
    return;
  }
  window.dispatchEvent(new CustomEvent('uc-session'));
}

export function isExpired() {
  return expired;
}

/** The caller as its token names it: {sub, name, roles, unit, exp}. For display only. */
export function claims() {
  if (!token) return { roles: [] };
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0))));
    return {
      sub: json.sub,
      name: json.name || json.preferred_username || json.sub,
      roles: Array.isArray(json.groups) ? json.groups : [],
      unit: json.unit || null,
      exp: json.exp,
    };
  } catch {
    return { roles: [] };
  }
}

export function hasRole(...roles) {
  const mine = claims().roles;
  return roles.some((role) => mine.includes(role));
}

function isPast(exp) {
  return typeof exp === 'number' && exp * 1000 <= Date.now();
}
