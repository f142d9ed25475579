import type { TLocale } from '../../../domain/locale';
import type { MessageItem, OutgoingMessage } from './types';

/** The few words Keyi adds around notifications in messages that leave the app. */
export const MESSAGE_WORDS: Record<
  TLocale,
  {
    digest: (n: number) => string;
    forWhom: (name: string, title: string) => string;
    open: string;
    testTitle: string;
    testBody: string;
    signature: string;
  }
> = {
  'zh-CN': {
    digest: (n) => `客易提醒：${n} 条新通知`,
    forWhom: (name, title) => `【${name}】${title}`,
    open: '查看详情',
    testTitle: '客易测试消息',
    testBody: '收到这条消息，说明通知渠道已经配置好了。',
    signature: '—— 客易 Keyi',
  },
  'en-US': {
    digest: (n) => `Keyi: ${n} new notifications`,
    forWhom: (name, title) => `${name}: ${title}`,
    open: 'Open',
    testTitle: 'Keyi test message',
    testBody: 'If you can read this, the notification channel works.',
    signature: '— Keyi',
  },
};

/** The message's title: the notification's own, or a count when several were merged. */
export function headline(message: OutgoingMessage): string {
  const [only] = message.items;
  return message.items.length === 1 && only
    ? only.title
    : MESSAGE_WORDS[message.locale].digest(message.items.length);
}

// DingTalk's markdown joins lines separated by a single newline; a blank line between them works everywhere.
function paragraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function markdownItem(item: MessageItem, title: string, open: string): string {
  const link = item.link ? `[${open}](${item.link})` : '';
  return [title, ...paragraphs(item.body), link].filter(Boolean).join('\n\n');
}

/** WeCom and DingTalk markdown. */
export function markdownOf(message: OutgoingMessage): string {
  const { open } = MESSAGE_WORDS[message.locale];
  const [only] = message.items;
  if (message.items.length === 1 && only) return markdownItem(only, `### ${only.title}`, open);
  return [
    `### ${headline(message)}`,
    ...message.items.map((item, i) => markdownItem(item, `**${i + 1}. ${item.title}**`, open)),
  ].join('\n\n');
}

export function plainTextOf(message: OutgoingMessage): string {
  const words = MESSAGE_WORDS[message.locale];
  const blocks = message.items.map((item) =>
    [item.title, item.body, item.link ? `${words.open}：${item.link}` : ''].filter(Boolean).join('\n'),
  );
  return [...blocks, words.signature].join('\n\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function htmlOf(message: OutgoingMessage): string {
  const words = MESSAGE_WORDS[message.locale];
  const blocks = message.items.map((item) => {
    const body = paragraphs(item.body)
      .map((p) => `<p style="margin:4px 0">${escapeHtml(p)}</p>`)
      .join('');
    const link = item.link
      ? `<p style="margin:4px 0"><a href="${escapeHtml(item.link)}">${words.open}</a></p>`
      : '';
    return `<div style="margin:0 0 16px"><strong>${escapeHtml(item.title)}</strong>${body}${link}</div>`;
  });
  const title = message.items.length > 1 ? `<h3>${escapeHtml(headline(message))}</h3>` : '';
  return `<div style="font-family:sans-serif;font-size:14px;line-height:1.6">${title}${blocks.join('')}<p style="color:#888">${escapeHtml(words.signature)}</p></div>`;
}

/** Cuts long bodies so that one notification always fits a robot message. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
