import { z } from 'zod';
import { ZVersion } from './user';

/** What a notification is about; each channel chooses the kinds it receives. New kinds go at the end. */
export const NOTIFICATION_KINDS = ['digest', 'due', 'task', 'approval', 'payment', 'system'] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** What a new channel receives unless the person picks otherwise: the daily digest and due reminders. */
export const DEFAULT_CHANNEL_KINDS: TNotificationKind[] = ['digest', 'due'];

export const ROBOT_KINDS = ['wecom', 'dingtalk', 'feishu'] as const;
export type TRobotKind = (typeof ROBOT_KINDS)[number];
export const CHANNEL_KINDS = ['email', ...ROBOT_KINDS] as const;
export type TChannelKind = (typeof CHANNEL_KINDS)[number];

/** A workspace channel (a team group robot, the team mailbox) is set up by owners and admins; anyone adds their own. */
export const CHANNEL_SCOPES = ['personal', 'workspace'] as const;
export type TChannelScope = (typeof CHANNEL_SCOPES)[number];

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type TDeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Why a message did not go out; the server words each for the reader. */
export const DELIVERY_ERROR_CODES = [
  'NETWORK',
  'TIMEOUT',
  'HTTP_STATUS',
  'BAD_RESPONSE',
  'ROBOT_ERROR',
  'SMTP_CONNECT',
  'SMTP_AUTH',
  'SMTP_REJECTED',
  'NO_MAIL_SERVER',
  'SECRET_UNREADABLE',
  'CHANNEL_UNAVAILABLE',
] as const;
export type TDeliveryErrorCode = (typeof DELIVERY_ERROR_CODES)[number];

export const ZNotification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** An in-app path such as /customers/<id>. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationPage = z.object({
  items: z.array(ZNotification),
  nextCursor: z.string().nullable(),
  /** Unread notifications of the caller, counted up to UNREAD_CAP. */
  unread: z.number().int(),
});
export type TNotificationPage = z.infer<typeof ZNotificationPage>;
export const UNREAD_CAP = 999;

export const ZMarkReadInput = z.strictObject({ ids: z.array(z.string().max(64)).max(200).optional() });

// Fields a person types; which of them a channel needs depends on its kind (checked by the server per field).
const editable = {
  name: z.string().trim().min(1).max(60),
  enabled: z.boolean(),
  kinds: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length),
  /** E-mail: where messages go. A workspace mail server may leave it empty: it then only sends for others. */
  to: z.string().trim().max(254),
  smtpHost: z.string().trim().max(253),
  smtpPort: z.number().int().min(1).max(65535),
  /** true: TLS from the start (port 465); false: STARTTLS when the server offers it (port 587 or 25). */
  smtpSecure: z.boolean(),
  smtpUser: z.string().trim().max(254),
  smtpFrom: z.string().trim().max(254),
  /** Write-only secrets: never returned; on an update, absent keeps the stored one and '' clears it. */
  smtpPassword: z.string().max(500),
  webhookUrl: z.string().trim().max(2000),
  /** 钉钉「加签」 or 飞书「签名校验」 secret. */
  signSecret: z.string().trim().max(500),
};

export const ZChannelInput = z.strictObject({
  scope: z.enum(CHANNEL_SCOPES).default('personal'),
  kind: z.enum(CHANNEL_KINDS),
  name: editable.name,
  enabled: editable.enabled.default(true),
  kinds: editable.kinds.default(DEFAULT_CHANNEL_KINDS),
  to: editable.to.optional(),
  smtpHost: editable.smtpHost.optional(),
  smtpPort: editable.smtpPort.optional(),
  smtpSecure: editable.smtpSecure.optional(),
  smtpUser: editable.smtpUser.optional(),
  smtpFrom: editable.smtpFrom.optional(),
  smtpPassword: editable.smtpPassword.optional(),
  webhookUrl: editable.webhookUrl.optional(),
  signSecret: editable.signSecret.optional(),
});
export type TChannelInput = z.infer<typeof ZChannelInput>;

/** No defaults here: a field left out of an update stays as it is. */
export const ZChannelUpdate = z.strictObject(editable).partial().extend({ version: ZVersion });
export type TChannelUpdate = z.infer<typeof ZChannelUpdate>;

export const ZChannel = z.object({
  id: z.string(),
  scope: z.enum(CHANNEL_SCOPES),
  kind: z.enum(CHANNEL_KINDS),
  name: z.string(),
  enabled: z.boolean(),
  kinds: z.array(z.string()),
  /** The e-mail address, or the webhook with its key masked. */
  target: z.string(),
  to: z.string().nullable(),
  smtpHost: z.string().nullable(),
  smtpPort: z.number().nullable(),
  smtpSecure: z.boolean().nullable(),
  smtpUser: z.string().nullable(),
  smtpFrom: z.string().nullable(),
  /** A sign secret or an SMTP password is stored (it is never sent back). */
  hasSecret: z.boolean(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type TChannel = z.infer<typeof ZChannel>;

export const ZDeliveryError = z.object({ code: z.string(), message: z.string() });
export type TDeliveryError = z.infer<typeof ZDeliveryError>;

export const ZDelivery = z.object({
  id: z.string(),
  channel: z.object({ id: z.string(), name: z.string(), kind: z.string(), scope: z.enum(CHANNEL_SCOPES) }),
  /** The notification's kind, or `test`. */
  kind: z.string(),
  title: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  user: z.object({ id: z.string(), name: z.string() }).nullable(),
  error: ZDeliveryError.nullable(),
});
export type TDelivery = z.infer<typeof ZDelivery>;

export const ZTestOutcome = z.object({ ok: z.boolean(), error: ZDeliveryError.nullable() });
export type TTestOutcome = z.infer<typeof ZTestOutcome>;
