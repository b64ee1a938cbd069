// The frame around every screen: the menu for the caller's roles, the language switch, the session banner, and
// the screen the address names (loaded on first visit when it is not in the first load).
import { html, nothing } from 'lit';
import { View, focusHeading } from './core/view.js';
import { LANGS, lang, setLang, t, term } from './core/i18n.js';
import { claims, isExpired, loginMode, signOut, signedIn, startSession } from './core/auth.js';
import { currentRoute, match, navigate } from './core/router.js';
import { ROUTES, homeFor } from './routes.js';
import './login.js';

class App extends View {
  static properties = { ready: { state: true }, screen: { state: true }, menuOpen: { state: true } };

  async connectedCallback() {
    // the page's "loading" line stands until the app can speak; Lit renders beside existing children
    this.querySelector(':scope > p.boot')?.remove();
    super.connectedCallback();
    this.onRoute = () => this.route();
    window.addEventListener('hashchange', this.onRoute);
    this.onSession = () => (signedIn() ? this.route() : this.requestUpdate());
    window.addEventListener('uc-session', this.onSession);
    await startSession();
    this.ready = true;
    this.watchExpiry();
    this.route();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onRoute);
    window.removeEventListener('uc-session', this.onSession);
    super.disconnectedCallback();
  }

  /** The banner appears when the token runs out, even with no call made. */
  watchExpiry() {
    const exp = claims().exp;
    if (typeof exp !== 'number') return;
    clearTimeout(this.expiryTimer);
    this.expiryTimer = setTimeout(() => this.requestUpdate(), Math.max(0, exp * 1000 - Date.now()) + 1000);
  }

  async route() {
    this.menuOpen = false;
    if (!signedIn() && !isExpired()) {
      this.screen = null;
      this.requestUpdate();
      return;
    }
    this.watchExpiry();
    const { path } = currentRoute();
    if (path === '/') {
      const home = homeFor(claims().roles);
      if (home) {
        navigate(home);
        return;
      }
    }
    let found = null;
    for (const candidate of ROUTES) {
      const params = match(candidate.path, path);
      if (params) {
        found = { route: candidate, params };
        break;
      }
    }
    if (!found) {
      this.screen = { missing: true };
      return;
    }
    if (found.route.load) {
      this.screen = { loading: true };
      try {
        await found.route.load();
      } catch {
        this.screen = { failed: true };
        return;
      }
      // the address may have moved on while the screen's code arrived: the newer route() shows its own screen
      if (currentRoute().path !== path) return;
    }
    const element = document.createElement(found.route.tag);
    element.params = found.params;
    this.screen = { element };
    await this.updateComplete;
    await element.updateComplete;
    focusHeading(this.querySelector('main'));
  }

  render() {
    if (!this.ready) return html`<p class="boot">${t('common.loading')}</p>`;
    if (!signedIn() && !isExpired()) return html`${this.header(false)}<main id="main"><uc-login></uc-login></main>`;
    const who = claims();
    const { path } = currentRoute();
    const menu = ROUTES.filter((route) => route.menu && route.roles.some((role) => who.roles.includes(role)));
    return html`
      <a class="skip" href="#main" @click=${(event) => { event.preventDefault(); this.querySelector('main')?.focus(); }}>${t('nav.skip')}</a>
      ${this.header(true, who)}
      ${menu.length ? html`<nav aria-label=${t('nav.label')} class=${this.menuOpen ? 'menu open' : 'menu'}>
        <ul>${menu.map((route) => html`<li><a href="#${route.path}" aria-current=${path.startsWith(route.path) ? 'page' : 'false'}>${t(route.menu)}</a></li>`)}</ul>
      </nav>` : nothing}
      ${isExpired() ? this.expiredBanner() : nothing}
      <main id="main" tabindex="-1">${this.body()}</main>`;
  }

  header(signedInView, who) {
    const other = LANGS.find((code) => code !== lang());
    return html`<header class="top">
      <a class="brand" href="#/">UngCuu</a>
      ${signedInView ? html`<span class="who">${who.name}${who.unit ? html` · ${who.unit}` : nothing}
        <span class="muted">(${who.roles.map((role) => term('role', role)).join(', ')})</span></span>` : nothing}
      <button type="button" class="link" lang=${other} @click=${() => setLang(other)}>${t(`lang.${other}`)}</button>
      ${signedInView ? html`<button type="button" class="link" @click=${() => signOut()}>${t('nav.signOut')}</button>` : nothing}
      ${signedInView ? html`<button type="button" class="link menu-toggle" aria-expanded=${this.menuOpen ? 'true' : 'false'}
        @click=${() => { this.menuOpen = !this.menuOpen; }}>${t('nav.menu')}</button>` : nothing}
    </header>`;
  }

  expiredBanner() {
    return html`<div class="banner" role="alert">
      <p><strong>${t('session.expired')}</strong> ${loginMode() === 'local' ? t('session.expiredLocal') : t('session.expiredOidc')}</p>
      ${loginMode() === 'local' ? html`<uc-login compact></uc-login>` : nothing}
    </div>`;
  }

  body() {
    const screen = this.screen;
    if (!screen || screen.loading) return html`<p class="muted" role="status">${t('common.loading')}</p>`;
    if (screen.missing) return html`<h1>${t('nav.notFound')}</h1><p><a href="#/">${t('nav.home')}</a></p>`;
    if (screen.failed) return html`<h1>${t('nav.loadFailed')}</h1><p>${t('nav.loadFailedHint')}</p>`;
    return screen.element;
  }
}

customElements.define('uc-app', App);
