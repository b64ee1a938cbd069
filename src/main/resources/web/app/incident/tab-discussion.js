// Tab "Trao đổi": the comments, oldest first. Internal notes (staff only) are marked as such; the service never
// sends them to reporters. Staff choose public comment or internal note; reporters write public comments only.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t } from '../core/i18n.js';
import { call, get, pageOnto } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { dateTime } from '../core/format.js';
import { fieldError, loading, problemBox } from '../core/widgets.js';
import { missing } from './common.js';

class IncidentDiscussion extends View {
  static properties = {
    incident: { attribute: false },
    revision: { attribute: false },
    comments: { state: true },
    next: { state: true },
    problem: { state: true },
    writeProblem: { state: true },
    busy: { state: true },
    saved: { state: true },
  };

  updated(changed) {
    if (changed.has('revision')) this.load();
  }

  async load(cursor) {
    this.problem = null;
    try {
      ({ items: this.comments, next: this.next } = await pageOnto(this.comments, cursor, `/incidents/${this.incident.id}/comments`));
    } catch (problem) {
      this.problem = problem;
      if (!cursor) this.comments = [];
    }
  }


  get canWrite() {
    return hasRole('reporter', 'coordinator', 'responder', 'provincial');
  }

  get staffWriter() {
    return hasRole('coordinator', 'responder', 'provincial');
  }

  render() {
    if (!this.comments) return html`<h2>${t('incident.tab.discussion')}</h2>${loading()}`;
    const errors = this.writeProblem?.fieldErrors?.() || {};
    return html`<h2>${t('incident.tab.discussion')}</h2>
      ${this.comments.length ? nothing : html`<p class="muted">${t('incident.comments.none')}</p>`}
      <ul class="comments plain">${this.comments.map((comment) => html`<li class=${comment.internal ? 'card comment internal' : 'card comment'}>
        ${comment.internal ? html`<p class="internal-mark"><strong>${t('incident.comments.internalMark')}</strong></p>` : nothing}
        <p class="small muted">${comment.authorName || comment.author} · ${dateTime(comment.createdAt)}</p>
        <p class="prewrap">${comment.body}</p>
      </li>`)}</ul>
      ${this.next ? html`<button type="button" class="secondary" @click=${() => this.load(this.next)}>${t('common.more')}</button>` : nothing}
      ${problemBox(this.problem)}
      ${this.canWrite ? html`<form class="stack comment-form" novalidate @submit=${(event) => this.submit(event)}>
        <h3>${t('incident.comments.write')}</h3>
        <div><label for="comment-body">${t('incident.comments.body')}</label>
          <textarea id="comment-body" name="body" rows="4" required aria-invalid=${errors.body ? 'true' : 'false'}
            aria-describedby=${errors.body ? 'comment-body-error' : nothing}></textarea>
          ${fieldError('comment-body', errors.body)}</div>
        ${this.staffWriter ? html`<fieldset><legend>${t('incident.comments.who')}</legend>
          <label class="check"><input type="radio" name="visibility" value="public" checked>${t('incident.comments.public')}</label>
          <label class="check"><input type="radio" name="visibility" value="internal">${t('incident.comments.internalMark')}</label>
        </fieldset>` : html`<p class="hint">${t('incident.comments.publicHint')}</p>`}
        <button type="submit" ?disabled=${this.busy}>${t('incident.comments.send')}</button>
        ${this.saved ? html`<p class="notice" role="status">${this.saved}</p>` : nothing}
        ${problemBox(this.writeProblem, { body: t('incident.comments.body') })}
      </form>` : nothing}`;
  }

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = String(form.get('body') || '').trim();
    this.saved = null;
    if (!body) {
      this.writeProblem = missing('body');
      return;
    }
    const internal = form.get('visibility') === 'internal';
    this.busy = true;
    this.writeProblem = null;
    try {
      await call(`/incidents/${this.incident.id}/comments`, { method: 'POST', body: this.staffWriter ? { body, internal } : { body } });
      event.target.reset();
      this.saved = internal ? t('incident.comments.savedInternal') : t('incident.comments.saved');
      await this.load();
    } catch (problem) {
      this.writeProblem = problem;
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('uc-incident-discussion', IncidentDiscussion);
