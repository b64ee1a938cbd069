// Tab "Tệp": the evidence files with their SHA-256 (what the service stored, byte for byte), downloaded through
// the API, and an upload with progress. A state-secret incident takes no files.
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { t } from '../core/i18n.js';
import { download, newKey, pageOnto, upload } from '../core/api.js';
import { hasRole } from '../core/auth.js';
import { dateTime } from '../core/format.js';
import { loading, problemBox } from '../core/widgets.js';
import { isFinished, peopleDirectory, personName, size } from './common.js';

class IncidentFiles extends View {
  static properties = {
    incident: { attribute: false },
    revision: { attribute: false },
    files: { state: true },
    next: { state: true },
    problem: { state: true },
    progress: { state: true },
    saved: { state: true },
    directory: { state: true },
  };

  updated(changed) {
    if (changed.has('revision')) this.load();
  }

  async load(cursor) {
    this.problem = null;
    try {
      const [shown, directory] = await Promise.all([
        pageOnto(this.files, cursor, `/incidents/${this.incident.id}/attachments`), peopleDirectory()]);
      ({ items: this.files, next: this.next } = shown);
      this.directory = directory;
    } catch (problem) {
      this.problem = problem;
      if (!cursor) this.files = [];
    }
  }


  get canUpload() {
    return hasRole('reporter', 'coordinator', 'responder') && !isFinished(this.incident) && !this.incident.stateSecret;
  }

  render() {
    if (!this.files) return html`<h2>${t('incident.tab.files')}</h2>${loading()}`;
    return html`<h2>${t('incident.tab.files')}</h2>
      ${this.files.length ? html`<div class="table-wrap"><table>
        <caption class="sr-only">${t('incident.tab.files')}</caption>
        <thead><tr><th scope="col">${t('incident.files.name')}</th><th scope="col">${t('incident.files.size')}</th>
          <th scope="col">${t('incident.files.sha')}</th><th scope="col">${t('incident.files.by')}</th>
          <th scope="col"><span class="sr-only">${t('common.download')}</span></th></tr></thead>
        <tbody>${this.files.map((file) => html`<tr>
          <th scope="row">${file.filename}<br><span class="small muted">${file.contentType}</span></th>
          <td>${size(file.size)}</td>
          <td><code class="hash">${file.sha256}</code></td>
          <td>${personName(this.directory, file.uploadedBy)}<br><span class="small">${dateTime(file.uploadedAt)}</span></td>
          <td><button type="button" class="secondary" aria-label=${t('incident.files.downloadNamed', { name: file.filename })}
            @click=${() => this.fetchFile(file)}>${t('common.download')}</button></td>
        </tr>`)}</tbody></table></div>` : html`<p class="muted">${t('incident.files.none')}</p>`}
      ${this.next ? html`<button type="button" class="secondary" @click=${() => this.load(this.next)}>${t('common.more')}</button>` : nothing}
      ${this.incident.stateSecret ? html`<p class="notice">${t('incident.files.stateSecret')}</p>` : nothing}
      ${this.canUpload ? html`<form class="stack upload-form" @submit=${(event) => this.send(event)}>
        <h3>${t('incident.files.add')}</h3>
        <div><label for="file-input">${t('incident.files.choose')}</label>
          <p class="hint" id="file-hint">${t('incident.files.hint')}</p>
          <input type="file" id="file-input" name="file" required aria-describedby="file-hint"></div>
        ${this.progress != null ? html`<div><label for="file-progress">${t('incident.files.progress')}</label>
          <progress id="file-progress" max="100" value=${Math.round(this.progress * 100)}>${Math.round(this.progress * 100)}%</progress></div>` : nothing}
        <button type="submit" ?disabled=${this.progress != null}>${t('incident.files.upload')}</button>
        ${this.saved ? html`<p class="notice" role="status">${this.saved}</p>` : nothing}
      </form>` : nothing}
      ${problemBox(this.problem)}`;
  }

  async fetchFile(file) {
    this.problem = null;
    try {
      await download(`/incidents/${this.incident.id}/attachments/${file.id}`, null, file.filename);
    } catch (problem) {
      this.problem = problem;
    }
  }

  async send(event) {
    event.preventDefault();
    const input = event.target.querySelector('input[type=file]');
    const file = input.files?.[0];
    this.saved = null;
    this.problem = null;
    if (!file) {
      input.focus();
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    this.progress = 0;
    try {
      const { data } = await upload(`/incidents/${this.incident.id}/attachments`, form,
        { idempotencyKey: newKey(), onProgress: (share) => { this.progress = share; } });
      this.saved = t('incident.files.saved', { name: data.filename });
      event.target.reset();
      await this.load();
    } catch (problem) {
      this.problem = problem;
    } finally {
      this.progress = null;
    }
  }
}

customElements.define('uc-incident-files', IncidentFiles);
