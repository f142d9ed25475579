import type { TDeliveryErrorCode, TRobotKind } from '../../../domain/notification';
import type { TLocale } from '../../../domain/locale';

/** One notification as it appears inside a message. `link` is absolute, or null. */
export interface MessageItem {
  title: string;
  body: string;
  link: string | null;
}

/** What one send carries: one notification, or several merged into a digest. */
export interface OutgoingMessage {
  locale: TLocale;
  items: MessageItem[];
}

export interface RobotTarget {
  kind: TRobotKind;
  url: string;
  signSecret: string | null;
}

export interface SmtpServer {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

export interface MailTarget {
  kind: 'email';
  to: string;
  smtp: SmtpServer;
}

/** A channel with its secrets opened, ready to send to. */
export type Target = RobotTarget | MailTarget;

/** A send that failed, with a detail that is safe to store and show: never a webhook key or a password. */
export class DeliveryError extends Error {
  constructor(
    readonly code: TDeliveryErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DeliveryError';
  }
}

export interface SendOptions {
  /** Milliseconds before a robot or mail server that does not answer counts as failed. */
  timeoutMs?: number;
}

/** Anything a send threw, as a DeliveryError; an unexpected one says nothing about itself (it might hold a URL). */
export function asDeliveryError(error: unknown): DeliveryError {
  return error instanceof DeliveryError ? error : new DeliveryError('NETWORK');
}
