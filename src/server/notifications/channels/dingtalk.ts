import { createHmac } from 'node:crypto';
import { checkRobotReply, postJson } from './http-post';
import { headline, markdownOf } from './render';
import type { OutgoingMessage, RobotTarget } from './types';

/** 钉钉「加签」: base64 of HMAC-SHA256 keyed with the secret over "<timestamp in ms>\n<secret>". */
export function dingtalkSign(secret: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** The webhook with `timestamp` and the URL-encoded `sign` added when the robot has a secret. */
export function dingtalkUrl(target: RobotTarget, now: Date): string {
  if (!target.signSecret) return target.url;
  const url = new URL(target.url);
  const timestamp = String(now.getTime());
  url.searchParams.set('timestamp', timestamp);
  url.searchParams.set('sign', dingtalkSign(target.signSecret, timestamp));
  return url.toString();
}

/** `title` is what the chat list and the phone notification show. */
export function dingtalkPayload(message: OutgoingMessage) {
  return { msgtype: 'markdown', markdown: { title: headline(message), text: markdownOf(message) } };
}

export async function sendDingtalk(
  target: RobotTarget,
  message: OutgoingMessage,
  timeoutMs: number,
  now: Date,
) {
  checkRobotReply(await postJson(dingtalkUrl(target, now), dingtalkPayload(message), timeoutMs));
}
