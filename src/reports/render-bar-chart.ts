import { html, type SafeHtml } from '../html.ts';

export type Bar = {
  label: string;
  value: number | null;
  /** The value as the reader reads it ('85 %', '3 ngày'), formatted by the page in its language. */
  text: string;
};

export type BarChart = {
  /** Unique on the page: the title and description are referenced by it. */
  id: string;
  title: string;
  bars: Bar[];
  /** The value a full-length bar stands for. */
  max: number;
  /** A goal drawn as a dashed line across every bar (median 5 days, satisfaction 85 %). */
  target?: { value: number; label: string };
};

const WIDTH = 400;
const BAR_SPACE = 280;
const ROW = 46;
const TOP = 22;

/**
 * The one bar chart of the app (public figures and the staff reports): horizontal bars as inline
 * SVG drawn on the server, so no script, prints well and scales with the page (class "chart", the
 * pages' CSS makes it fluid). Each label sits above its bar so long agency names fit on a phone.
 * role="img" with a title and a description listing every value gives screen readers its content;
 * every label goes through the html template, so it is escaped.
 */
export function renderBarChart(chart: BarChart): SafeHtml {
  const scale = (value: number) => Math.max(0, Math.min(1, chart.max <= 0 ? 0 : value / chart.max)) * BAR_SPACE;
  const height = TOP + chart.bars.length * ROW + 4;
  const rows = chart.bars.map((bar, position) => {
    const y = TOP + position * ROW;
    const length = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, scale(bar.value));
    return html`<g><text x="0" y="${y + 14}" class="label">${bar.label}</text>
<rect x="0" y="${y + 20}" width="${round(length)}" height="16" rx="2" fill="#0a4f9e"></rect>
<text x="${round(length + 6)}" y="${y + 33}" class="value">${bar.text}</text></g>`;
  });
  const target = chart.target
    ? html`<line x1="${round(scale(chart.target.value))}" x2="${round(scale(chart.target.value))}" y1="${TOP - 4}" y2="${height}" stroke="#b36b00" stroke-width="2" stroke-dasharray="4 3"></line>
<text x="${round(Math.min(scale(chart.target.value), BAR_SPACE - 60))}" y="12" class="target" fill="#7a4800">${chart.target.label}</text>`
    : '';
  const description = chart.bars.map((bar) => `${bar.label}: ${bar.text}`);
  if (chart.target) description.push(chart.target.label);
  return html`<svg class="chart" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="system-ui, sans-serif" font-size="14" xmlns="http://www.w3.org/2000/svg">
<title id="${chart.id}-title">${chart.title}</title>
<desc id="${chart.id}-desc">${description.join('; ')}</desc>
${rows}
${target}
</svg>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
