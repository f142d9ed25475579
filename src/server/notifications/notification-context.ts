import type { Config } from '../config';
import { createSecretBox, loadSecretKey, type SecretBox } from './secret-box';

/** What sending needs beyond the database: the key to the stored secrets and where links should point. */
export interface NotificationContext {
  secretBox: SecretBox;
  /** https://crm.example.com without a trailing slash; null: external messages carry no links. */
  publicUrl: string | null;
}

export type NotificationSettings = Partial<Pick<Config, 'dataDir' | 'secretKey' | 'publicUrl'>>;

export function notificationContextOf(config: NotificationSettings): NotificationContext {
  return {
    secretBox: createSecretBox(loadSecretKey(config)),
    publicUrl: config.publicUrl ?? null,
  };
}

/** A link as a reader outside the app can open it: in-app paths get the public address, or are dropped. */
export function absoluteLink(link: string | null, publicUrl: string | null): string | null {
  if (!link) return null;
  if (/^https?:\/\//.test(link)) return link;
  return publicUrl && link.startsWith('/') ? `${publicUrl}${link}` : null;
}
