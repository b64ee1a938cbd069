// Báo cáo định kỳ: the half-year or yearly summary of incidents (GET /reports/summary) as tables and bar charts,
// each chart beside its data table (the canvas is decorative, the table is the accessible version), printable on
// A4 (print.css), downloadable as CSV; and the annual report on information systems (Form 08, GET /reports/systems).
import { html, nothing } from 'lit';
import { View } from '../core/view.js';
import { addMessages, lang, t, term } from '../core/i18n.js';
import { call, download, get } from '../core/api.js';
import { currentRoute, replaceQuery } from '../core/router.js';
import { dateTime, date, number, span } from '../core/format.js';
import { loading, problemBox } from '../core/widgets.js';
import { barChart } from './charts.js';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import './print.css';

addMessages(vi, en);

const PERIOD = /^([1-9][0-9]{3})(?:-(H[12]))?$/;
const FIRST_YEAR = 2017;

function years() {
  const list = [];
  for (let year = new Date().getFullYear(); year >= FIRST_YEAR; year--) list.push(String(year));
  return list;
}

/** "6 tháng đầu năm 2020", "Năm 2020". */
export function periodName(period) {
  const found = PERIOD.exec(period || '');
  if (!found) return period || '';
  return found[2] ? t(`reports.period.${found[2]}`, { year: found[1] }) : t('reports.period.year', { year: found[1] });
}

function entries(map) {
  return Object.entries(map || {});
}

function shortLabel(text) {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}

function duration(seconds) {
  return seconds === null || seconds === undefined ? t('reports.none') : span(seconds * 1000);
}

class PeriodicReports extends View {
  static properties = {
    kind: { state: true }, year: { state: true }, half: { state: true }, unitMap: { state: true },
    report: { state: true }, problem: { state: true }, busy: { state: true }, kinds: { state: true },
    systemsYear: { state: true }, systems: { state: true }, systemsProblem: { state: true }, systemsBusy: { state: true },
    exportProblem: { state: true },
  };

  constructor() {
    super();
    const query = currentRoute().query;
    const found = PERIOD.exec(query.get('period') || '');
    this.kind = found && !found[2] ? 'year' : 'half';
    this.year = found ? found[1] : String(new Date().getFullYear());
    this.half = found?.[2] || (new Date().getMonth() < 6 ? 'H1' : 'H2');
    this.unitMap = query.get('unitMap') === 'current' ? 'current' : 'filed';
    this.systemsYear = query.get('systemsYear') || this.year;
    this.kinds = {};
    this.charts = [];
    this.drawnFor = null;
    this.pending = Boolean(found);
  }

  connectedCallback() {
    super.connectedCallback();
    this.beforePrint = () => this.charts.forEach((chart) => chart.resize());
    window.addEventListener('beforeprint', this.beforePrint);
    this.loadKinds();
    if (this.pending) this.load();
  }

  disconnectedCallback() {
    window.removeEventListener('beforeprint', this.beforePrint);
    this.destroyCharts();
    super.disconnectedCallback();
  }

  get period() {
    return this.kind === 'year' ? this.year : `${this.year}-${this.half}`;
  }

  /** The words of each obligation kind, from the regimes (their titles in both languages). */
  async loadKinds() {
    try {
      const page = await get('/regimes');
      const regimes = await Promise.all(page.items.map((regime) => get(`/regimes/${encodeURIComponent(regime.id)}`)));
      const kinds = {};
      for (const regime of regimes) {
        for (const obligation of regime.obligations || []) kinds[obligation.kind] ??= obligation.title;
      }
      this.kinds = kinds;
    } catch {
      this.kinds = {};
    }
  }

  kindName(kind) {
    const title = this.kinds[kind];
    return title ? (lang() === 'en' && title.en) || title.vi : kind;
  }

  async load() {
    this.busy = true;
    this.problem = null;
    this.exportProblem = null;
    replaceQuery({ period: this.period, unitMap: this.unitMap === 'current' ? 'current' : '' });
    try {
      this.report = await get('/reports/summary', { period: this.period, unitMap: this.unitMap });
    } catch (problem) {
      this.report = null;
      this.problem = problem;
    } finally {
      this.busy = false;
    }
  }

  async exportCsv() {
    this.exportProblem = null;
    try {
      await download('/reports/summary/export', { format: 'csv', period: this.report.period, unitMap: this.unitMap },
        `bao-cao-${this.report.period}.csv`);
    } catch (problem) {
      this.exportProblem = problem;
    }
  }

  /** The summary as the report document the unit signs: docx to edit, pdf to print. */
  async exportDocument(format) {
    this.exportProblem = null;
    try {
      await download('/reports/summary/export', { format, period: this.report.period, unitMap: this.unitMap },
        `bao-cao-${this.report.period}.${format}`);
    } catch (problem) {
      this.exportProblem = problem;
    }
  }

  async exportSystemsDocument(format) {
    this.systemsProblem = null;
    try {
      await download('/reports/systems/export', { format, year: this.systems.year },
        `bao-cao-he-thong-${this.systems.year}.${format}`);
    } catch (problem) {
      this.systemsProblem = problem;
    }
  }

  async loadSystems() {
    this.systemsBusy = true;
    this.systemsProblem = null;
    try {
      this.systems = (await call('/reports/systems', { query: { year: this.systemsYear } })).data;
    } catch (problem) {
      this.systems = null;
      this.systemsProblem = problem;
    } finally {
      this.systemsBusy = false;
    }
  }

  destroyCharts() {
    this.charts.forEach((chart) => chart.destroy());
    this.charts = [];
  }

  async updated() {
    if (this.drawnFor === this.report) return;
    this.drawnFor = this.report;
    this.destroyCharts();
    if (!this.report) return;
    const report = this.report;
    // sized through the CSSOM: a style attribute (also Lit's styleMap on its first render) breaks the CSP
    for (const box of this.querySelectorAll('.report-chart-box[data-height]')) box.style.height = box.dataset.height;
    for (const canvas of this.querySelectorAll('canvas[data-chart]')) {
      const spec = this.chartSpecs(report)[canvas.dataset.chart];
      if (!spec) continue;
      try {
        const chart = await barChart(canvas, spec.labels.map(shortLabel), spec.series, { horizontal: true });
        if (chart && this.drawnFor === report) this.charts.push(chart);
        else chart?.destroy();
      } catch {
        // the chart is decoration: its table says the same
      }
    }
  }

  /** What each chart draws: the same rows as its table. */
  chartSpecs(report) {
    const counted = (map, label) => ({ labels: entries(map).map(([key]) => label(key)),
      series: [{ label: t('reports.incidents'), values: entries(map).map(([, value]) => value) }] });
    const kinds = entries(report.obligations);
    return {
      category: counted(report.byCategory, (key) => term('category', key)),
      status: counted(report.byStatus, (key) => term('status', key)),
      severity: counted(report.bySeverity, (key) => this.severityName(key)),
      unit: counted(report.byUnit, (key) => key),
      obligations: {
        labels: kinds.map(([kind]) => this.kindName(kind)),
        series: ['metOnTime', 'metLate', 'open', 'breached', 'waived'].map((field) => ({
          label: t(`reports.obligation.${field}`), values: kinds.map(([, tally]) => tally[field]) })),
      },
    };
  }

  severityName(key) {
    return key === 'UNASSESSED' ? t('reports.unassessed') : term('severity', key);
  }

  render() {
    return html`<h1>${t('nav.reports')}</h1>
      ${this.form()}
      ${this.busy ? loading() : nothing}
      ${problemBox(this.problem)}
      ${this.report ? this.summary(this.report) : nothing}
      ${this.systemsSection()}`;
  }

  form() {
    return html`<form class="card stack report-form no-print" @submit=${(event) => { event.preventDefault(); this.load(); }}>
      <fieldset>
        <legend>${t('reports.kind')}</legend>
        <label class="check"><input type="radio" name="kind" value="half" .checked=${this.kind === 'half'}
          @change=${() => { this.kind = 'half'; }}>${t('reports.kind.half')}</label>
        <label class="check"><input type="radio" name="kind" value="year" .checked=${this.kind === 'year'}
          @change=${() => { this.kind = 'year'; }}>${t('reports.kind.year')}</label>
      </fieldset>
      <div>
        <label for="report-year">${t('reports.year')}</label>
        <select id="report-year" @change=${(event) => { this.year = event.target.value; }}>
          ${years().map((year) => html`<option value=${year} ?selected=${year === this.year}>${year}</option>`)}
        </select>
      </div>
      ${this.kind === 'half' ? html`<div>
        <label for="report-half">${t('reports.half')}</label>
        <select id="report-half" @change=${(event) => { this.half = event.target.value; }}>
          <option value="H1" ?selected=${this.half === 'H1'}>${t('reports.half.H1')}</option>
          <option value="H2" ?selected=${this.half === 'H2'}>${t('reports.half.H2')}</option>
        </select>
      </div>` : nothing}
      <div>
        <label for="report-unit-map">${t('reports.unitMap')}</label>
        <p class="hint" id="report-unit-map-hint">${t('reports.unitMap.hint')}</p>
        <select id="report-unit-map" aria-describedby="report-unit-map-hint" @change=${(event) => { this.unitMap = event.target.value; }}>
          <option value="filed" ?selected=${this.unitMap === 'filed'}>${t('reports.unitMap.filed')}</option>
          <option value="current" ?selected=${this.unitMap === 'current'}>${t('reports.unitMap.current')}</option>
        </select>
      </div>
      <button type="submit" ?disabled=${this.busy}>${t('reports.show')}</button>
    </form>`;
  }

  summary(report) {
    const specs = this.chartSpecs(report);
    return html`<section class="report" aria-labelledby="report-title">
      <h2 id="report-title">${t('reports.summaryTitle', { period: report.period ? periodName(report.period) : '' })}</h2>
      <p class="muted">${t('reports.range', { from: date(report.from), to: date(report.to) })}
        ${t('reports.generatedAt', { at: dateTime(report.generatedAt) })}</p>
      <div class="row no-print">
        <button type="button" class="secondary" @click=${() => this.exportCsv()}>${t('reports.csv')}</button>
        <button type="button" class="secondary" @click=${() => this.exportDocument('docx')}>${t('reports.docx')}</button>
        <button type="button" class="secondary" @click=${() => this.exportDocument('pdf')}>${t('reports.pdf')}</button>
        <button type="button" class="secondary" @click=${() => window.print()}>${t('reports.print')}</button>
      </div>
      ${problemBox(this.exportProblem)}
      ${this.overview(report)}
      ${this.countSection('category', t('reports.byCategory'), t('reports.col.category'), specs.category)}
      ${this.countSection('status', t('reports.byStatus'), t('reports.col.status'), specs.status)}
      ${this.countSection('severity', t('reports.bySeverity'), t('reports.col.severity'), specs.severity)}
      ${specs.unit.labels.length ? this.countSection('unit', t('reports.byUnit'), t('reports.col.unit'), specs.unit)
        : html`<h3>${t('reports.byUnit')}</h3><p>${t('reports.noUnits')}</p>`}
      ${this.obligations(report, specs.obligations)}
      ${this.handling(report)}
      ${report.preparedness ? this.preparedness(report.preparedness) : nothing}
    </section>`;
  }

  overview(report) {
    const rows = [
      [t('reports.total'), number(report.total)],
      [t('reports.escalations'), number(report.escalations)],
      [t('reports.openEscalations'), number(report.openEscalations)],
      [t('reports.toTriage'), this.timing(report.timeToTriage)],
      [t('reports.toResolve'), this.timing(report.timeToResolve)],
      [t('reports.breached'), number(report.deadlinesBreached?.total)],
    ];
    return html`<h3>${t('reports.overview')}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('reports.overview')}><table class="report-table">
        <caption class="sr-only">${t('reports.overview')}</caption>
        <tbody>${rows.map(([name, value]) => html`<tr><th scope="row">${name}</th><td class="num">${value}</td></tr>`)}</tbody>
      </table></div>`;
  }

  timing(durations) {
    if (!durations || !durations.incidents) return t('reports.none');
    return t('reports.timing', { mean: duration(durations.meanSeconds), median: duration(durations.medianSeconds),
      n: number(durations.incidents) });
  }

  /** A chart and its table, the figure's caption naming both. */
  pair(key, title, spec, table, wide = false) {
    const values = spec.series.flatMap((one) => one.values);
    const top = spec.series.length === 1 && values.length ? values.indexOf(Math.max(...values)) : -1;
    const summary = top >= 0 && values[top] > 0
      ? t('reports.chartTop', { title, name: spec.labels[top], value: number(values[top]) })
      : t('reports.chartPlain', { title });
    const height = `${Math.max(8, spec.labels.length * 2.2 + 4)}rem`;
    return html`<figure class=${wide ? 'report-chart-pair wide' : 'report-chart-pair'}>
      <figcaption><h3>${title}</h3></figcaption>
      <div class="report-chart-box" data-height=${height}><canvas data-chart=${key} role="img" aria-label=${summary}></canvas></div>
      ${table}
    </figure>`;
  }

  countSection(key, title, column, spec) {
    const values = spec.series[0].values;
    const total = values.reduce((sum, value) => sum + value, 0);
    return this.pair(key, title, spec, html`<div class="table-wrap" tabindex="0" role="region" aria-label=${title}><table class="report-table" data-table=${key}>
      <caption class="sr-only">${title}</caption>
      <thead><tr><th scope="col">${column}</th><th scope="col" class="num">${t('reports.incidents')}</th></tr></thead>
      <tbody>${spec.labels.map((label, index) => html`<tr><th scope="row">${label}</th><td class="num">${number(values[index])}</td></tr>`)}</tbody>
      <tfoot><tr><th scope="row">${t('reports.sum')}</th><td class="num">${number(total)}</td></tr></tfoot>
    </table></div>`);
  }

  obligations(report, spec) {
    const fields = ['metOnTime', 'metLate', 'open', 'breached', 'waived', 'total'];
    const kinds = entries(report.obligations);
    const breaches = entries(report.deadlinesBreached?.byKind);
    return html`<h3>${t('reports.obligations')}</h3>
      <p class="hint">${t('reports.obligations.hint')}</p>
      ${kinds.length ? this.pair('obligations', t('reports.obligations.chart'), spec, html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('reports.obligations')}>
        <table class="report-table" data-table="obligations">
          <caption class="sr-only">${t('reports.obligations')}</caption>
          <thead><tr><th scope="col">${t('reports.col.kind')}</th>
            ${fields.map((field) => html`<th scope="col" class="num">${t(`reports.obligation.${field}`)}</th>`)}</tr></thead>
          <tbody>${kinds.map(([kind, tally]) => html`<tr><th scope="row">${this.kindName(kind)}</th>
            ${fields.map((field) => html`<td class="num">${number(tally[field])}</td>`)}</tr>`)}</tbody>
        </table></div>`, true) : html`<p>${t('reports.none')}</p>`}
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('reports.breachedByKind')}><table class="report-table" data-table="breaches">
        <caption>${t('reports.breachedByKind')}</caption>
        <thead><tr><th scope="col">${t('reports.col.kind')}</th><th scope="col" class="num">${t('reports.breachedCount')}</th></tr></thead>
        <tbody>${breaches.map(([kind, count]) => html`<tr><th scope="row">${this.kindName(kind)}</th><td class="num">${number(count)}</td></tr>`)}</tbody>
        <tfoot><tr><th scope="row">${t('reports.sum')}</th><td class="num">${number(report.deadlinesBreached?.total)}</td></tr></tfoot>
      </table></div>`;
  }

  handling(report) {
    const fields = ['incidents', 'handledByUnitAlone', 'withProvincialSupport', 'supportRequested'];
    return html`<h3>${t('reports.handling')}</h3>
      <p class="hint">${t('reports.handling.hint')}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('reports.handling')}><table class="report-table" data-table="handling">
        <caption class="sr-only">${t('reports.handling')}</caption>
        <thead><tr><th scope="col">${t('reports.col.category')}</th>
          ${fields.map((field) => html`<th scope="col" class="num">${t(`reports.handling.${field}`)}</th>`)}</tr></thead>
        <tbody>${entries(report.handlingByCategory).map(([category, row]) => html`<tr><th scope="row">${term('category', category)}</th>
          ${fields.map((field) => html`<td class="num">${number(row[field])}</td>`)}</tr>`)}</tbody>
      </table></div>`;
  }

  preparedness(prep) {
    const groups = [
      ['drills', ['total', 'own', 'national']],
      ['trainings', ['total', 'participants', 'certificates', 'certificatesLevel3To5']],
      ['equipmentChecks', ['total', 'passed', 'passedWithRemarks', 'failed']],
    ];
    return html`<h3>${t('reports.preparedness')}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('reports.preparedness')}><table class="report-table" data-table="preparedness">
        <caption class="sr-only">${t('reports.preparedness')}</caption>
        <thead><tr><th scope="col">${t('reports.col.item')}</th><th scope="col" class="num">${t('reports.col.count')}</th></tr></thead>
        ${groups.map(([group, fields]) => html`<tbody>
          <tr><th scope="rowgroup" colspan="2" class="group">${t(`reports.prep.${group}`)}</th></tr>
          ${fields.map((field) => html`<tr><th scope="row" class="indent">${t(`reports.prep.${group}.${field}`)}</th>
            <td class="num">${number(prep[group]?.[field])}</td></tr>`)}
        </tbody>`)}
      </table></div>`;
  }

  systemsSection() {
    const report = this.systems;
    return html`<section class=${report ? 'systems-report' : 'systems-report no-print'} aria-labelledby="systems-title">
      <h2 id="systems-title">${t('reports.systems')}</h2>
      <p class="hint">${t('reports.systems.hint')}</p>
      <form class="row no-print" @submit=${(event) => { event.preventDefault(); this.loadSystems(); }}>
        <div>
          <label for="systems-year">${t('reports.year')}</label>
          <select id="systems-year" @change=${(event) => { this.systemsYear = event.target.value; }}>
            ${years().map((year) => html`<option value=${year} ?selected=${year === this.systemsYear}>${year}</option>`)}
          </select>
        </div>
        <button type="submit" ?disabled=${this.systemsBusy}>${t('reports.systems.show')}</button>
      </form>
      ${this.systemsBusy ? loading() : nothing}
      ${problemBox(this.systemsProblem)}
      ${report ? this.systemsTables(report) : nothing}
    </section>`;
  }

  systemsTables(report) {
    const statuses = Object.keys(report.byApprovalStatus || {});
    const statusName = (status) => report.approvalStatusLabels?.[status] || t(`reports.approval.${status}`);
    return html`<div class="row no-print">
        <button type="button" class="secondary" @click=${() => this.exportSystemsDocument('docx')}>${t('reports.docx')}</button>
        <button type="button" class="secondary" @click=${() => this.exportSystemsDocument('pdf')}>${t('reports.pdf')}</button>
      </div>
      <dl class="facts">
        <dt>${t('reports.systems.period')}</dt><dd>${date(report.periodStart)} – ${date(report.periodEnd)}</dd>
        <dt>${t('reports.systems.ownerDue')}</dt><dd>${date(report.ownerDueDate)}</dd>
        <dt>${t('reports.systems.ministryDue')}</dt><dd>${date(report.ministryDueDate)}</dd>
        <dt>${t('reports.legalBasis')}</dt><dd>${report.legalBasis}</dd>
      </dl>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('reports.systems.counts', { year: report.year })}><table class="report-table" data-table="systems">
        <caption>${t('reports.systems.counts', { year: report.year })}</caption>
        <thead><tr><th scope="col">${t('reports.col.item')}</th><th scope="col" class="num">${t('reports.col.count')}</th></tr></thead>
        <tbody>
          <tr><th scope="row">${t('reports.systems.total')}</th><td class="num">${number(report.systems)}</td></tr>
          ${entries(report.byLevel).map(([level, count]) => html`<tr><th scope="row" class="indent">${t('reports.systems.level', { level })}</th><td class="num">${number(count)}</td></tr>`)}
          <tr><th scope="row">${t('reports.systems.regulation')}</th><td class="num">${number(report.withSecurityRegulation)}</td></tr>
          ${entries(report.bySecurityPlanStatus).map(([status, count]) => html`<tr><th scope="row" class="indent">${t('reports.systems.plan', { status: t(`reports.plan.${status}`) })}</th><td class="num">${number(count)}</td></tr>`)}
          <tr><th scope="row">${t('reports.systems.checks')}</th><td class="num">${number(report.checks?.total)}</td></tr>
          <tr><th scope="row" class="indent">${t('reports.systems.checked')}</th><td class="num">${number(report.checks?.systemsChecked)}</td></tr>
          ${entries(report.checks?.byKind).map(([kind, count]) => html`<tr><th scope="row" class="indent">${t(`reports.check.${kind}`)}</th><td class="num">${number(count)}</td></tr>`)}
          ${entries(report.checks?.byResult).map(([result, count]) => html`<tr><th scope="row" class="indent">${t(`reports.result.${result}`)}</th><td class="num">${number(count)}</td></tr>`)}
        </tbody>
      </table></div>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('reports.systems.byLevelAndStatus')}><table class="report-table" data-table="levels">
        <caption>${t('reports.systems.byLevelAndStatus')}</caption>
        <thead><tr><th scope="col">${t('reports.col.level')}</th>
          ${statuses.map((status) => html`<th scope="col" class="num">${statusName(status)}</th>`)}</tr></thead>
        <tbody>${entries(report.byLevelAndApprovalStatus).map(([level, row]) => html`<tr>
          <th scope="row">${t('reports.systems.level', { level })}</th>
          ${statuses.map((status) => html`<td class="num">${number(row[status])}</td>`)}</tr>`)}</tbody>
      </table></div>`;
  }
}

customElements.define('uc-periodic-reports', PeriodicReports);
