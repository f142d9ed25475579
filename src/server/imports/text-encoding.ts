import fs from 'node:fs';
import iconv from 'iconv-lite';

/** Bytes read to tell the encoding: enough for a few hundred rows of Chinese text. */
const SNIFF_BYTES = 64 * 1024;

export type TextEncoding = 'utf8' | 'utf16le' | 'gb18030';

/**
 * The encoding of a text file as Excel and WPS in China write it: a BOM says UTF-8 or UTF-16; otherwise text that
 * is valid UTF-8 is UTF-8, and anything else is GB18030 (GBK's superset, which Excel's "CSV" uses on Chinese
 * Windows). ASCII reads the same in all of them, so the bytes judged are those from the first non-ASCII one on: a
 * sheet may hold thousands of rows of digits before its first Chinese name. Null when the head holds NUL bytes or
 * control codes: not a text file.
 */
export async function sniffEncoding(path: string): Promise<TextEncoding | null> {
  const file = await fs.promises.open(path, 'r');
  try {
    const chunk = Buffer.alloc(SNIFF_BYTES);
    let { bytesRead } = await file.read(chunk, 0, SNIFF_BYTES, 0);
    const head = chunk.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
    if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
    if (head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b))) return null;
    for (let position = 0; bytesRead > 0; position += bytesRead) {
      const read = chunk.subarray(0, bytesRead);
      const first = read.findIndex((b) => b >= 0x80);
      if (first >= 0) {
        const window = Buffer.alloc(SNIFF_BYTES);
        const got = (await file.read(window, 0, SNIFF_BYTES, position + first)).bytesRead;
        return validUtf8(window.subarray(0, got), got === SNIFF_BYTES) ? 'utf8' : 'gb18030';
      }
      ({ bytesRead } = await file.read(chunk, 0, SNIFF_BYTES, position + bytesRead));
    }
    return 'utf8';
  } finally {
    await file.close();
  }
}

export async function readHead(path: string, bytes: number): Promise<Buffer> {
  const file = await fs.promises.open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await file.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Whether the bytes are UTF-8; a head cut off mid-character (`truncated`) may end in up to 3 bytes of one. */
function validUtf8(bytes: Buffer, truncated: boolean): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= (truncated ? 3 : 0); cut++) {
    try {
      decoder.decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // try without the last byte(s)
    }
  }
  return false;
}

/** A decoding stream to UTF-16 strings; the BOM is dropped. */
export const decodeStream = (encoding: TextEncoding) => iconv.decodeStream(encoding);

/** A whole (small) file as text. */
export async function readText(path: string, encoding: TextEncoding): Promise<string> {
  return iconv.decode(await fs.promises.readFile(path), encoding);
}
