import { checkRobotReply, postJson } from './http-post';
import { markdownOf } from './render';
import type { OutgoingMessage, RobotTarget } from './types';

/** 企业微信群机器人: markdown, no signature (the webhook's key is the credential). */
export function wecomPayload(message: OutgoingMessage) {
  return { msgtype: 'markdown', markdown: { content: markdownOf(message) } };
}

export async function sendWecom(target: RobotTarget, message: OutgoingMessage, timeoutMs: number) {
  checkRobotReply(await postJson(target.url, wecomPayload(message), timeoutMs));
}
