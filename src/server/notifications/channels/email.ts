import { createTransport } from 'nodemailer';
import { isLoopbackHost } from '../webhook-url';
import { headline, htmlOf, plainTextOf } from './render';
import { DeliveryError, type MailTarget, type OutgoingMessage } from './types';

const CONNECT_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EGREETING',
  'ECONNREFUSED',
]);

function mailError(error: unknown): DeliveryError {
  const e = error as { code?: unknown; responseCode?: unknown; response?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  // The server's own words ("535 Login fail, use an authorization code") help most; they never hold our password.
  const said = typeof e.response === 'string' ? e.response.slice(0, 200) : '';
  if (code === 'EAUTH') return new DeliveryError('SMTP_AUTH', said);
  if (CONNECT_CODES.has(code)) return new DeliveryError('SMTP_CONNECT', code);
  if (typeof e.responseCode === 'number')
    return new DeliveryError('SMTP_REJECTED', said || String(e.responseCode));
  return new DeliveryError('SMTP_CONNECT', code);
}

/** One e-mail through the channel's (or the workspace's) SMTP server; Chinese text goes out as UTF-8. */
export async function sendEmail(target: MailTarget, message: OutgoingMessage, timeoutMs: number) {
  const { smtp } = target;
  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    // A password crosses the network only inside TLS; plain SMTP is left for a relay on this machine.
    requireTLS: !smtp.secure && !!smtp.user && !isLoopbackHost(smtp.host),
    ...(smtp.user && { auth: { user: smtp.user, pass: smtp.password ?? '' } }),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
  });
  try {
    await transport.sendMail({
      from: { name: '客易 Keyi', address: smtp.from },
      to: target.to,
      subject: headline(message),
      text: plainTextOf(message),
      html: htmlOf(message),
    });
  } catch (error) {
    throw mailError(error);
  } finally {
    transport.close();
  }
}
