import { compareClocks, type WallClock } from './calendar';
import type { Chat } from './chat-lines';
import { cleanText, splitClauses } from './clauses';
import { findDateMentions } from './date-mentions';

const TALKED =
  /聊|谈|沟通|通话|电话|见面|拜访|开会|会议|面谈|\b(?:talked|spoke|call|called|met|meeting|chat(?:ted)?)\b/i;

/**
 * When a note or a transcript without stamps says when the conversation took place (昨天下午跟李总通了电话, Call with
 * Tom on Nov 20 at 3pm): the first past date said next to a word for talking, in its opening sentences. A past day
 * with no time is taken at noon, for the user to correct.
 */
export function findConversationTime(chat: Chat, now: WallClock): WallClock | null {
  if (chat.layout === 'chat' || chat.layout === 'email') return null;
  const opening = chat.messages.slice(0, 2).flatMap((m) => splitClauses(cleanText(m.text)).slice(0, 3));
  for (const clause of opening) {
    if (!TALKED.test(clause.text)) continue;
    for (const m of findDateMentions(clause.text, now, false)) {
      const clock = m.time
        ? { day: m.start, ...m.time }
        : m.start < now.day
          ? { day: m.start, hour: 12, minute: 0 }
          : null;
      if (clock && compareClocks(clock, now) <= 0) return clock;
    }
  }
  return null;
}
