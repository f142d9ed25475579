import type { TCommitment } from '../follow-up';
import type { WallClock } from './calendar';
import type { ChatMessage } from './chat-lines';
import { cleanText, splitClauses } from './clauses';
import { hasChinese } from './date-mentions';
import { datedClauses } from './dated-clauses';
import { ACTION, CONTACT, inOurVoice, sideOf } from './promise-side';

/** A visit or a demo is the next contact and a promise too; a call back is only the next contact. */
const DELIVERS = /演示|发|寄|送|提供|报价|签|盖章|\b(?:send|demo|deliver|sign)\b/i;
/** A promise to answer: when it comes due, that is when to follow up. */
const THEIR_ANSWER =
  /回复|答复|回话|回(?:您|你)|给(?:您|你)(?:消息|答复|回复|准信|信儿)|准信|确认|定下来|拍板|决定|反馈|\b(?:confirm|get back|let you know|decide|reply)\b/i;
const OUR_ANSWER = /回复|答复|回话|给(?:您|你)(?:消息|答复|回复|准信)|\b(?:get back|let you know|reply)\b/i;
const NEGATED = /不(?:会|能|用|打算|一定)|没法|来不及|不行|出差|放假|休息|\bcan'?t\b|\bwon'?t\b|\bnot\b/i;

const LEAD =
  /^(?:(?:然后|另外|还有|而且|那就|那|就|嗯+|好的?|行|OK|对|所以|到时候|最后|顺便|没问题|最好|能否|能不能|可否|可不可以|麻烦(?:您|你)?|请(?:您|你)?|and|so|ok|great|perfect)[，,\s]*)+/i;
const SUBJECT = /^(?:我们这边|我这边|我们|我|咱们|咱|我方|他们那边|他们|她们|他|她)(?:这边|那边)?\s*/;

function promiseText(text: string): string {
  const s = text.replace(LEAD, '');
  if (!hasChinese(s)) return s.replace(/[.!]+$/, '');
  return s
    .replace(SUBJECT, '')
    .replace(/^在(?=\d|[一二三四五六七八九十]|下|这|本|月)/, '')
    .replace(/[哈啊吧哦呀啦嘛～~]+$/, '');
}

export interface Plans {
  commitments: TCommitment[];
  nextDate?: string;
}

/**
 * Promises with their due dates, and the next follow-up date. A get-back-in-touch sentence sets the next date (the last
 * one said wins: it is what both sides settled on); failing that, the earliest answer still to come.
 */
export function findPlans(messages: ChatMessage[], now: WallClock): Plans {
  const commitments: TCommitment[] = [];
  const agreed: string[] = [];
  const answers: string[] = [];
  for (const message of messages) {
    const ref = message.clock ?? now;
    for (const { text, mentions } of datedClauses(splitClauses(cleanText(message.text)), ref)) {
      if (NEGATED.test(text)) continue;
      const start = mentions.map((m) => m.start).sort()[0] ?? ref.day;
      const end =
        mentions
          .map((m) => m.end)
          .sort()
          .at(-1) ?? ref.day;
      const contact = CONTACT.test(text);
      if (contact) agreed.push(start);
      if ((contact && !DELIVERS.test(text)) || !ACTION.test(text)) continue;
      const side = sideOf(text, message.side);
      const worded = promiseText(text);
      const promise = (message.side === 'theirs' && side === 'ours' ? inOurVoice(worded) : worded).slice(
        0,
        500,
      );
      if (promise && !commitments.some((c) => c.text === promise))
        commitments.push({ text: promise, side, dueDate: end, done: false });
      if ((side === 'theirs' ? THEIR_ANSWER : OUR_ANSWER).test(text) && end >= now.day) answers.push(end);
    }
  }
  const nextDate = agreed.at(-1) ?? answers.sort()[0];
  return { commitments: commitments.slice(0, 30), ...(nextDate && { nextDate }) };
}
