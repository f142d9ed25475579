import type { TNotificationsMessages } from '../zh-CN/notifications';

export const notificationsEn: TNotificationsMessages = {
  bell: 'Notifications',
  bellUnread: (n: number) => `Notifications, ${n} unread`,
  markAllRead: 'Mark all read',
  allRead: 'All marked as read',
  empty: 'No notifications yet',
  more: 'Load more',
  kinds: {
    digest: 'Daily digest',
    due: 'Follow-ups due',
    task: 'Tasks',
    approval: 'Approvals',
    payment: 'Payments due',
    system: 'System',
    test: 'Test message',
  },
  channelKinds: { email: 'E-mail', wecom: 'WeCom robot', dingtalk: 'DingTalk robot', feishu: 'Feishu robot' },
  settings: {
    intro:
      'Besides the bell at the top, notifications can go to a mailbox or a group chat. Each channel picks which notifications it receives.',
    workspace: 'Workspace channels',
    workspaceHint:
      'Team group robots and the team mailbox receive the notifications of every member. Personal e-mails are sent through the mail server set here.',
    personal: 'My channels',
    personalHint: 'Receive only the notifications meant for you.',
    add: 'Add a channel',
    empty: 'No channels yet',
    edit: 'Edit',
    delete: 'Delete',
    deleteTitle: (name: string) => `Delete the channel “${name}”?`,
    deleteContent: 'Nothing more will be sent there; the delivery log keeps what was sent.',
    deleted: 'Channel deleted',
    saved: 'Channel saved',
    disabled: 'Disabled',
    receives: (kinds: string[]) => `Receives: ${kinds.join(', ')}`,
    receivesNothing: 'Receives nothing; only sends mail for others',
    sendTest: 'Send test',
    testOk: 'Test message sent; check the group chat or mailbox',
    testFailed: 'Not sent',
  },
  form: {
    addTitle: 'Add a notification channel',
    editTitle: 'Edit notification channel',
    scope: 'For',
    scopes: { personal: 'Me', workspace: 'The workspace (team)' },
    kind: 'Type',
    name: 'Name',
    namePlaceholder: 'e.g. Sales team chat',
    enabled: 'Enabled',
    kinds: 'Receives',
    to: 'Send to',
    toWorkspaceHelp:
      "A team mailbox; leave empty to use this only as the mail server for members' own e-mail",
    personalMail: "Mail is sent through the workspace's mail server.",
    smtp: 'Mail server (SMTP)',
    smtpHost: 'SMTP server',
    smtpHostPlaceholder: 'e.g. smtp.qq.com, smtp.office365.com',
    smtpPort: 'Port',
    smtpSecure: 'SSL/TLS (port 465)',
    smtpUser: 'User name',
    smtpPassword: 'Password or app password',
    smtpPasswordHelp: 'QQ Mail and 163 need an authorization code, not the login password',
    smtpFrom: 'From address',
    webhookUrl: 'Webhook address',
    webhookHelp: {
      wecom: 'In the WeCom group chat: settings → group robots → add, then copy the webhook address',
      dingtalk:
        'In the DingTalk group: settings → robots → add a custom robot with “sign” security, then copy the webhook address',
      feishu: 'In the Feishu group: settings → bots → add a custom bot, then copy the webhook address',
    },
    signSecret: { dingtalk: 'Signing secret', feishu: 'Signature secret' },
    signSecretHelp: {
      dingtalk: 'Starts with SEC; leave empty if signing is off',
      feishu: 'Copy it after turning on signature verification; leave empty if it is off',
    },
    secretKept: 'Stored; leave empty to keep it',
    clearSecret: 'Remove the stored secret',
  },
  log: {
    title: 'Delivery log',
    hint: (admin: boolean) =>
      admin
        ? "Recent deliveries on all of the workspace's channels"
        : 'Recent deliveries of your notifications',
    refresh: 'Refresh',
    empty: 'Nothing sent yet',
    where: (channel: string, channelKind: string, kind: string, time: string) =>
      `To ${channel} (${channelKind}) · ${kind} · ${time}`,
    recipient: (name: string) => ` · for ${name}`,
    retry: (attempts: number, at: string | null) =>
      attempts > 1 || at
        ? ` (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}${at ? `; retrying at ${at}` : ''})`
        : '',
    statuses: { pending: 'Waiting', sending: 'Sending', sent: 'Sent', failed: 'Failed' },
  },
};
