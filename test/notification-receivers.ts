import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A request a group robot received: the query (DingTalk signs there) and the JSON body. */
export interface RobotRequest {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

type Reply = { status: number; body: unknown };

/**
 * Stands in for the WeCom, DingTalk and Feishu webhooks on 127.0.0.1. Answers success in each platform's shape
 * unless `reply` says otherwise (HTTP 500, a non-zero errcode…).
 */
export async function startRobotReceiver() {
  const requests: RobotRequest[] = [];
  let reply: (request: RobotRequest) => Reply | undefined = () => undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request = {
        path: url.pathname,
        query: url.searchParams,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      };
      requests.push(request);
      const ok = url.pathname.includes('feishu')
        ? { code: 0, msg: 'success', data: {} }
        : { errcode: 0, errmsg: 'ok' };
      const answer = reply(request) ?? { status: 200, body: ok };
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    reply(fn: typeof reply) {
      reply = fn;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedMail {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

export const SMTP_USER = 'notice@keyi-test.cn';
export const SMTP_PASSWORD = 'smtp-授权码-2026';

/** An SMTP server on 127.0.0.1 without TLS that accepts one login and keeps every message whole. */
export async function startMailReceiver() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD)
        return callback(null, { user: auth.username });
      const error = Object.assign(new Error('Invalid username or password'), { responseCode: 535 });
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const from = session.envelope.mailFrom;
        mails.push({
          from: from ? from.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : undefined,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// A small MIME reader, enough for what nodemailer writes: RFC 2047 headers, base64 or quoted-printable parts.

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const flat = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] === '=' && /^[0-9A-F]{2}$/i.test(flat.slice(i + 1, i + 3))) {
      bytes.push(parseInt(flat.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(flat[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes);
}

function decodeWords(value: string): string {
  // Adjacent encoded words are one run of bytes: a character may be split between them.
  return value.replace(/(=\?[^?]+\?[BQ]\?[^?]*\?=\s*)+/gi, (run) => {
    const parts = [...run.matchAll(/=\?[^?]+\?([BQ])\?([^?]*)\?=/gi)].map(([, enc, data = '']) =>
      enc?.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
    return Buffer.concat(parts).toString('utf8');
  });
}

function splitPart(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.slice(at + 4) };
}

function decodeBody(part: { headers: Record<string, string>; body: string }): string {
  const encoding = part.headers['content-transfer-encoding']?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body).toString('utf8');
  return part.body;
}

/** Subject, sender and the text and HTML parts of a received message, decoded. */
export function readMail(raw: string): { subject: string; from: string; text: string; html: string } {
  const message = splitPart(raw);
  const result = {
    subject: decodeWords(message.headers.subject ?? ''),
    from: decodeWords(message.headers.from ?? ''),
    text: '',
    html: '',
  };
  const boundary = /boundary="?([^";]+)"?/.exec(message.headers['content-type'] ?? '')?.[1];
  const parts = boundary
    ? message.body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => splitPart(p.replace(/^\r\n/, '')))
    : [message];
  for (const part of parts) {
    const type = part.headers['content-type'] ?? 'text/plain';
    if (type.startsWith('text/plain')) result.text = decodeBody(part).trim();
    if (type.startsWith('text/html')) result.html = decodeBody(part).trim();
  }
  return result;
}
