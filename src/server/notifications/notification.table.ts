import type { ColumnType, Selectable } from 'kysely';
import type { TChannelKind, TDeliveryStatus } from '../../domain/notification';
import type { CommonColumns, Instant } from '../db/common.table';

type Json = ColumnType<unknown, string, string>;
type Bool = ColumnType<boolean | number, boolean | number, boolean | number>;

/** The in-app bell: one row per person and event. */
export interface NotificationTable extends CommonColumns {
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  /** Unique per workspace, so a job run by two app instances creates its notification once. */
  dedupe_key: string | null;
  read_at: Instant | null;
}
export type NotificationRow = Selectable<NotificationTable>;

/** Where notifications go besides the bell: an e-mail address or a group robot, a person's or the workspace's. */
export interface NotificationChannelTable extends CommonColumns {
  /** null: a workspace channel, managed by owners and admins. */
  user_id: string | null;
  kind: TChannelKind;
  name: string;
  /** What a person sees: the e-mail address, or the webhook with its key masked. */
  target: string;
  /** Settings that are not secret (e-mail: to and the SMTP server), as JSON. */
  config: Json;
  /** The secret settings as JSON, sealed with the SecretBox (AES-256-GCM, the row id as context). */
  secret: string | null;
  enabled: Bool;
  /** The notification kinds it receives, a JSON array. */
  kinds: Json;
}
export type NotificationChannelRow = Selectable<NotificationChannelTable>;

/** The outbox and delivery log: one notification (or a test message) to one channel. */
export interface NotificationDeliveryTable extends CommonColumns {
  channel_id: string;
  notification_id: string | null;
  /** Whose notification it is, or who sent the test: members see their own deliveries. */
  user_id: string | null;
  kind: string;
  title: string;
  status: TDeliveryStatus;
  attempts: number;
  next_attempt_at: Instant;
  /** The run that took it for sending, so two app instances never send it twice. */
  claimed_by: string | null;
  claimed_at: Instant | null;
  /** Deliveries merged into one message share it. */
  batch_id: string | null;
  error_code: string | null;
  /** What went wrong, never with a secret in it. */
  last_error: string | null;
  sent_at: Instant | null;
}
export type NotificationDeliveryRow = Selectable<NotificationDeliveryTable>;
