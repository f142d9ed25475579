import type { TLocale } from '../../domain/locale';

/** How a column's values read: money is fen, rates are shares 0–1, days may have one decimal. */
export type CellKind = 'text' | 'count' | 'yuan' | 'rate' | 'days';
export type Cell = string | number | null;

/** A column of a report: its header and how to read it off one of the report's rows. */
export interface ColumnDef<R> {
  key: string;
  title: string;
  kind: CellKind;
  value: (row: R) => Cell;
}

export interface TableColumn {
  key: string;
  title: string;
  kind: CellKind;
}
export interface TableRow {
  id: string;
  /** A totals row (合计), shown in bold after the others. */
  total: boolean;
  cells: Cell[];
}

/** The table behind a chart, as the screen and both exports show it. */
export interface ReportTable {
  columns: TableColumn[];
  rows: TableRow[];
}

/** The report's rows, then its totals rows (none under no rows: a total of nothing says nothing). */
export function buildTable<R>(
  defs: ColumnDef<R>[],
  items: readonly R[],
  totals: readonly R[] = [],
): ReportTable {
  const row = (item: R, total: boolean, i: number): TableRow => ({
    id: `${total ? 't' : 'r'}${i}`,
    total,
    cells: defs.map((d) => d.value(item)),
  });
  return {
    columns: defs.map(({ key, title, kind }) => ({ key, title, kind })),
    rows: items.length
      ? [...items.map((item, i) => row(item, false, i)), ...totals.map((item, i) => row(item, true, i))]
      : [],
  };
}

/** A share as a percentage with one decimal (0.2284 → 22.8%); — when there was nothing to divide by. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A column's header; money headers carry the unit their cells leave out. */
export const columnTitle = (column: TableColumn, yuanUnit: string): string =>
  column.kind === 'yuan' ? `${column.title}${yuanUnit}` : column.title;

/** A cell as the table on screen shows it; — for no value. */
export function formatCell(kind: CellKind, value: Cell, locale: TLocale): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'yuan':
      // Exact 元 in every row, so a column reads down alike (formatYuan would mix 万元 and 元); the unit is in the header.
      return (value / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'rate':
      return formatRate(value);
    case 'days':
      return value.toLocaleString(locale, { maximumFractionDigits: 1 });
    default:
      return value.toLocaleString(locale);
  }
}

/** Month rows are named `11月` / `Nov`; with months of two years on one axis the year is kept (2025-12). */
export function monthLabel(month: string, locale: TLocale, oneYear: boolean): string {
  if (!oneYear) return month;
  const m = Number(month.slice(5, 7));
  return locale === 'zh-CN'
    ? `${m}月`
    : new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
}

export const isOneYear = (months: readonly { month: string }[]): boolean =>
  new Set(months.map((m) => m.month.slice(0, 4))).size <= 1;
