import { detectAttitude } from './attitude';
import type { WallClock } from './calendar';
import type { Chat, ChatMessage } from './chat-lines';
import { cleanText, isAck, splitClauses } from './clauses';
import { findDateMentions, hasChinese } from './date-mentions';

/** What a sales conversation is about: these sentences carry the news. */
const TOPIC =
  /价格|报价|预算|费用|合同|签|付款|定金|折扣|优惠|方案|需求|采购|决策|老板|领导|竞品|对比|交付|上线|试用|演示|[\d一二两三四五六七八九十]+万|\d+元|\b(?:price|pricing|budget|contract|proposal|demo|quote|decision|discount|requirements?|timeline)\b/i;
const GREETING =
  /^(?:(?:喂|在吗|在不在|您好|你好|hi|hello|hey|早上好|下午好|晚上好|早)[，,!！。?？~～\s]*)+/i;
const FILLER = /(?<=^|[，\s])(?:嗯+|啊+|呃+|那个|就是说)(?=[，\s]|$)[，\s]*/g;

const SIDE_ZH = { ours: '我', theirs: '客户' } as const;
const SIDE_EN = { ours: 'Me', theirs: 'Customer' } as const;
const MAX_LINES = 4;
const MAX_CHARS = 500;
const SHORT_NOTE = 150;

function tidy(text: string): string {
  const s = cleanText(text).replace(GREETING, '').replace(FILLER, '').trim();
  // Speech-to-text leaves words apart with spaces where a writer puts a comma.
  return s.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '，');
}

/** A long run of speech-to-text with no punctuation reads better cut into its clauses. */
function unrun(text: string): string {
  if (text.length <= 30 || !hasChinese(text) || /[，,。！!？?；;]/.test(text)) return text;
  return splitClauses(text)
    .map((c) => c.text)
    .join('，');
}

function weight(text: string, message: ChatMessage, now: WallClock): number {
  const ref = message.clock ?? now;
  let score = 1;
  if (TOPIC.test(text)) score += 2;
  // Attitude is the customer's: our own 没问题 is politeness, not news.
  const attitude = message.side === 'ours' ? undefined : detectAttitude([text]);
  if (attitude && attitude !== 'neutral') score += 2;
  if (findDateMentions(text, ref).some((m) => m.end >= ref.day)) score += 2;
  if (text.length >= 12) score += 1;
  return score;
}

interface Piece {
  text: string;
  speaker: string | null;
  score: number;
  order: number;
}

/** A piece needs more than length to be news: a topic, a date or an attitude. */
const NEWS = 3;

/** The best pieces, kept in the order they were said; small talk only when there is nothing else. */
function pick(pieces: Piece[], max: number): Piece[] {
  const ranked = [...pieces].sort((a, b) => b.score - a.score || a.order - b.order);
  const news = ranked.filter((p) => p.score >= NEWS);
  const chosen = (news.length ? news : ranked).slice(0, max);
  return chosen.sort((a, b) => a.order - b.order);
}

function join(parts: string[], chinese: boolean): string {
  return parts.reduce(
    (all, p) =>
      !all
        ? p
        : /[，,。！!？?；;.]$/.test(all)
          ? `${all}${chinese ? '' : ' '}${p}`
          : `${all}${chinese ? '，' : '. '}${p}`,
    '',
  );
}

function cap(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/**
 * A short summary: the few sentences that carry the news (prices, budgets, decisions, dates, the customer's attitude),
 * not the small talk. A chat keeps who said what, in the order it was said; a short note is kept whole.
 */
export function summarise(chat: Chat, now: WallClock): string | undefined {
  const chinese = hasChinese(chat.messages.map((m) => m.text).join(''));
  if (chat.layout === 'note' || chat.layout === 'email') {
    const whole = join(chat.messages.map((m) => unrun(tidy(m.text))).filter(Boolean), chinese);
    if (whole.length <= SHORT_NOTE) return whole || undefined;
    const pieces = chat.messages
      .flatMap((m) => splitClauses(tidy(m.text)).map((c) => ({ text: c.text, m })))
      .map(({ text, m }, order) => ({ text, speaker: null, score: weight(text, m, now), order }));
    const picked = pick(pieces, MAX_LINES + 2).map((p) => p.text);
    return cap(join(picked, chinese)) || undefined;
  }
  // 说话人1 means nothing to a reader: a transcript's sides are named instead.
  const label = (m: ChatMessage) =>
    chat.layout === 'transcript' && m.side ? (chinese ? SIDE_ZH : SIDE_EN)[m.side] : m.speaker;
  const pieces: Piece[] = chat.messages
    .map((m, order) => ({ text: tidy(m.text), speaker: label(m), score: 0, order, m }))
    .filter((p) => p.text && !isAck(p.text))
    .map(({ m, ...p }) => ({ ...p, score: weight(p.text, m, now) }));
  const lines: { speaker: string | null; parts: string[]; order: number }[] = [];
  for (const p of pick(pieces, MAX_LINES)) {
    const last = lines.at(-1);
    if (last && last.speaker === p.speaker && last.order + 1 === p.order) {
      last.parts.push(p.text);
      last.order = p.order;
    } else lines.push({ speaker: p.speaker, parts: [p.text], order: p.order });
  }
  const colon = chinese ? '：' : ': ';
  const text = lines
    .map((l) => `${l.speaker ? `${l.speaker}${colon}` : ''}${join(l.parts, chinese)}`)
    .join('\n');
  return cap(text) || undefined;
}
