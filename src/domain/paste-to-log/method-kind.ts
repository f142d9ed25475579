import type { Chat } from './chat-lines';

/** Words that say how a conversation happened, by follow-up method dictionary key (src/domain/dictionaries.ts). */
const METHOD_CUES: [key: string, re: RegExp][] = [
  [
    'online_meeting',
    /腾讯会议|视频会议|线上会议|钉钉会议|飞书会议|视频会|远程会议|\bzoom\b|\bteams\b|\bvideo call\b|\bonline meeting\b|\bwebinar\b/i,
  ],
  [
    'phone',
    /打电话|打了个?电话|打完电话|通电话|通了电话|电话沟通|电话里|通话|来电|致电|回电|电话|\bcall(?:ed)?\b|\bphone\b|\brang\b/i,
  ],
  [
    'visit',
    /拜访|面谈|见面|上门|登门|当面|到访|来公司|去了.{0,6}公司|去.{0,6}公司聊|\bvisit(?:ed)?\b|\bmet\b|\bin person\b|\bon site\b/i,
  ],
  ['email', /邮件|邮箱里|\be-?mail(?:ed)?\b/i],
  ['wechat', /微信|\bwechat\b/i],
];

/**
 * How the follow-up happened: an e-mail is an e-mail; a WeChat paste or a typed chat is WeChat; a speaker-labelled
 * transcript is a call unless it names a meeting app; a note says it in words, and the first such word wins (the
 * note starts with what happened: 刚跟李总通完电话 … 下周去拜访 is a call).
 */
export function detectMethod(chat: Chat, text: string): string | undefined {
  if (chat.layout === 'email') return 'email';
  // WeChat is where Chinese chats come from; an English chat with no WeChat marks is WhatsApp, Slack … : other.
  const chatMethod = chat.fromWeChat || /[\u4e00-\u9fff]/.test(text) ? 'wechat' : 'other';
  if (chat.layout === 'chat' && chat.lastClock) return chatMethod;
  if (chat.layout === 'transcript') return METHOD_CUES[0]?.[1].test(text) ? 'online_meeting' : 'phone';
  let best: { key: string; index: number } | undefined;
  for (const [key, re] of METHOD_CUES) {
    const index = text.search(re);
    if (index >= 0 && (!best || index < best.index)) best = { key, index };
  }
  if (best) return best.key;
  return chat.layout === 'chat' ? chatMethod : undefined;
}

/** Follow-up kind dictionary keys with their cues; after-sales and signing are clear from one word, others need two. */
const KIND_CUES: [key: string, re: RegExp, needed: number][] = [
  [
    'after_sales',
    /售后|回访|使用情况|用得怎么样|用的怎么样|满意度|报修|故障|\bsupport ticket\b|\brenewal\b/gi,
    1,
  ],
  [
    'closing',
    /签合同|合同.{0,6}(?:签|盖章|寄|回传|走流程|审批)|签约|盖章|签字|\bsign(?:ed|ing)? the contract\b/gi,
    1,
  ],
  [
    'negotiation',
    /报价|价格|折扣|优惠|便宜|降价|付款方式|账期|分期|预付款|尾款|打折|\bdiscount\b|\bpric(?:e|ing)\b|\bquote\b/gi,
    2,
  ],
  ['proposal', /方案|\bproposal\b/gi, 2],
  ['needs', /需求|痛点|具体要求|想了解|了解一下|\brequirements?\b|\bneeds\b/gi, 2],
  [
    'first_contact',
    /初次|第一次(?:联系|沟通|见面)|刚加|加了微信|认识一下|朋友推荐|通过.{1,8}介绍|\bnice to meet you\b/gi,
    1,
  ],
];

/** The kind of follow-up when it is evident: the most cues (a one-word kind counts double), earlier rows win a tie. */
export function detectKind(text: string): string | undefined {
  let best: { key: string; score: number } | undefined;
  for (const [key, re, needed] of KIND_CUES) {
    const hits = text.match(re)?.length ?? 0;
    const score = needed === 1 ? hits * 2 : hits;
    if (hits >= needed && (!best || score > best.score)) best = { key, score };
  }
  return best?.key;
}
