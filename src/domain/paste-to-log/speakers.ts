import type { ChatMessage } from './chat-lines';

/** How people label themselves and the other side in typed-up notes (我：… 客户：…). */
export const SELF_WORDS = ['我', '我方', '销售', '自己', 'Me', 'me', 'I'];
export const THEIR_WORDS = ['客户', '对方', 'Customer', 'Client', 'customer', 'client'];

export const isTranscriptLabel = (name: string) =>
  /^(?:说话人|发言人|讲话人|Speaker|spk)\s*\d{1,2}$/i.test(name);

/** WeChat shows the remark the user gave a contact, so "王芳-客易" or "Amy" are matched loosely against the user's name. */
export function isSelfName(name: string, selfNames: string[]): boolean {
  if (SELF_WORDS.includes(name)) return true;
  return selfNames.some(
    (n) => n.length >= 2 && name.length >= 2 && (name === n || name.includes(n) || n.includes(name)),
  );
}

// Salespeople introduce themselves (您好，我是客易的小王) and are the ones who call the other 张总, 李经理.
const INTRODUCES = /我是.{1,15}的|我这边是|\bthis is \w+ from\b|\bI'm \w+ from\b/i;
/** 张总, 李经理, 刘姐: how salespeople name the customer, so such a speaker is the customer. */
export const HONORIFIC = /(?:总|经理|老师|主任|老板|董|姐|哥|局|处|院长|校长|律师|医生|工)$/;

function findSelf(speakers: string[], texts: Map<string, string>, selfNames: string[]): Set<string> {
  const self = new Set(speakers.filter((s) => isSelfName(s, selfNames)));
  if (self.size) return self;
  const others = speakers.filter((s) => THEIR_WORDS.includes(s));
  if (others.length && speakers.length - others.length === 1)
    return new Set(speakers.filter((s) => !others.includes(s)));
  const introducing = speakers.filter((s) => INTRODUCES.test(texts.get(s) ?? ''));
  if (introducing.length === 1) return new Set(introducing);
  const plain = speakers.filter((s) => !HONORIFIC.test(s));
  if (plain.length === 1 && speakers.length > 1) return new Set(plain);
  // Last resort between two people: the one who says 您 more is the one selling.
  if (speakers.length === 2) {
    const [a = '', b = ''] = speakers;
    const nin = (s: string) => (texts.get(s)?.match(/您/g) ?? []).length;
    if (nin(a) !== nin(b)) return new Set([nin(a) > nin(b) ? a : b]);
  }
  return self;
}

/** Marks each message as ours or theirs once it is known which speaker is the user. */
export function assignSides(messages: ChatMessage[], selfNames: string[]): void {
  const texts = new Map<string, string>();
  for (const m of messages) if (m.speaker) texts.set(m.speaker, `${texts.get(m.speaker) ?? ''}\n${m.text}`);
  const speakers = [...texts.keys()];
  if (!speakers.length) return;
  const self = findSelf(speakers, texts, selfNames);
  if (!self.size) {
    for (const m of messages)
      if (m.speaker && (THEIR_WORDS.includes(m.speaker) || HONORIFIC.test(m.speaker))) m.side = 'theirs';
    return;
  }
  for (const m of messages) if (m.speaker) m.side = self.has(m.speaker) ? 'ours' : 'theirs';
}
