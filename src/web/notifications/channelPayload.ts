import type {
  TChannel,
  TChannelKind,
  TChannelScope,
  TChannelUpdate,
  TNotificationKind,
} from '../../domain/notification';
import type { TChannelForm } from '../api/notifications';

export interface TChannelFormValues {
  kind: TChannelKind;
  name: string;
  enabled: boolean;
  kinds: TNotificationKind[];
  to?: string;
  smtpHost?: string;
  smtpPort?: number;
  smtpSecure?: boolean;
  smtpUser?: string;
  smtpPassword?: string;
  smtpFrom?: string;
  webhookUrl?: string;
  signSecret?: string;
  /** Remove the stored sign secret or SMTP password. */
  clearSecret?: boolean;
}

export function initialValues(scope: TChannelScope, channel?: TChannel): TChannelFormValues {
  if (!channel)
    return {
      kind: scope === 'workspace' ? 'wecom' : 'email',
      name: '',
      enabled: true,
      kinds: ['digest', 'due'],
      smtpPort: 465,
      smtpSecure: true,
    };
  return {
    kind: channel.kind,
    name: channel.name,
    enabled: channel.enabled,
    kinds: channel.kinds as TNotificationKind[],
    to: channel.to ?? '',
    smtpHost: channel.smtpHost ?? '',
    smtpPort: channel.smtpPort ?? 465,
    smtpSecure: channel.smtpSecure ?? true,
    smtpUser: channel.smtpUser ?? '',
    smtpFrom: channel.smtpFrom ?? '',
  };
}

/**
 * What the form sends: the fields of its kind only. Secrets go only when typed (an empty box keeps the stored
 * one) or when the person asked to remove them.
 */
function fieldsOf(scope: TChannelScope, values: TChannelFormValues) {
  const fields: Omit<TChannelUpdate, 'version'> = {
    name: values.name,
    enabled: values.enabled,
    kinds: values.kinds,
  };
  const secret = values.clearSecret ? '' : values.smtpPassword || values.signSecret || undefined;
  if (values.kind === 'email') {
    fields.to = values.to ?? '';
    if (scope === 'workspace') {
      Object.assign(fields, {
        smtpHost: values.smtpHost ?? '',
        smtpPort: values.smtpPort ?? 465,
        smtpSecure: values.smtpSecure ?? true,
        smtpUser: values.smtpUser ?? '',
        smtpFrom: values.smtpFrom ?? '',
      });
      if (secret !== undefined) fields.smtpPassword = secret;
    }
  } else {
    if (values.webhookUrl) fields.webhookUrl = values.webhookUrl;
    if (values.kind !== 'wecom' && secret !== undefined) fields.signSecret = secret;
  }
  return fields;
}

export function createPayload(scope: TChannelScope, values: TChannelFormValues): TChannelForm {
  return { scope, kind: values.kind, ...fieldsOf(scope, values), name: values.name };
}

export function updatePayload(channel: TChannel, values: TChannelFormValues): TChannelUpdate {
  return { ...fieldsOf(channel.scope, { ...values, kind: channel.kind }), version: channel.version };
}
