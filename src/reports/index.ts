export { computeFigures, type Figures } from './compute-figures.ts';
export { parsePeriod, type Period, type PeriodKind } from './parse-period.ts';
export { figuresToCsv } from './figures-to-csv.ts';
export { renderBarChart, type Bar, type BarChart } from './render-bar-chart.ts';
export { ensureMonthlyReport, readMonthlyReport, type MonthlyReport } from './ensure-monthly-report.ts';
export { monthlyReports } from './report-tables.ts';
export { findFirstMonth } from './find-first-month.ts';
