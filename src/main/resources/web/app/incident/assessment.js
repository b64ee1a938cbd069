// The assessment form (coordinators): the severity criteria's questions and the incident's regime's questions
// (2017 or 2026, from GET /regimes/{id}?version=), sent with the incident's ETag; then the computed severity and
// every rule that fired, with why. An override of the severity needs a justification.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t, term } from '../core/i18n.js';
import { call } from '../core/api.js';
import { fieldError, loading, problemBox, severityBadge } from '../core/widgets.js';
import { missing, regimeOf, regimeText } from './common.js';

const IMPACTS = ['SERVICE_INTERRUPTION', 'SECRET_DATA_DISCLOSURE', 'IRRECOVERABLE_INTEGRITY_LOSS', 'LOSS_OF_CONTROL', 'CASCADING_EFFECT'];
const FUNCTIONAL = ['NONE', 'LOW', 'MEDIUM', 'HIGH'];
const INFORMATION = ['NONE', 'PRIVACY', 'PROPRIETARY', 'INTEGRITY', 'STATE_SECRET'];
const RECOVERABILITY = ['REGULAR', 'SUPPLEMENTED', 'EXTENDED', 'NOT_RECOVERABLE'];
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
/** The regime questions the assessment itself answers (AssessmentInput); others are recorded elsewhere. */
const REGIME_INPUTS = ['nationalSecuritySigns', 'seriousDisruption', 'serious', 'dangerousSituation', 'beyondCapacity', 'complex'];

class Assessment extends View {
  static properties = {
    params: { attribute: false },
    incident: { state: true },
    etag: { state: true },
    regime: { state: true },
    previous: { state: true },
    result: { state: true },
    notFound: { state: true },
    problem: { state: true },
    busy: { state: true },
    stale: { state: true },
    answers: { state: true },
    data: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    this.problem = null;
    this.stale = false;
    try {
      const answer = await call(`/incidents/${encodeURIComponent(this.params.id)}`);
      this.incident = answer.data;
      this.etag = answer.etag;
    } catch (problem) {
      if ([400, 403, 404].includes(problem.status)) this.notFound = true;
      else this.problem = problem;
      return;
    }
    try {
      const [regime, previous] = await Promise.all([regimeOf(this.incident),
        call(`/incidents/${this.incident.id}/assessment`).then((a) => a.data).catch((problem) => {
          if (problem.status === 404) return null;
          throw problem;
        })]);
      this.regime = regime;
      this.previous = previous;
      this.data = { affected: false, ...(this.incident.personalData || {}) };
      this.answers = {
        impacts: [], ownerCanHandle: true, functionalImpact: 'NONE', informationImpact: ['NONE'], recoverability: 'REGULAR',
        affectedUnits: 1, affectedHosts: 1, beyondCapacity: this.incident.beyondCapacity, ...(previous?.inputs || {}),
      };
    } catch (problem) {
      this.problem = problem;
    }
  }

  render() {
    if (this.notFound) {
      return html`<h1>${t('incident.notFound.title')}</h1><p>${t('incident.notFound.text')}</p>`;
    }
    if (!this.incident || !this.answers) {
      return html`<h1>${t('incident.assess.title')}</h1>${this.problem ? problemBox(this.problem) : loading()}`;
    }
    const incident = this.incident;
    return html`
      <p class="muted">${incident.reference} · <a href="#/su-co/${incident.id}">${t('incident.assess.back')}</a></p>
      <h1>${t('incident.assess.title')}</h1>
      <p>${incident.title}</p>
      <p class="hint">${t('incident.assess.regime', { regime: regimeText(this.regime.title) })}</p>
      ${this.stale ? html`<div class="problem" role="alert"><p><strong>${t('incident.stale')}</strong></p>
        <button type="button" @click=${() => this.load()}>${t('common.reload')}</button></div>` : nothing}
      ${this.result ? this.resultView(this.result) : nothing}
      ${this.form()}`;
  }

  resultView(result) {
    return html`<p class="notice" role="status">${t('incident.assess.saved', { severity: term('severity', result.severity) })}</p>
    <section class="card assessment-result" aria-labelledby="assess-result-h">
      <h2 id="assess-result-h">${t('incident.assess.result')}</h2>
      <dl class="facts">
        <dt>${t('incident.assess.computed')}</dt><dd>${severityBadge(result.computedSeverity)}</dd>
        <dt>${t('incident.assess.inForce')}</dt><dd>${severityBadge(result.severity)}</dd>
        <dt>${t('incident.assess.legalClass')}</dt><dd>${term('incident.legalClass', result.legalClass)}</dd>
        <dt>${t('incident.assess.escalation')}</dt><dd>${result.escalationRequired ? t('incident.assess.escalationYes') : t('common.no')}</dd>
      </dl>
      <h3>${t('incident.assess.rules')}</h3>
      <ul class="fired-rules">${result.matchedRules.map((rule) => html`<li><strong>${rule.description}</strong> — ${rule.because}
        <span class="muted">(${term('incident.outcome', rule.outcome)})</span></li>`)}</ul>
      ${result.override ? html`<p>${t('incident.why.override', { severity: term('severity', result.override.severity) })} ${result.override.justification}</p>` : nothing}
      <p><a href="#/su-co/${this.incident.id}">${t('incident.assess.back')}</a></p>
    </section>`;
  }

  form() {
    const a = this.answers;
    const errors = this.problem?.fieldErrors?.() || {};
    const err = (field, id) => ({ invalid: errors[field] ? 'true' : 'false', described: errors[field] ? `${id}-error` : nothing });
    const questions = this.regime.classification;
    const override = a.override;
    return html`<form class="stack assessment-form" novalidate @submit=${(event) => this.submit(event)}>
      <fieldset><legend>${t('incident.assess.impacts')}</legend>
        <p class="hint">${t('incident.assess.impactsHint')}</p>
        ${IMPACTS.map((value) => this.checkbox('impacts', value, term('incident.impact', value)))}
      </fieldset>
      <fieldset><legend>${t('incident.assess.ownerCanHandle')}</legend>
        <label class="check"><input type="radio" name="ownerCanHandle" .checked=${a.ownerCanHandle === true}
          @change=${() => this.set('ownerCanHandle', true)}>${t('incident.assess.ownerYes')}</label>
        <label class="check"><input type="radio" name="ownerCanHandle" .checked=${a.ownerCanHandle === false}
          @change=${() => this.set('ownerCanHandle', false)}>${t('incident.assess.ownerNo')}</label>
      </fieldset>
      <div><label for="assess-functional">${t('incident.assess.functionalImpact')}</label>
        <select id="assess-functional" @change=${(event) => this.set('functionalImpact', event.target.value)}>
          ${FUNCTIONAL.map((value) => html`<option value=${value} ?selected=${a.functionalImpact === value}>${term('incident.functional', value)}</option>`)}
        </select></div>
      <fieldset><legend>${t('incident.assess.informationImpact')}</legend>
        ${INFORMATION.map((value) => this.checkbox('informationImpact', value, term('incident.information', value)))}
      </fieldset>
      <div><label for="assess-recoverability">${t('incident.assess.recoverability')}</label>
        <select id="assess-recoverability" @change=${(event) => this.set('recoverability', event.target.value)}>
          ${RECOVERABILITY.map((value) => html`<option value=${value} ?selected=${a.recoverability === value}>${term('incident.recoverability', value)}</option>`)}
        </select></div>
      <div class="row numbers">
        <div><label for="assess-units">${t('incident.assess.affectedUnits')}</label>
          <input id="assess-units" type="number" min="1" inputmode="numeric" .value=${String(a.affectedUnits)}
            aria-invalid=${err('affectedUnits', 'assess-units').invalid} aria-describedby=${err('affectedUnits', 'assess-units').described}
            @input=${(event) => this.set('affectedUnits', event.target.value)}>
          ${fieldError('assess-units', errors.affectedUnits)}</div>
        <div><label for="assess-hosts">${t('incident.assess.affectedHosts')}</label>
          <input id="assess-hosts" type="number" min="0" inputmode="numeric" .value=${String(a.affectedHosts)}
            aria-invalid=${err('affectedHosts', 'assess-hosts').invalid} aria-describedby=${err('affectedHosts', 'assess-hosts').described}
            @input=${(event) => this.set('affectedHosts', event.target.value)}>
          ${fieldError('assess-hosts', errors.affectedHosts)}</div>
      </div>
      <h2>${t('incident.assess.regimeQuestions')}</h2>
      ${questions.map((question) => this.question(question, errors))}
      <fieldset><legend>${t('incident.assess.overrideTitle')}</legend>
        <label class="check"><input type="checkbox" .checked=${Boolean(override)}
          @change=${(event) => this.set('override', event.target.checked ? { severity: this.previous?.computedSeverity || 'MEDIUM', justification: '' } : null)}>${t('incident.assess.override')}</label>
        ${override ? html`<div><label for="assess-override-severity">${t('incident.assess.overrideSeverity')}</label>
            <select id="assess-override-severity" @change=${(event) => this.set('override', { ...override, severity: event.target.value })}>
              ${SEVERITIES.map((value) => html`<option value=${value} ?selected=${override.severity === value}>${term('severity', value)}</option>`)}
            </select></div>
          <div><label for="assess-justification">${t('incident.assess.justification')}</label>
            <textarea id="assess-justification" rows="3" required .value=${override.justification || ''}
              aria-invalid=${err('override.justification', 'assess-justification').invalid}
              aria-describedby=${err('override.justification', 'assess-justification').described}
              @input=${(event) => this.set('override', { ...this.answers.override, justification: event.target.value })}></textarea>
            ${fieldError('assess-justification', errors['override.justification'])}</div>` : nothing}
      </fieldset>
      <button type="submit" ?disabled=${this.busy}>${t('incident.assess.submit')}</button>
      ${this.problem && this.problem.status !== 412 ? problemBox(this.problem, this.labels()) : nothing}
    </form>`;
  }

  /** One question of the regime, as its answer type says; the legal basis under it. */
  question(question, errors) {
    const basis = html`<p class="hint">${question.legalBasis.document}, ${question.legalBasis.article}</p>`;
    const title = regimeText(question.title);
    if (question.decidedBy) {
      return html`<div class="card"><p><strong>${title}</strong></p><p class="small">${t('incident.assess.decidedByCriteria')}</p>${basis}</div>`;
    }
    if (question.answer === 'PERSONAL_DATA') return this.personalData(question, title, basis, errors);
    if (!REGIME_INPUTS.includes(question.id)) {
      return html`<div class="card"><p><strong>${title}</strong></p><p class="small">${t('incident.assess.notHere')}</p>${basis}</div>`;
    }
    const a = this.answers;
    if (question.answer === 'CHOICES') {
      return html`<fieldset><legend>${title}</legend>${basis}
        ${(question.choices || []).map((choice) => this.checkbox(question.id, choice, term(`incident.choice.${question.id}`, choice)))}
      </fieldset>`;
    }
    const id = `assess-${question.id}`;
    return html`<div class="card question">
      <label class="check"><input type="checkbox" id=${id} .checked=${a[question.id] === true}
        @change=${(event) => this.set(question.id, event.target.checked)}>${title}</label>${basis}
      ${a[question.id] === true ? (question.requires || []).map((field) => {
        const fieldId = `assess-${field}`;
        return html`<div><label for=${fieldId}>${t(`incident.assess.field.${field}`)}</label>
          <textarea id=${fieldId} rows="2" required .value=${a[field] || ''} aria-invalid=${errors[field] ? 'true' : 'false'}
            aria-describedby=${errors[field] ? `${fieldId}-error` : nothing} @input=${(event) => this.set(field, event.target.value)}></textarea>
          ${fieldError(fieldId, errors[field])}</div>`;
      }) : nothing}
    </div>`;
  }

  /** The incident's personal-data record (PATCH personalData): it starts the regime's personal-data notices. */
  personalData(question, title, basis, errors) {
    const data = this.data || {};
    const setData = (field, value) => { this.data = { ...data, [field]: value }; };
    const categories = data.categories || [];
    return html`<fieldset class="personal-data"><legend>${title}</legend>${basis}
      <label class="check"><input type="checkbox" .checked=${data.affected === true}
        @change=${(event) => setData('affected', event.target.checked)}>${t('incident.assess.pd.affected')}</label>
      ${data.affected ? html`
        <fieldset><legend>${t('incident.assess.pd.categories')}</legend>
          ${(question.choices || []).map((choice) => html`<label class="check"><input type="checkbox" .checked=${categories.includes(choice)}
            @change=${(event) => setData('categories', event.target.checked ? [...categories, choice] : categories.filter((one) => one !== choice))}>${term('incident.pd', choice)}</label>`)}
        </fieldset>
        <label class="check"><input type="checkbox" .checked=${data.mayHarmSubjects === true}
          @change=${(event) => setData('mayHarmSubjects', event.target.checked)}>${t('incident.assess.pd.mayHarm')}</label>
        <div><label for="assess-pd-subjects">${t('incident.assess.pd.subjects')}</label>
          <input id="assess-pd-subjects" type="number" min="0" inputmode="numeric" .value=${data.subjects == null ? '' : String(data.subjects)}
            aria-invalid=${errors['personalData.subjects'] ? 'true' : 'false'} aria-describedby=${errors['personalData.subjects'] ? 'assess-pd-subjects-error' : nothing}
            @input=${(event) => setData('subjects', event.target.value === '' ? null : Number(event.target.value))}>
          ${fieldError('assess-pd-subjects', errors['personalData.subjects'])}</div>
        <div><label for="assess-pd-types">${t('incident.assess.pd.types')}</label>
          <p class="hint" id="assess-pd-types-hint">${t('incident.assess.pd.typesHint')}</p>
          <input id="assess-pd-types" .value=${(data.dataTypes || []).join(', ')} aria-describedby="assess-pd-types-hint"
            @change=${(event) => setData('dataTypes', event.target.value.split(',').map((one) => one.trim()).filter(Boolean))}></div>` : nothing}
    </fieldset>`;
  }

  checkbox(field, value, label) {
    const list = this.answers[field] || [];
    return html`<label class="check"><input type="checkbox" value=${value} .checked=${list.includes(value)}
      @change=${(event) => this.toggle(field, value, event.target.checked)}>${label}</label>`;
  }

  set(field, value) {
    this.answers = { ...this.answers, [field]: value };
  }

  toggle(field, value, on) {
    let list = (this.answers[field] || []).filter((one) => one !== value);
    if (on) list = [...list, value];
    // "none" and any real information impact exclude each other
    if (field === 'informationImpact' && on) list = value === 'NONE' ? ['NONE'] : list.filter((one) => one !== 'NONE');
    this.set(field, list);
  }

  labels() {
    return {
      impacts: t('incident.assess.impacts'), affectedUnits: t('incident.assess.affectedUnits'),
      affectedHosts: t('incident.assess.affectedHosts'), 'override.justification': t('incident.assess.justification'),
      seriousReason: t('incident.assess.field.seriousReason'), informationImpact: t('incident.assess.informationImpact'),
      'personalData.subjects': t('incident.assess.pd.subjects'), 'personalData.dataTypes': t('incident.assess.pd.types'),
    };
  }

  /** What the form says, as AssessmentInput: the regime's answers only for the questions it asks. */
  body() {
    const a = this.answers;
    const asked = new Set(this.regime.classification.map((question) => question.id));
    const body = {
      impacts: a.impacts, ownerCanHandle: a.ownerCanHandle, functionalImpact: a.functionalImpact,
      informationImpact: a.informationImpact.length ? a.informationImpact : ['NONE'], recoverability: a.recoverability,
      affectedUnits: Number(a.affectedUnits), affectedHosts: Number(a.affectedHosts),
    };
    for (const id of REGIME_INPUTS) {
      if (asked.has(id) && a[id] !== undefined && a[id] !== null) body[id] = a[id];
    }
    if (asked.has('serious') && a.serious === true) body.seriousReason = (a.seriousReason || '').trim();
    if (a.override) body.override = { severity: a.override.severity, justification: (a.override.justification || '').trim() };
    return body;
  }

  /** The personal-data record to send, when the regime asks about it and the form changed it; else null. */
  personalDataPatch() {
    if (!this.regime.classification.some((question) => question.answer === 'PERSONAL_DATA')) return null;
    const normal = (data) => {
      if (!data?.affected) return { affected: false };
      const out = { affected: true };
      for (const field of ['categories', 'mayHarmSubjects', 'subjects', 'dataTypes']) {
        if (data[field] !== undefined && data[field] !== null) out[field] = data[field];
      }
      return out;
    };
    const after = normal(this.data);
    return JSON.stringify(normal(this.incident.personalData)) === JSON.stringify(after) ? null : after;
  }

  async submit(event) {
    event.preventDefault();
    const body = this.body();
    const empty = [];
    if (body.override && !body.override.justification) empty.push('override.justification');
    if (body.serious === true && !body.seriousReason) empty.push('seriousReason');
    if (empty.length) {
      this.problem = missing(...empty);
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
      return;
    }
    this.busy = true;
    this.problem = null;
    this.result = null;
    try {
      const personalData = this.personalDataPatch();
      if (personalData) {
        const patched = await call(`/incidents/${this.incident.id}`, { method: 'PATCH', body: { personalData }, ifMatch: this.etag });
        this.incident = patched.data;
        this.etag = patched.etag;
      }
      const { data } = await call(`/incidents/${this.incident.id}/assessment`, { method: 'PUT', body, ifMatch: this.etag });
      this.result = data;
      this.previous = data;
      // the assessment changed the incident (severity, obligations): its ETag too
      const fresh = await call(`/incidents/${this.incident.id}`);
      this.incident = fresh.data;
      this.etag = fresh.etag;
      await this.updateComplete;
      this.querySelector('#assess-result-h')?.scrollIntoView({ block: 'start' });
    } catch (problem) {
      this.problem = problem;
      if (problem.status === 412) this.stale = true;
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('uc-assessment', Assessment);
