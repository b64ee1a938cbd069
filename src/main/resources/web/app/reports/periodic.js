// Placeholder until this screen is built (issue 18).
import { html } from 'lit';
import { View } from '../core/view.js';
import { t } from '../core/i18n.js';

class Screen extends View {
  render() {
    return html`<h1>${t('nav.reports')}</h1>`;
  }
}

customElements.define('uc-periodic-reports', Screen);
