import type { WallClock } from './calendar';
import { assignSides, HONORIFIC, isSelfName, isTranscriptLabel, THEIR_WORDS } from './speakers';
import { parseStamp, STAMP, stampHasDate } from './timestamps';

export type Side = 'ours' | 'theirs';
export type Layout = 'chat' | 'transcript' | 'email' | 'note';

export interface ChatMessage {
  speaker: string | null;
  /** Who spoke: us, the customer, or not known. */
  side: Side | null;
  text: string;
  /** When it was said (the last stamp above it); null when the paste carries no time. */
  clock: WallClock | null;
}

export interface Chat {
  layout: Layout;
  messages: ChatMessage[];
  /** The latest stamp: when the conversation last moved. Transcript offsets (说话人1 00:05) are not times. */
  lastClock: WallClock | null;
  /** WeChat's own marks ([微笑], [图片], 撤回了一条消息): the paste came from WeChat. */
  fromWeChat: boolean;
}

const NAME = String.raw`[^\s:：\[\]【】()（）]{1,20}(?: (?:[A-Za-z][A-Za-z.'-]{0,20}|\d{1,2}(?=\s)))?`;
const STAMP_LINE = new RegExp(`^[\\[【(（]?\\s*(${STAMP})\\s*[\\]】)）]?$`);
const NAME_STAMP = new RegExp(`^(${NAME})\\s+(${STAMP})$`);
const STAMP_NAME = new RegExp(`^(${STAMP})\\s+(${NAME})$`);
// WhatsApp and QQ: "[11/26/26, 2:32 PM] Emma: …", "11/26/26, 14:32 - Emma: …".
const STAMP_INLINE = new RegExp(`^\\[?(${STAMP})\\]?\\s*(?:-\\s*)?(${NAME})[:：]\\s*(.*)$`);
const INLINE = new RegExp(`^(${NAME})\\s*[:：]\\s*(.+)$`);

/** Words that look like a name before a time or a colon but are not a speaker. */
const NOT_A_NAME =
  /^(?:明天|后天|今天|昨天|前天|大后天|上午|下午|中午|晚上|早上|凌晨|傍晚|周.|星期.|[下这本]周.?|约|约在|改到|改成|大概|就|定在|到|时间|地点|备注|注意|主题|日期|地址|电话|手机|邮箱|微信|需求|预算|结论|待办|下一步|附件|总结|at|by|around|before|after|until|from|to|cc|subject|date|re|note|notes|attendees|agenda|time|location|sent)$/i;
/** A stamp with 通话录音 or 会议纪要 beside it is the paste's title, not a speaker. */
const TITLE = /录音|记录|纪要|会议|通话|聊天|转写|transcript|recording|minutes/i;
const SYSTEM =
  /撤回了一条消息|以下为新消息|以下是新消息|你已添加了|现在可以开始聊天了|拍了拍|加入了群聊|修改群名|This message was deleted|end-to-end encrypted|<Media omitted>/i;
const WECHAT_MARK = /\[[\u4e00-\u9fff]{1,5}\]|\[(?:OK|Smile|Grin|Facepalm|Thumbs ?Up)\]/;
const EMAIL_HEADER = /^(?:发件人|收件人|抄送|主题|发送时间|From|To|Cc|Subject|Sent|Date)\s*[:：]/i;

type Line =
  | { kind: 'stamp'; stamp: string }
  | { kind: 'header'; name: string; stamp: string }
  | { kind: 'inline'; name: string; stamp?: string; text: string }
  | { kind: 'text'; text: string };

const nameOk = (name: string) =>
  !NOT_A_NAME.test(name) &&
  (!/\d/.test(name) || isTranscriptLabel(name)) &&
  !/^[\d\p{P}\p{S}\s]+$/u.test(name);

function classify(line: string): Line {
  let m = STAMP_LINE.exec(line);
  if (m?.[1]) return { kind: 'stamp', stamp: m[1] };
  m = NAME_STAMP.exec(line);
  if (m?.[1] && m[2] && TITLE.test(m[1])) return { kind: 'stamp', stamp: m[2] };
  if (m?.[1] && m[2] && nameOk(m[1])) return { kind: 'header', name: m[1], stamp: m[2] };
  m = STAMP_NAME.exec(line);
  if (m?.[1] && m[2] && stampHasDate(m[1])) {
    if (TITLE.test(m[2])) return { kind: 'stamp', stamp: m[1] };
    if (nameOk(m[2])) return { kind: 'header', name: m[2], stamp: m[1] };
  }
  m = STAMP_INLINE.exec(line);
  if (m?.[1] && m[2] && nameOk(m[2])) return { kind: 'inline', stamp: m[1], name: m[2], text: m[3] ?? '' };
  m = INLINE.exec(line);
  if (m?.[1] && m[2] && nameOk(m[1])) return { kind: 'inline', name: m[1], text: m[2] };
  return { kind: 'text', text: line };
}

/**
 * A name before a time or a colon is believed to be a speaker when the paste confirms it: it speaks twice, several
 * people speak, it carries a date, it is a word for us or them, or it is how one addresses a customer (刘总).
 * "注意：带上合同" once is just a sentence.
 */
function confirmSpeakers(lines: Line[], selfNames: string[]): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines)
    if (l.kind === 'header' || l.kind === 'inline') counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
  const several = counts.size >= 2;
  return lines.map((l) => {
    if (l.kind !== 'header' && l.kind !== 'inline') return l;
    const sure =
      several ||
      (counts.get(l.name) ?? 0) >= 2 ||
      (l.stamp !== undefined && stampHasDate(l.stamp)) ||
      isSelfName(l.name, selfNames) ||
      THEIR_WORDS.includes(l.name) ||
      HONORIFIC.test(l.name);
    if (sure) return l;
    return { kind: 'text', text: l.kind === 'inline' ? `${l.name}：${l.text}` : `${l.name} ${l.stamp}` };
  });
}

/** Splits a pasted chat, transcript, e-mail or note into messages with their speaker, side and time. */
export function splitChat(text: string, now: WallClock, selfNames: string[]): Chat {
  const raw = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u200b\ufeff]/g, '').trim());
  const fromWeChat = raw.some((l) => WECHAT_MARK.test(l) || SYSTEM.test(l));
  if (raw.filter((l) => EMAIL_HEADER.test(l)).length >= 2) return splitEmail(raw, now, selfNames, fromWeChat);
  const lines = confirmSpeakers(raw.filter((l) => l && !SYSTEM.test(l)).map(classify), selfNames);
  const messages: ChatMessage[] = [];
  let speaker: string | null = null;
  let clock: WallClock | null = null;
  let lastClock: WallClock | null = null;
  const stampAt = (stamp: string, who: string | null) => {
    if (who && isTranscriptLabel(who)) return;
    clock = parseStamp(stamp, now) ?? clock;
    lastClock = clock;
  };
  for (const line of lines) {
    if (line.kind === 'stamp') stampAt(line.stamp, null);
    else if (line.kind === 'header') {
      speaker = line.name;
      stampAt(line.stamp, line.name);
    } else if (line.kind === 'inline') {
      speaker = line.name;
      if (line.stamp) stampAt(line.stamp, line.name);
      if (line.text) messages.push({ speaker, side: null, text: line.text, clock });
    } else messages.push({ speaker, side: null, text: line.text, clock });
  }
  const speakers = new Set(messages.map((m) => m.speaker).filter((s): s is string => s !== null));
  const layout: Layout = [...speakers].some(isTranscriptLabel)
    ? 'transcript'
    : speakers.size > 0 || fromWeChat
      ? 'chat'
      : 'note';
  assignSides(messages, selfNames);
  return { layout, messages, lastClock, fromWeChat };
}

function splitEmail(lines: string[], now: WallClock, selfNames: string[], fromWeChat: boolean): Chat {
  const header = (re: RegExp) => lines.map((l) => re.exec(l)?.[1]?.trim()).find(Boolean);
  const from = header(/^(?:发件人|From)\s*[:：]\s*(.+)$/i);
  const subject = header(/^(?:主题|Subject)\s*[:：]\s*(.+)$/i);
  const sent = header(/^(?:发送时间|时间|Sent|Date)\s*[:：]\s*(.+)$/i);
  const clock = sent ? parseStamp(sent.replace(/[(（][^)）]*[)）]/g, ' '), now) : null;
  const side: Side | null = from
    ? isSelfName(from.replace(/<.*>/, '').trim(), selfNames)
      ? 'ours'
      : 'theirs'
    : null;
  const body = emailBody(lines.filter((l) => l && !EMAIL_HEADER.test(l)));
  const topic = subject?.replace(/^(?:(?:回复|答复|转发|Re|Fwd?)\s*[:：]\s*)+/i, '');
  const messages = [...(topic ? [topic] : []), ...body].map((t) => ({ speaker: null, side, text: t, clock }));
  return { layout: 'email', messages, lastClock: clock, fromWeChat };
}

const SALUTATION = /^.{0,12}(?:您好|你好)[！!：:，,]?$|^(?:Dear|Hi|Hello)\b.{0,30}$/i;
const SIGN_OFF = /^(?:谢谢|此致|祝好|顺祝|Best|Regards|Kind regards|Thanks|Thank you|Cheers)\b/i;

/** The letter without its greeting, its sign-off and the signature block under it. */
function emailBody(lines: string[]): string[] {
  const body = lines.filter((l) => !SALUTATION.test(l));
  const end = body.findIndex((l) => SIGN_OFF.test(l));
  const kept = end >= 0 ? body.slice(0, end) : body;
  // A signature is the run of short lines with no sentence punctuation at the end.
  while (kept.length > 1 && !/[。！？.!?；;，,]$/.test(kept.at(-1) ?? '') && (kept.at(-1)?.length ?? 0) <= 30)
    kept.pop();
  return kept;
}
