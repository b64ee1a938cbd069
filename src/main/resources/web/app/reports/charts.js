// Bar charts for the periodic report. Chart.js comes only through the dynamic import() of chart-lib.js, so that it
// is a chunk of its own fetched when a report is first shown: no other screen (above all the reporter's first load)
// ever carries it. Only what a bar chart needs is imported and registered (tree-shaken). The canvas is decorative: each chart
// sits beside its data table, which is the accessible version.
import { locale } from '../core/i18n.js';
import { number } from '../core/format.js';

let loaded = null;

function chartJs() {
  loaded ??= import('./chart-lib.js').then((module) => module.Chart);
  return loaded;
}

const COLOURS = ['#0b5cad', '#1e6b34', '#7a4d00', '#a4161a', '#5a3e9b', '#4d5560'];

/**
 * Draws a bar chart on the canvas: labels along one axis, one dataset per series ({label, values}); stacked when
 * there are several series. Answers the chart, to be destroyed when the data changes.
 */
export async function barChart(canvas, labels, series, { horizontal = false } = {}) {
  const Chart = await chartJs();
  if (!canvas.isConnected) return null;
  const stacked = series.length > 1;
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((one, index) => ({ label: one.label, data: one.values, backgroundColor: COLOURS[index % COLOURS.length] })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      locale: locale(),
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: stacked }, tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${number(item.raw)}` } } },
      scales: {
        x: { stacked, beginAtZero: true, ticks: horizontal ? { precision: 0, callback: (value) => number(value) } : { autoSkip: false } },
        y: { stacked, beginAtZero: true, ticks: horizontal ? { autoSkip: false } : { precision: 0, callback: (value) => number(value) } },
      },
    },
  });
}
