// The parts of Chart.js a bar chart needs, imported by name so that the bundler leaves the rest out (tree-shaken).
// Only charts.js imports this module, and only with a dynamic import(): it is a chunk of its own, fetched when a
// report is first drawn.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
