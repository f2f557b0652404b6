export type BarRow = { label: string; value: number | null; target?: number };

export type BarChartOptions = {
  title: string;
  /** Read after each value: '%', ' h', ' days'. */
  unit?: string;
  /** The value of a full-length bar; defaults to the largest value or target. */
  max?: number;
  /** Decimals shown in the value labels (default 1). */
  decimals?: number;
  /** Unique on the page; defaults to one derived from the title and labels. */
  id?: string;
};

const WIDTH = 480;
const BAR_SPACE = 360;
const ROW = 40;
const TOP = 8;

/**
 * A horizontal bar chart as an SVG string, drawn on the server: no script, prints well, scales
 * with the page. Labels sit above their bars so long agency names fit on a phone; a row's target
 * (SIPAS 85 %, median 5 days) is a dashed mark across its bar. role="img" with <title> and a
 * <desc> listing every value gives screen readers the chart's content. All text is escaped.
 */
export function barChartSvg(rows: BarRow[], options: BarChartOptions): string {
  const unit = options.unit ?? '';
  const decimals = options.decimals ?? 1;
  const largest = Math.max(0, ...rows.flatMap((row) => [row.value ?? 0, row.target ?? 0]));
  const max = options.max ?? largest;
  const scale = (value: number) => (max <= 0 ? 0 : Math.max(0, Math.min(1, value / max)) * BAR_SPACE);
  const text = (value: number | null) => (value === null ? '—' : `${value.toFixed(decimals)}${unit}`);
  const id = options.id ?? `chart-${hash(options.title + rows.map((row) => row.label).join('|'))}`;
  const height = TOP + rows.length * ROW + 4;
  const bars = rows.map((row, position) => {
    const y = TOP + position * ROW;
    const length = row.value === null ? 0 : Math.max(row.value > 0 ? 2 : 0, scale(row.value));
    const target =
      row.target === undefined
        ? ''
        : `\n<line x1="${round(scale(row.target))}" x2="${round(scale(row.target))}" y1="${y + 14}" y2="${y + 34}" stroke="#b36b00" stroke-width="2" stroke-dasharray="3 2"><title>${escapeXml(text(row.target))}</title></line>`;
    return `<g><text x="0" y="${y + 11}" font-size="12">${escapeXml(row.label)}</text>
<rect x="0" y="${y + 16}" width="${round(length)}" height="16" rx="2" fill="#0a4f9e"></rect>
<text x="${round(length + 6)}" y="${y + 29}" font-size="12">${escapeXml(text(row.value))}</text>${target}</g>`;
  });
  const description = rows
    .map((row) => `${row.label}: ${text(row.value)}${row.target === undefined ? '' : ` (target ${text(row.target)})`}`)
    .join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="sans-serif">
<title id="${id}-title">${escapeXml(options.title)}</title>
<desc id="${id}-desc">${escapeXml(description)}</desc>
${bars.join('\n')}
</svg>`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

// Short and stable, so the same chart gets the same id on every render.
function hash(text: string): string {
  let value = 5381;
  for (let i = 0; i < text.length; i++) value = ((value * 33) ^ text.charCodeAt(i)) >>> 0;
  return value.toString(36);
}
