import { randomBytes } from 'node:crypto';

export interface Part {
  name: string;
  data: Buffer;
}

/** A multipart body as a browser sends it: each file as `file`, its name in raw UTF-8 between quotes. */
export function multipart(parts: Part[]) {
  const boundary = `----keyi${randomBytes(8).toString('hex')}`;
  const chunks = parts.flatMap((p) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${p.name}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    p.data,
    Buffer.from('\r\n'),
  ]);
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}
