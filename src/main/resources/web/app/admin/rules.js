// Read-only: the severity criteria in force (GET /severity/criteria) and the regulatory regimes (GET /regimes,
// /regimes/{id}) with each rule's legal basis. They are versioned data shipped with the service: nothing to edit here.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { lang, t, term } from '../core/i18n.js';
import { get } from '../core/api.js';
import { date } from '../core/format.js';
import { loading, problemBox } from '../core/widgets.js';

function text(value) {
  if (!value) return '';
  return (lang() === 'en' && value.en) || value.vi;
}

function basis(legal) {
  if (!legal) return '';
  return [legal.document, legal.article, legal.subject].filter(Boolean).join(', ');
}

/** An ISO 8601 duration of the regimes (PT72H, P5D, P5Y) in words. */
export function isoSpan(value) {
  const found = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(value || '');
  if (!found) return value || '';
  const [, years, months, days, hours, minutes] = found;
  const parts = [];
  if (years) parts.push(t('admin.span.years', { n: years }));
  if (months) parts.push(t('admin.span.months', { n: months }));
  if (days) parts.push(t('unit.days', { n: days }));
  if (hours) parts.push(t('unit.hours', { n: hours }));
  if (minutes) parts.push(t('unit.minutes', { n: minutes }));
  return parts.join(' ');
}

class Criteria extends View {
  static properties = { criteria: { state: true }, problem: { state: true } };

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.criteria = await get('/severity/criteria');
    } catch (problem) {
      this.problem = problem;
    }
  }

  render() {
    const criteria = this.criteria;
    return html`<h2 id="criteria-title">${t('admin.criteria')}</h2>
      <p class="hint">${t('admin.readOnly')}</p>
      ${problemBox(this.problem)}
      ${criteria ? html`<p><strong>${criteria.title}</strong> — ${t('admin.criteria.version', { version: criteria.version })}</p>
        <p class="small" lang="en">${criteria.note}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="criteria-title"><table>
          <thead><tr><th scope="col">${t('admin.criteria.rule')}</th><th scope="col">${t('admin.criteria.when')}</th>
            <th scope="col">${t('admin.criteria.outcome')}</th></tr></thead>
          <tbody>${criteria.rules.map((rule) => html`<tr>
            <th scope="row"><code>${rule.id}</code></th>
            <td lang="en">${rule.description}</td>
            <td>${this.outcome(rule.outcome || {})}</td>
          </tr>`)}</tbody>
        </table></div>` : this.problem ? nothing : loading()}`;
  }

  outcome(outcome) {
    const parts = [];
    if (outcome.legalClass) parts.push(t(`admin.legalClass.${outcome.legalClass}`));
    if (outcome.severity) parts.push(t('admin.criteria.severity', { severity: term('severity', outcome.severity) }));
    if (outcome.escalation !== undefined) parts.push(outcome.escalation ? t('admin.criteria.escalate') : t('admin.criteria.noEscalate'));
    return parts.map((part) => html`<div>${part}</div>`);
  }
}

class Regimes extends View {
  static properties = { regimes: { state: true }, problem: { state: true } };

  async connectedCallback() {
    super.connectedCallback();
    try {
      const page = await get('/regimes');
      const details = await Promise.all(page.items.map((item) => get(`/regimes/${encodeURIComponent(item.id)}`)));
      this.regimes = page.items.map((summary, index) => ({ summary, regime: details[index] }));
    } catch (problem) {
      this.problem = problem;
    }
  }

  render() {
    return html`<h2>${t('admin.regimes')}</h2>
      <p class="hint">${t('admin.regimes.hint')}</p>
      ${problemBox(this.problem)}
      ${this.regimes ? this.regimes.map(({ summary, regime }) => this.regime(summary, regime)) : this.problem ? nothing : loading()}`;
  }

  due(due) {
    const from = t(`admin.due.${due.from}`);
    if (due.immediate) return t('admin.due.immediate', { from });
    return t('admin.due.after', { span: isoSpan(due.after), from });
  }

  regime(summary, regime) {
    const id = `regime-${regime.id}`;
    return html`<section class="card" aria-labelledby=${id}>
      <h3 id=${id}>${text(regime.title)} ${summary.inForceToday ? html`<span class="badge">${t('admin.regime.inForce')}</span>` : nothing}</h3>
      <dl class="facts">
        <dt>${t('admin.regime.id')}</dt><dd><code>${regime.id}</code>, ${t('admin.regime.version', { version: regime.version })}</dd>
        <dt>${t('admin.regime.period')}</dt><dd>${regime.inForceTo
          ? t('admin.regime.fromTo', { from: date(regime.inForceFrom), to: date(regime.inForceTo) })
          : t('admin.regime.fromOpen', { from: date(regime.inForceFrom) })}</dd>
        <dt>${t('admin.regime.legalBasis')}</dt><dd><ul class="admin-plain">${regime.legalBasis.map((legal) => html`<li>${basis(legal)}</li>`)}</ul></dd>
        ${regime.note ? html`<dt>${t('admin.regime.note')}</dt><dd>${regime.note}</dd>` : nothing}
      </dl>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('admin.regime.obligationsOf', { title: text(regime.title) })}><table>
        <caption>${t('admin.regime.obligations')}</caption>
        <thead><tr><th scope="col">${t('admin.regime.obligation')}</th><th scope="col">${t('admin.regime.due')}</th>
          <th scope="col">${t('admin.regime.recipient')}</th><th scope="col">${t('admin.regime.basis')}</th></tr></thead>
        <tbody>${regime.obligations.map((obligation) => html`<tr>
          <th scope="row">${text(obligation.title)}${obligation.enabled === false ? html`<br><span class="small muted">${t('admin.regime.disabled')}</span>` : nothing}</th>
          <td>${this.due(obligation.due)}</td>
          <td>${obligation.recipient}</td>
          <td>${basis(obligation.legalBasis)}</td>
        </tr>`)}</tbody>
      </table></div>
      ${regime.reportKinds.length ? html`<h4>${t('admin.regime.reportKinds')}</h4>
        <ul>${regime.reportKinds.map((kind) => html`<li><strong>${text(kind.title)}</strong>
          <span class="small muted">(${basis(kind.legalBasis)})</span></li>`)}</ul>` : nothing}
      ${regime.classification.length ? html`<h4>${t('admin.regime.questions')}</h4>
        <ul>${regime.classification.map((question) => html`<li>${text(question.title)}
          <span class="small muted">(${basis(question.legalBasis)})</span></li>`)}</ul>` : nothing}
      ${regime.personalDataRetention ? html`<p>${t('admin.regime.retention', { span: isoSpan(regime.personalDataRetention.keepFor) })}
        <span class="small muted">(${basis(regime.personalDataRetention.legalBasis)})</span></p>` : nothing}
    </section>`;
  }
}

customElements.define('uc-admin-criteria', Criteria);
customElements.define('uc-admin-regimes', Regimes);
