import type { TAttachmentExtension } from '../../domain/attachment';

/** How many leading bytes the checks below look at. */
export const SNIFF_BYTES = 4096;

const startsWith = (head: Buffer, bytes: readonly number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Buffer, text: string, at = 0) =>
  startsWith(
    head,
    [...text].map((c) => c.charCodeAt(0)),
    at,
  );

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// PK\3\4 (a file first), or PK\5\6 (an empty archive).
const isZip = (h: Buffer) =>
  startsWith(h, [0x50, 0x4b, 0x03, 0x04]) || startsWith(h, [0x50, 0x4b, 0x05, 0x06]);
/** The ISO media file family (mp4, m4a, heic): a `ftyp` box first. */
const isFtyp = (h: Buffer) => ascii(h, 'ftyp', 4);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** The major and compatible brands of a `ftyp` box, e.g. ['heic', 'mif1', 'heic']. */
function ftypBrands(h: Buffer): string[] {
  const size = Math.min(h.readUInt32BE(0), h.length);
  const brands = [h.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(h.toString('latin1', at, at + 4));
  return brands;
}

/**
 * Text has no magic number: accept what has no NUL byte (UTF-8 and GBK/GB18030 alike; Excel in China saves CSV as
 * GBK), or starts with a UTF-16 byte-order mark (Notepad's "Unicode").
 */
function isText(h: Buffer): boolean {
  if (startsWith(h, [0xff, 0xfe]) || startsWith(h, [0xfe, 0xff])) return true;
  return !h.includes(0);
}

/** An MP3 starts with an ID3 tag or straight with an MPEG audio frame (11 set sync bits). */
const isMp3 = (h: Buffer) =>
  ascii(h, 'ID3') || (h.length >= 2 && h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0);

/**
 * What the first bytes of each allowed type look like. The extension alone is the person's word; these make a
 * program renamed to .pdf (or .txt) fail. Office's new formats are ZIP archives and the old ones OLE2 files.
 */
const SIGNATURES: Record<TAttachmentExtension, (head: Buffer) => boolean> = {
  // Acrobat accepts a PDF whose header is within the first KB, and some generators put bytes before it.
  pdf: (h) => h.subarray(0, 1024).includes('%PDF-'),
  jpg: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
  jpeg: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
  png: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  gif: (h) => ascii(h, 'GIF87a') || ascii(h, 'GIF89a'),
  webp: (h) => ascii(h, 'RIFF') && ascii(h, 'WEBP', 8),
  heic: (h) => isFtyp(h) && ftypBrands(h).some((b) => HEIF_BRANDS.has(b)),
  doc: (h) => startsWith(h, OLE2),
  xls: (h) => startsWith(h, OLE2),
  ppt: (h) => startsWith(h, OLE2),
  docx: isZip,
  xlsx: isZip,
  pptx: isZip,
  zip: isZip,
  txt: isText,
  csv: isText,
  mp3: isMp3,
  m4a: isFtyp,
  mp4: isFtyp,
  // AMR as phones record it, or SILK as WeChat stores voice messages (with or without a leading 0x02).
  amr: (h) => ascii(h, '#!AMR') || ascii(h, '#!SILK_V3') || ascii(h, '#!SILK_V3', 1),
};

/** Whether the file's first bytes (up to SNIFF_BYTES) are what its extension says. */
export function contentMatches(ext: TAttachmentExtension, head: Buffer): boolean {
  return head.length > 0 && SIGNATURES[ext](head);
}
