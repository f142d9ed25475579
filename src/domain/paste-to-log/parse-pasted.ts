import { detectAttitude } from './attitude';
import { instantOf, wallClockOf } from './calendar';
import { splitChat } from './chat-lines';
import { findPlans } from './commitments';
import { findConversationTime } from './conversation-time';
import { detectKind, detectMethod } from './method-kind';
import { PASTE_MAX_CHARS, type TFollowUpProposal } from './proposal';
import { summarise } from './summary';

export interface ParseOptions {
  /** The moment of pasting: "today" for a chat that carries no date. */
  now: Date;
  /** The workspace's time zone: the chat's times and "明天" are its wall clock. */
  timeZone: string;
  /** The user's names as a chat may show them, to tell our lines from the customer's. */
  selfNames?: string[];
}

/**
 * Proposes a follow-up from a pasted WeChat chat, call transcript, e-mail or note, by local rules only: nothing leaves
 * the server. Every field is a guess for the user to check; a field is left out when the paste does not say it.
 */
export function parsePastedText(text: string, options: ParseOptions): TFollowUpProposal {
  const now = wallClockOf(options.now, options.timeZone);
  const split = splitChat(text.slice(0, PASTE_MAX_CHARS), now, options.selfNames ?? []);
  const clock = split.lastClock ?? findConversationTime(split, now);
  // A note that says when the talk took place (昨天跟李总通了电话) counts its 明天 and 下周 from that day.
  const chat = split.lastClock
    ? split
    : { ...split, messages: split.messages.map((m) => ({ ...m, clock: m.clock ?? clock })) };
  const plain = chat.messages.map((m) => m.text).join('\n');
  const sided = chat.messages.some((m) => m.side !== null);
  const theirWords = chat.messages.filter((m) => (sided ? m.side === 'theirs' : true)).map((m) => m.text);
  const attitude = detectAttitude(theirWords);
  const { commitments, nextDate } = findPlans(chat.messages, now);
  const summary = summarise(chat, now);
  const method = detectMethod(chat, plain);
  const kind = detectKind(plain);
  return {
    ...(clock && { at: instantOf(clock, options.timeZone).toISOString() }),
    ...(method && { method }),
    ...(kind && { kind }),
    ...(summary && { summary }),
    ...(attitude && { attitude }),
    ...(commitments.length > 0 && { commitments }),
    ...(nextDate && { nextDate }),
  };
}
