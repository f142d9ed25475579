import fs from 'node:fs';
import { parse } from 'csv-parse';
import type { Sheet, SheetRow } from './sheet';
import { decodeStream, readHead, type TextEncoding } from './text-encoding';
import iconv from 'iconv-lite';

const DELIMITERS = [',', '\t', ';'] as const;

/**
 * A CSV file as one sheet, streamed (csv-parse: rows parsed as they are read, a million rows never held at once).
 * The delimiter is the one the first line uses most outside quotes: comma, tab (Excel's "Unicode text") or semicolon.
 */
export function csvSheet(path: string, name: string, encoding: TextEncoding): Sheet {
  return {
    name,
    async *rows(): AsyncIterable<SheetRow> {
      const delimiter = delimiterOf(iconv.decode(await readHead(path, 8192), encoding));
      const source = fs.createReadStream(path);
      const parser = source
        .pipe(decodeStream(encoding))
        .pipe(parse({ delimiter, relax_column_count: true, relax_quotes: true, bom: true }));
      const fail = (error: Error) => parser.destroy(error);
      source.on('error', fail);
      let line = 0;
      try {
        for await (const record of parser as AsyncIterable<string[]>) {
          line++;
          yield { line, cells: record.map((cell) => (cell.trim() === '' ? null : cell)) };
        }
      } finally {
        source.destroy();
      }
    },
  };
}

function delimiterOf(head: string): string {
  const firstLine = (head.split(/\r?\n/u)[0] ?? '').replace(/"[^"]*"/gu, '');
  const count = (d: string) => firstLine.split(d).length - 1;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}
