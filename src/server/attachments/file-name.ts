const MAX_NAME_LENGTH = 200;

/**
 * The name a person gave a file, fit to show and to offer back on download: no folders (browsers and old IE send
 * `C:\fakepath\…`), no control characters, and no bidirectional overrides, which can make `invoice‮fdp.exe` read as
 * `invoiceexe.pdf`. Long names keep their extension. It is only ever displayed: the file on disk has a generated name.
 */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!cleaned) return 'file';
  const chars = [...cleaned];
  if (chars.length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? [...cleaned.slice(dot)] : [];
  return chars.slice(0, MAX_NAME_LENGTH - ext.length).join('') + ext.join('');
}

/** RFC 5987 `attr-char` leaves out `'()*`, which encodeURIComponent lets through. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `Content-Disposition: attachment` with the name twice (RFC 6266): `filename*` in UTF-8 for every current browser,
 * so 报价单.pdf stays 报价单.pdf, and an ASCII `filename` for old clients that read only that.
 */
export function contentDisposition(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot).replace(/[^\w.]/g, '') : '';
  let fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  if (!/[A-Za-z0-9]/.test(fallback.slice(0, fallback.length - ext.length))) fallback = `attachment${ext}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
