// Chart.js for "My practice", registered once with what the view draws: bars with their 95 %
// intervals (chartjs-chart-error-bars), box plots from the median, quartiles and extremes
// (@sgratzl/chartjs-chart-boxplot), and a monthly bar series; in the app's dark palette. Canvas
// charts set no inline style sheet, so the Content-Security-Policy holds; each chart has its table.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { BarWithErrorBar, BarWithErrorBarsController } from 'chartjs-chart-error-bars';
import { BoxAndWiskers, BoxPlotController } from '@sgratzl/chartjs-chart-boxplot';

let registered = false;

export function registerPracticeCharts(): void {
  if (registered) return;
  registered = true;
  Chart.register(
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    Tooltip,
    Legend,
    BarWithErrorBarsController,
    BarWithErrorBar,
    BoxPlotController,
    BoxAndWiskers,
  );
  Chart.defaults.color = '#c9d1d9';
  Chart.defaults.borderColor = '#30363d';
  Chart.defaults.font.family = 'system-ui, sans-serif';
  Chart.defaults.animation = false;
}

/** The series' colours: the expert's own, the published reference, the platform's live figures. */
export const COLOURS = { own: '#58a6ff', reference: '#d29922', live: '#8b949e', complex: '#f0883e', interval: '#e6e9ec' } as const;
