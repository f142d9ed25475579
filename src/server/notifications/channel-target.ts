import type { TRobotKind } from '../../domain/notification';
import { fromJson } from '../db/dialect';
import type { DB } from '../db/schema';
import type { ChannelSecrets, EmailConfig } from './channel-input';
import { findMailServerRow } from './channel.repository';
import { DeliveryError, type SmtpServer, type Target } from './channels/types';
import type { NotificationChannelRow } from './notification.table';
import type { SecretBox } from './secret-box';

export function sealSecrets(box: SecretBox, channelId: string, secrets: ChannelSecrets): string | null {
  const present = Object.fromEntries(Object.entries(secrets).filter(([, v]) => v));
  return Object.keys(present).length > 0 ? box.seal(JSON.stringify(present), channelId) : null;
}

/** A channel's secrets in the clear; a key that changed since they were sealed is a delivery error, not a crash. */
export function openSecrets(
  box: SecretBox,
  row: Pick<NotificationChannelRow, 'id' | 'secret'>,
): ChannelSecrets {
  if (!row.secret) return {};
  try {
    return JSON.parse(box.open(row.secret, row.id)) as ChannelSecrets;
  } catch {
    throw new DeliveryError('SECRET_UNREADABLE');
  }
}

export function emailConfigOf(row: Pick<NotificationChannelRow, 'config'>): EmailConfig {
  return fromJson<EmailConfig | null>(row.config) ?? {};
}

function smtpOf(box: SecretBox, row: NotificationChannelRow): SmtpServer {
  const config = emailConfigOf(row);
  if (!config.smtpHost || !config.smtpFrom) throw new DeliveryError('NO_MAIL_SERVER');
  const port = config.smtpPort ?? 465;
  return {
    host: config.smtpHost,
    port,
    secure: config.smtpSecure ?? port === 465,
    user: config.smtpUser ?? null,
    password: openSecrets(box, row).smtpPassword ?? null,
    from: config.smtpFrom,
  };
}

/**
 * Everything needed to send to a channel, secrets opened. A person's e-mail channel borrows the workspace's mail
 * server; a workspace e-mail channel without an address only serves as that server.
 */
export async function resolveTarget(db: DB, box: SecretBox, row: NotificationChannelRow): Promise<Target> {
  if (row.kind === 'email') {
    const to = emailConfigOf(row).to;
    if (!to) throw new DeliveryError('CHANNEL_UNAVAILABLE');
    const server = row.user_id === null ? row : await findMailServerRow(db, row.workspace_id);
    if (!server) throw new DeliveryError('NO_MAIL_SERVER');
    return { kind: 'email', to, smtp: smtpOf(box, server) };
  }
  const secrets = openSecrets(box, row);
  if (!secrets.webhookUrl) throw new DeliveryError('CHANNEL_UNAVAILABLE');
  return { kind: row.kind as TRobotKind, url: secrets.webhookUrl, signSecret: secrets.signSecret ?? null };
}

/** The secret strings of a target, to scrub from anything stored or shown. */
export function secretsOf(target: Target): string[] {
  if (target.kind === 'email') return target.smtp.password ? [target.smtp.password] : [];
  const url = new URL(target.url);
  // The key may sit in the path (Feishu) or the query (WeCom, DingTalk): every long token of either.
  const tokens = [...url.pathname.split('/'), ...url.searchParams.values()].filter((v) => v.length >= 12);
  return [target.url, ...tokens, ...(target.signSecret ? [target.signSecret] : [])];
}

export function scrub(text: string, secrets: string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join('****'), text);
}
