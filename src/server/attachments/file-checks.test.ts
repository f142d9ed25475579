import { describe, expect, it } from 'vitest';
import { attachmentExtension } from '../../domain/attachment';
import { cleanFileName, contentDisposition } from './file-name';
import { contentMatches } from './file-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
/** A `ftyp` box of 24 bytes: size, type, major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) =>
  bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], compatible.join(''));

describe('file type checks', () => {
  it('knows the allowed files by their first bytes', () => {
    expect(contentMatches('heic', ftyp('heic', 'mif1', 'heic'))).toBe(true);
    expect(contentMatches('heic', ftyp('isom', 'mp41'))).toBe(false);
    expect(contentMatches('mp4', ftyp('isom', 'mp41'))).toBe(true);
    expect(contentMatches('m4a', ftyp('M4A ', 'isom'))).toBe(true);
    expect(contentMatches('amr', bytes('#!AMR\n', [0x3c]))).toBe(true);
    // WeChat's voice messages: SILK behind a 0x02.
    expect(contentMatches('amr', bytes([0x02], '#!SILK_V3'))).toBe(true);
    expect(contentMatches('docx', bytes('PK', [3, 4], '[Content_Types].xml'))).toBe(true);
    expect(contentMatches('xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true);
    expect(contentMatches('webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe(true);
    expect(contentMatches('mp3', bytes('ID3', [4, 0]))).toBe(true);
    expect(contentMatches('mp3', bytes([0xff, 0xfb, 0x90]))).toBe(true);
  });

  it('takes text in UTF-8, GBK (Excel in China) or UTF-16, and nothing with NUL bytes in it', () => {
    expect(contentMatches('csv', Buffer.from('客户名称,手机\n杭州云帆,13912345678\n'))).toBe(true);
    expect(contentMatches('csv', bytes([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x0a]))).toBe(true); // 客户, in GBK
    expect(contentMatches('txt', Buffer.from('\ufeff会议纪要', 'utf16le'))).toBe(true);
    expect(contentMatches('txt', bytes('MZ', [0x90, 0, 3, 0]))).toBe(false);
    expect(contentMatches('txt', Buffer.alloc(0))).toBe(false);
  });

  it('refuses a program or a zip under a borrowed extension', () => {
    expect(contentMatches('pdf', bytes('MZ', [0x90, 0]))).toBe(false);
    expect(contentMatches('jpg', bytes('PK', [3, 4]))).toBe(false);
    expect(contentMatches('doc', bytes('PK', [3, 4]))).toBe(false);
    expect(attachmentExtension('报价.PDF')).toBe('pdf');
    expect(attachmentExtension('invoice.pdf.exe')).toBeUndefined();
    expect(attachmentExtension('README')).toBeUndefined();
  });
});

describe('file names', () => {
  it('keeps the name for display, without folders, control or direction-changing characters', () => {
    expect(cleanFileName('C:\\fakepath\\合同 (终稿).docx')).toBe('合同 (终稿).docx');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanFileName('  ')).toBe('file');
    const long = cleanFileName(`${'很长的名字'.repeat(60)}.pdf`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('offers the name back in UTF-8 (RFC 5987) with an ASCII fallback (RFC 6266)', () => {
    expect(contentDisposition("客户's 方案(1).pdf")).toBe(
      `attachment; filename="__'s __(1).pdf"; filename*=UTF-8''%E5%AE%A2%E6%88%B7%27s%20%E6%96%B9%E6%A1%88%281%29.pdf`,
    );
    expect(contentDisposition('报价单.xlsx')).toBe(
      `attachment; filename="attachment.xlsx"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.xlsx`,
    );
    expect(contentDisposition('a"b;c.txt')).toContain('filename="a_b_c.txt"');
  });
});
