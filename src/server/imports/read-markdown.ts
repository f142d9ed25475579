import { headerKey } from '../../domain/import/import-headers';
import type { Sheet, SheetRow } from './sheet';

const TABLE_LINE = /^\s*\|.*\|\s*$/u;
const SEPARATOR = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?\|?\s*$/u;
const HEADING = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/u;
/** A line such as **项目**：官网改版 above a table: a value every row of the table shares (seed 000's 4.2). */
const LABEL_LINE = /^\s*\*\*(.+?)\*\*\s*[：:]\s*(.*?)\s*$/u;
/** First-column headers of a card laid out as 字段 | 内容 (seed 000's 客户基本信息, 需求分析). */
const CARD_HEADERS = new Set(['字段', '维度', '项目', 'field', 'item'].map(headerKey));

interface Table {
  title: string;
  header: string[];
  rows: SheetRow[];
}

/**
 * The tables of a Markdown file as sheets, each named by the heading above it. Tables laid out as a card (字段 | 内容,
 * one field per line) are read together as one record: their field names become the headers of a one-row sheet.
 */
export function markdownSheets(text: string, fileName: string): Sheet[] {
  const tables = tablesOf(text.split(/\r?\n/u));
  const cards = tables.filter((t) => t.header.length === 2 && CARD_HEADERS.has(headerKey(t.header[0] ?? '')));
  const sheets: Sheet[] = tables
    .filter((t) => !cards.includes(t))
    .map((t) => fixedSheet(t.title, [{ line: t.rows[0]?.line ?? 1, cells: t.header }, ...t.rows]));
  if (cards.length) {
    const fields = cards.flatMap((t) => t.rows.filter((r) => cellOf(r, 0)));
    const first = fields[0]?.line ?? 1;
    sheets.unshift(
      fixedSheet(cards[0]?.title ?? fileName, [
        { line: first, cells: fields.map((r) => cellOf(r, 0)) },
        { line: first, cells: fields.map((r) => cellOf(r, 1) || null) },
      ]),
    );
  }
  return sheets;
}

const cellOf = (row: SheetRow, i: number) => String(row.cells[i] ?? '');

function fixedSheet(name: string, rows: SheetRow[]): Sheet {
  return {
    name,
    async *rows() {
      yield* rows;
    },
  };
}

/**
 * The tables, each named by the heading above it; the **名称**：值 lines between that heading and the table become
 * columns of the table, the same value on every row (a blank like ____ is no value).
 */
function tablesOf(lines: string[]): Table[] {
  const tables: Table[] = [];
  let title = '';
  let shared: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = HEADING.exec(line);
    if (heading?.[1]) {
      title = stripMarks(heading[1]);
      shared = [];
    }
    const label = LABEL_LINE.exec(line);
    if (label?.[1]) shared.push([stripMarks(label[1]), stripMarks(label[2] ?? '').replace(/^_+$/u, '')]);
    if (!TABLE_LINE.test(line) || !SEPARATOR.test(lines[i + 1] ?? '')) continue;
    const header = cellsOf(line);
    const extra = shared.filter(([name]) => !header.includes(name));
    const table: Table = {
      title: title || `表格 ${tables.length + 1}`,
      header: [...header, ...extra.map(([name]) => name)],
      rows: [],
    };
    for (i += 2; i < lines.length && TABLE_LINE.test(lines[i] ?? ''); i++) {
      const own = cellsOf(lines[i] ?? '');
      // A template line (| M2 | | | |) stays empty: the shared values would make it a row.
      const filled = own.slice(1).some(Boolean);
      const cells = [...own, ...extra.map(([, value]) => (filled ? value : ''))];
      table.rows.push({ line: i + 1, cells: cells.map((c) => c || null) });
    }
    i--;
    tables.push(table);
    shared = [];
  }
  return tables;
}

/** The cells of a table line: split at pipes not escaped (\|), trimmed, bold and code marks dropped. */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split(/(?<!\\)\|/u).map((cell) => stripMarks(cell.replaceAll('\\|', '|')));
}

function stripMarks(text: string): string {
  return text
    .replace(/\*\*(.*?)\*\*|__(.*?)__|`(.*?)`/gu, '$1$2$3')
    .replace(/<br\s*\/?>/giu, '\n')
    .trim();
}
