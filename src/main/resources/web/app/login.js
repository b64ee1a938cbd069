// Signing in. In local mode no HTTP endpoint mints tokens: the person runs `token --role … --url` on the server
// and opens the link it prints, or pastes the token here. In OIDC mode the identity provider's page comes first
// and this screen is never seen.
import { html, nothing } from 'lit';
import { View } from './core/view.js';
import { t } from './core/i18n.js';
import { useToken } from './core/auth.js';

class Login extends View {
  static properties = { compact: { type: Boolean }, error: { state: true } };

  submit(event) {
    event.preventDefault();
    const value = new FormData(event.target).get('token');
    if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(String(value).trim())) {
      this.error = t('login.badToken');
      return;
    }
    useToken(String(value));
    window.dispatchEvent(new CustomEvent('uc-session'));
  }

  render() {
    return html`
      ${this.compact ? nothing : html`<h1>${t('login.title')}</h1>
        <p>${t('login.local')}</p>
        <pre class="command">java -jar target/quarkus-app/quarkus-run.jar token --role reporter --unit XA-MINHSON --url</pre>
        <p>${t('login.openLink')}</p>`}
      <form @submit=${this.submit} class="stack">
        <label for="login-token">${t('login.paste')}</label>
        <textarea id="login-token" name="token" rows="3" autocomplete="off" spellcheck="false"
          aria-describedby=${this.error ? 'login-token-error' : nothing}></textarea>
        ${this.error ? html`<p class="field-error" id="login-token-error">${this.error}</p>` : nothing}
        <button type="submit">${t('login.submit')}</button>
      </form>`;
  }
}

customElements.define('uc-login', Login);
