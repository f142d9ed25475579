import type { WallClock } from './calendar';
import type { Clause } from './clauses';
import { findDateMentions, hasChinese } from './date-mentions';
import { ACTION, CONTACT, REQUEST } from './promise-side';
import type { DateMention } from './relative-dates';

export interface Dated {
  text: string;
  mentions: DateMention[];
}

/** 下个月初吧: a date with a closing particle is a whole answer, not the start of a sentence. */
const COMPLETE = /[吧啊呢哈呀嘛]$/;

const hasVerb = (text: string) => ACTION.test(text) || CONTACT.test(text);

/**
 * The clauses of a message that name a date still ahead, ready to read as promises. A date left hanging is joined to
 * the clause that says what happens then (下周三前，我把方案发您); an undated action just before it is its subject
 * (我给您申请个折扣，15号前给您回复). Questions are left out, except polite requests (能否12月10日前提供报价？).
 */
export function datedClauses(clauses: Clause[], ref: WallClock): Dated[] {
  const out: Dated[] = [];
  const ahead = (text: string) => findDateMentions(text, ref).filter((m) => m.end >= ref.day);
  const dates = clauses.map((c) => ahead(c.text));
  const used = new Set<number>();
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    const mentions = dates[i] ?? [];
    if (!clause || !mentions.length || (clause.question && !REQUEST.test(clause.text))) continue;
    let text = clause.text;
    const prior = clauses[i - 1];
    const priorActs =
      prior && !used.has(i - 1) && !prior.question && !dates[i - 1]?.length && ACTION.test(prior.text);
    if (prior && priorActs && ACTION.test(text) && hasChinese(text)) text = `${prior.text}，${text}`;
    const next = clauses[i + 1];
    if (!hasVerb(text) && !COMPLETE.test(text) && next && !next.question && !dates[i + 1]?.length) {
      text = hasChinese(text) ? `${text}${next.text}` : `${text} ${next.text}`;
      used.add(i + 1);
      i++;
    }
    out.push({ text, mentions });
  }
  return out;
}
