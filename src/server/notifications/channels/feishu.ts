import { createHmac } from 'node:crypto';
import { checkRobotReply, postJson } from './http-post';
import { headline, MESSAGE_WORDS } from './render';
import type { OutgoingMessage, RobotTarget } from './types';

/** 飞书「签名校验」: base64 of HMAC-SHA256 keyed with "<timestamp in s>\n<secret>" over an empty message. */
export function feishuSign(secret: string, timestamp: string): string {
  return createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
}

type PostElement = { tag: 'text'; text: string } | { tag: 'a'; text: string; href: string };

/** A rich-text (`post`) message: one paragraph per line, links as `a` elements. */
function postContent(message: OutgoingMessage): PostElement[][] {
  const { open } = MESSAGE_WORDS[message.locale];
  const several = message.items.length > 1;
  return message.items.flatMap((item, i) => {
    const lines: PostElement[][] = [];
    if (several) lines.push([{ tag: 'text', text: `${i + 1}. ${item.title}` }]);
    for (const line of item.body.split('\n').filter((l) => l.trim()))
      lines.push([{ tag: 'text', text: line }]);
    if (item.link) lines.push([{ tag: 'a', text: open, href: item.link }]);
    return lines;
  });
}

export function feishuPayload(message: OutgoingMessage, signSecret: string | null, now: Date) {
  const language = message.locale === 'en-US' ? 'en_us' : 'zh_cn';
  const post = { [language]: { title: headline(message), content: postContent(message) } };
  const body = { msg_type: 'post', content: { post } };
  if (!signSecret) return body;
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return { timestamp, sign: feishuSign(signSecret, timestamp), ...body };
}

export async function sendFeishu(
  target: RobotTarget,
  message: OutgoingMessage,
  timeoutMs: number,
  now: Date,
) {
  checkRobotReply(await postJson(target.url, feishuPayload(message, target.signSecret, now), timeoutMs));
}
