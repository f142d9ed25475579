import type { TLocale } from '../../../domain/locale';
import type { TChannelKind } from '../../../domain/notification';
import { dingtalkPayload, sendDingtalk } from './dingtalk';
import { sendEmail } from './email';
import { feishuPayload, sendFeishu } from './feishu';
import { clip, htmlOf, markdownOf, plainTextOf } from './render';
import type { MessageItem, OutgoingMessage, SendOptions, Target } from './types';
import { sendWecom } from './wecom';

/**
 * How hard each platform may be pushed. DingTalk and WeCom robots take 20 messages a minute, Feishu 100 a minute
 * and 5 a second; past that they refuse and may mute the robot. Messages to one target are spaced by `spacingMs`,
 * and one run (the job runs every minute) sends at most `perRun` of them; the rest wait for the next run.
 */
export const PACE: Record<TChannelKind, { spacingMs: number; perRun: number }> = {
  wecom: { spacingMs: 3_500, perRun: 10 },
  dingtalk: { spacingMs: 3_500, perRun: 10 },
  feishu: { spacingMs: 700, perRun: 40 },
  email: { spacingMs: 1_000, perRun: 20 },
};

/** The size each platform accepts (WeCom: 4096 bytes of markdown; Feishu: a 20 KB body), with room to spare. */
const LIMITS: Record<TChannelKind, { bytes: number; bodyChars: number }> = {
  wecom: { bytes: 4_000, bodyChars: 500 },
  dingtalk: { bytes: 15_000, bodyChars: 1_000 },
  feishu: { bytes: 18_000, bodyChars: 1_000 },
  email: { bytes: 500_000, bodyChars: 20_000 },
};
const MAX_ITEMS = 30;

function sizeOf(kind: TChannelKind, message: OutgoingMessage): number {
  switch (kind) {
    case 'wecom':
      return Buffer.byteLength(markdownOf(message));
    case 'dingtalk':
      return Buffer.byteLength(JSON.stringify(dingtalkPayload(message)));
    case 'feishu':
      return Buffer.byteLength(JSON.stringify(feishuPayload(message, null, new Date()))) + 100;
    case 'email':
      return Buffer.byteLength(htmlOf(message)) + Buffer.byteLength(plainTextOf(message));
  }
}

/** Merges notifications into as few messages as the platform's size limit allows, in order. */
export function packMessages(kind: TChannelKind, locale: TLocale, items: MessageItem[]): OutgoingMessage[] {
  const { bytes, bodyChars } = LIMITS[kind];
  const messages: OutgoingMessage[] = [];
  let current: MessageItem[] = [];
  for (const raw of items) {
    const item = { ...raw, title: clip(raw.title, 200), body: clip(raw.body, bodyChars) };
    const candidate = [...current, item];
    const full = current.length >= MAX_ITEMS || sizeOf(kind, { locale, items: candidate }) > bytes;
    if (current.length > 0 && full) {
      messages.push({ locale, items: current });
      current = [item];
    } else current = candidate;
  }
  if (current.length > 0) messages.push({ locale, items: current });
  return messages;
}

/** Sends one message; throws a DeliveryError when the platform or the network refuses it. */
export async function sendMessage(target: Target, message: OutgoingMessage, options: SendOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  // Signatures carry the real time: the platforms refuse one more than an hour off.
  const now = new Date();
  switch (target.kind) {
    case 'wecom':
      return sendWecom(target, message, timeoutMs);
    case 'dingtalk':
      return sendDingtalk(target, message, timeoutMs, now);
    case 'feishu':
      return sendFeishu(target, message, timeoutMs, now);
    case 'email':
      return sendEmail(target, message, timeoutMs);
  }
}
