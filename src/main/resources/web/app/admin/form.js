// Form pieces the administration screens share: a labelled control with its field errors tied to it, and the
// field errors of a problem by the API's field path.
import { html, nothing } from 'lit';
import { fieldError, problemBox } from '../core/widgets.js';

/** The field errors of a failed call by field name ({} when none, or when it was no validation problem). */
export function errorsOf(problem) {
  return problem?.fieldErrors ? problem.fieldErrors() : {};
}

/**
 * A labelled input: field(form, 'name', label, {type, required, hint, errors, options, pattern}). The value lives in
 * form.values[name]; errors come from form.errors (by the API's field name, or `errorKey`).
 */
export function field(form, name, label, { type = 'text', required = false, hint, options, errorKey, pattern, min, max } = {}) {
  const id = `${form.prefix}-${name.replace(/\W/g, '-')}`;
  const messages = form.errors?.[errorKey || name];
  const described = [hint ? `${id}-hint` : '', messages?.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  const value = form.values[name] ?? '';
  const set = (event) => form.set(name, event.target.type === 'checkbox' ? event.target.checked : event.target.value);
  if (type === 'checkbox') {
    return html`<div><label class="check" for=${id}><input id=${id} type="checkbox" .checked=${Boolean(form.values[name])}
      @change=${set} aria-describedby=${described || nothing}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${fieldError(id, messages)}</div>`;
  }
  const control = options
    ? html`<select id=${id} ?required=${required} aria-invalid=${messages?.length ? 'true' : 'false'}
        aria-describedby=${described || nothing} @change=${set}>
        ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${String(value) === String(optionValue)}>${text}</option>`)}
      </select>`
    : type === 'textarea'
      ? html`<textarea id=${id} rows="4" ?required=${required} aria-invalid=${messages?.length ? 'true' : 'false'}
          aria-describedby=${described || nothing} .value=${value} @input=${set}></textarea>`
      : html`<input id=${id} type=${type} ?required=${required} pattern=${pattern || nothing} min=${min ?? nothing} max=${max ?? nothing}
          aria-invalid=${messages?.length ? 'true' : 'false'} aria-describedby=${described || nothing} .value=${value} @input=${set}>`;
  return html`<div>
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${control}
    ${fieldError(id, messages)}
  </div>`;
}

/** An optional text: null when blank (the API's nullable fields), trimmed otherwise. */
export function optional(value) {
  const text = String(value ?? '').trim();
  return text ? text : null;
}

/** An object without its null and undefined members (for inputs whose fields are not nullable). */
export function compact(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined));
}

/** The state of one form: its values, the last problem and its field errors; the host re-renders on change. */
export class FormState {
  constructor(host, prefix, values = {}) {
    this.host = host;
    this.prefix = prefix;
    this.initial = { ...values };
    this.values = { ...values };
    this.errors = {};
    this.problem = null;
    this.busy = false;
    this.done = null;
  }

  set(name, value) {
    this.values = { ...this.values, [name]: value };
    this.host.requestUpdate();
  }

  reset(values = this.initial) {
    this.values = { ...values };
    this.errors = {};
    this.problem = null;
    this.host.requestUpdate();
  }

  /** Runs the call; on a problem keeps it (and its field errors) for the form to show. Answers true on success. */
  async run(action) {
    this.busy = true;
    this.problem = null;
    this.errors = {};
    this.done = null;
    this.host.requestUpdate();
    try {
      await action();
      return true;
    } catch (problem) {
      this.problem = problem;
      this.errors = errorsOf(problem);
      return false;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}

/**
 * The problem of a form, in words, with its fields named; when someone else changed the record since it was read
 * (412), a button that reads it again and starts the form over from what is stored now.
 */
export function formProblem(form, labels, reload, reloadLabel) {
  return html`${problemBox(form.problem, labels)}
    ${form.problem?.status === 412 && reload ? html`<button type="button" class="secondary" @click=${reload}>${reloadLabel}</button>` : nothing}`;
}

/** The success of a form, said to screen readers too. */
export function doneNotice(form) {
  return form.done ? html`<p class="notice" role="status">${form.done}</p>` : nothing;
}
