import type {
  TChannelKind,
  TChannelScope,
  TChannelUpdate,
  TNotificationKind,
} from '../../domain/notification';
import { isEmail, normalizeEmail } from '../../domain/validators/email';
import type { FieldErrors } from '../http/field-errors';
import { isWebhookUrlAllowed } from './webhook-url';

/** What a channel stores in the clear (e-mail settings; robots have none). */
export interface EmailConfig {
  to?: string | undefined;
  smtpHost?: string | undefined;
  smtpPort?: number | undefined;
  smtpSecure?: boolean | undefined;
  smtpUser?: string | undefined;
  smtpFrom?: string | undefined;
  /** Which secrets are sealed, so a form can say "stored" without opening them. */
  sealed?: (keyof ChannelSecrets)[] | undefined;
}

/** What it stores sealed. */
export interface ChannelSecrets {
  webhookUrl?: string | undefined;
  signSecret?: string | undefined;
  smtpPassword?: string | undefined;
}

/** A channel as it will be saved, before checking. */
export interface ChannelDraft {
  scope: TChannelScope;
  kind: TChannelKind;
  name: string;
  enabled: boolean;
  kinds: TNotificationKind[];
  config: EmailConfig;
  secrets: ChannelSecrets;
}

export type ChannelChanges = Omit<TChannelUpdate, 'version'>;

const SMTP_KEYS = ['smtpHost', 'smtpPort', 'smtpSecure', 'smtpUser', 'smtpFrom'] as const;
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

const text = (value: string | undefined) => (value === undefined ? undefined : value.trim() || undefined);
const email = (value: string | undefined) => (value ? normalizeEmail(value) : undefined);

/** Applies what was sent to what is stored: a field left out stays; an empty string clears it (and a secret). */
export function applyChanges(draft: ChannelDraft, changes: ChannelChanges): ChannelDraft {
  const next: ChannelDraft = { ...draft, config: { ...draft.config }, secrets: { ...draft.secrets } };
  if (changes.name !== undefined) next.name = changes.name;
  if (changes.enabled !== undefined) next.enabled = changes.enabled;
  if (changes.kinds !== undefined) next.kinds = [...new Set(changes.kinds)];
  const { config, secrets } = next;
  if (draft.kind === 'email') {
    if (changes.to !== undefined) config.to = email(text(changes.to));
    if (changes.smtpHost !== undefined) config.smtpHost = text(changes.smtpHost)?.toLowerCase();
    if (changes.smtpUser !== undefined) config.smtpUser = text(changes.smtpUser);
    if (changes.smtpFrom !== undefined) config.smtpFrom = email(text(changes.smtpFrom));
    if (changes.smtpPort !== undefined) config.smtpPort = changes.smtpPort;
    if (changes.smtpSecure !== undefined) config.smtpSecure = changes.smtpSecure;
    if (changes.smtpPassword !== undefined) secrets.smtpPassword = changes.smtpPassword || undefined;
    if (draft.scope === 'workspace' && config.smtpHost) {
      // Port 465 speaks TLS from the start; 587 and 25 upgrade with STARTTLS.
      config.smtpPort ??= 465;
      config.smtpSecure ??= config.smtpPort === 465;
    }
  } else {
    if (changes.webhookUrl !== undefined) secrets.webhookUrl = text(changes.webhookUrl);
    // WeCom robots have no signature; DingTalk's 加签 and Feishu's 签名校验 are optional.
    if (changes.signSecret !== undefined && draft.kind !== 'wecom')
      secrets.signSecret = text(changes.signSecret);
  }
  return next;
}

/** Every field problem of a draft, so the form shows them all at once. */
export function checkDraft(draft: ChannelDraft, errors: FieldErrors): void {
  if (draft.kind !== 'email') {
    const url = draft.secrets.webhookUrl;
    if (!url) errors.add('webhookUrl', 'FIELD_REQUIRED');
    else if (!isWebhookUrlAllowed(draft.kind, url)) errors.add('webhookUrl', 'NOTIFICATION_URL_INVALID');
    return;
  }
  const { to, smtpHost, smtpFrom } = draft.config;
  if (to && !isEmail(to)) errors.add('to', 'EMAIL_INVALID');
  if (draft.scope === 'personal') {
    // A person's mailbox receives through the workspace's mail server; only admins point Keyi at a server.
    if (!to) errors.add('to', 'FIELD_REQUIRED');
    for (const key of SMTP_KEYS) if (draft.config[key] !== undefined) errors.add(key, 'FORBIDDEN');
    if (draft.secrets.smtpPassword) errors.add('smtpPassword', 'FORBIDDEN');
    return;
  }
  if (!smtpHost) errors.add('smtpHost', 'FIELD_REQUIRED');
  else if (!HOST.test(smtpHost)) errors.add('smtpHost', 'VALIDATION_FAILED');
  if (!smtpFrom) errors.add('smtpFrom', 'FIELD_REQUIRED');
  else if (!isEmail(smtpFrom)) errors.add('smtpFrom', 'EMAIL_INVALID');
}
