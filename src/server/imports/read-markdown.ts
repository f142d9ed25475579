import { headerKey } from '../../domain/import/import-headers';
import type { Sheet, SheetRow } from './sheet';

const TABLE_LINE = /^\s*\|.*\|\s*$/u;
const SEPARATOR = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?\|?\s*$/u;
const HEADING = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/u;
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

function tablesOf(lines: string[]): Table[] {
  const tables: Table[] = [];
  let title = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = HEADING.exec(line);
    if (heading?.[1]) title = stripMarks(heading[1]);
    if (!TABLE_LINE.test(line) || !SEPARATOR.test(lines[i + 1] ?? '')) continue;
    const table: Table = { title: title || `表格 ${tables.length + 1}`, header: cellsOf(line), rows: [] };
    for (i += 2; i < lines.length && TABLE_LINE.test(lines[i] ?? ''); i++) {
      const cells = cellsOf(lines[i] ?? '');
      table.rows.push({ line: i + 1, cells: cells.map((c) => c || null) });
    }
    i--;
    tables.push(table);
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
