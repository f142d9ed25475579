import type { Side } from './chat-lines';

/** Getting back in touch (下周再联系, 过两天再约, 后天上门演示): that sets the next follow-up date. */
export const CONTACT =
  /再(?:联系|约|聊|沟通|谈|跟进|打|电话|碰|见|说|找|对一下)|再跟(?:您|你)|回访|碰一下|碰个头|见个?面|约个?时间|拜访|上门|到店|来店|去店|过去演示|过来演示|当面演示|联系(?:您|你)|(?:给|跟)(?:您|你)联系|给(?:您|你)打|打给(?:您|你)|电话(?:您|你)|接着聊|继续聊|\b(?:talk|speak|catch up|follow up|call|meet|reconnect|touch base|check in|circle back)\b/i;

/** Doing something for the other side by a date: the verbs promises are made of. */
export const ACTION =
  /发|给|提供|确认|回复|答复|回话|安排|准备|出方案|出报价|报价|签|付款|打款|转账|汇款|提交|反馈|寄|送|定下来|定一下|落实|交付|更新|调整|修改|完成|搞定|演示|上线|部署|开票|盖章|回传|\b(?:send|share|confirm|reply|get back|prepare|sign|pay|deliver|review|finali[sz]e|submit|update|provide|arrange|schedule|decide|approve|let you know)\b/i;

/** A polite request (能否…提供, 麻烦…发我) asks the other side to act: it is their promise to keep, once made. */
export const REQUEST = /^(?:能否|能不能|可否|可不可以|麻烦|请(?:您|你))/;

const LEAD =
  /^(?:(?:然后|另外|还有|而且|那就|那|就|嗯+|好的?|行|OK|对|所以|到时候|最后|顺便|没问题|最好|and|so|ok|great|perfect)[，,\s]*)+/i;
const ADDRESSEE = /^(?:你们|您们|您|你|贵司|贵公司|you\b)/i;
const SELF = /^(?:我|咱|I\b|I'|we\b)/i;
const THIRD_PERSON =
  /^(?:他们|她们|他|她|客户|对方|[\u4e00-\u9fff]{1,3}(?:总|经理|老师|主任|老板)(?:说|那边|这边)?|they\b|he\b|she\b|the (?:client|customer)\b|[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:will|would|is going to|said|promised|agreed)\b)/;
/** 发我, 给我答复: the speaker is on the receiving end, so the other side acts. */
const TO_SPEAKER = /(?:给|发|回|告诉|寄|传)(?:我|我们)(?!这边|那边)|\b(?:send|get) me\b/i;

/**
 * Whose promise a sentence is. The speaker's, unless the sentence names someone else: a request or 你们… asks the
 * other side; in a note (no speaker) 他们月底前给我答复 reports the customer's; with no subject, 过两天给我个答复 has the
 * other side acting for the speaker. A note's own sentences are ours.
 */
/** The customer's words turned into our promise (过两天给我个答复 → 过两天给您个答复), to read as ours in the list. */
export function inOurVoice(text: string): string {
  return text.replace(/(给|发|回|告诉|寄|传)我(?!们)/g, '$1您');
}

export function sideOf(text: string, speaker: Side | null): Side {
  const own = speaker ?? 'ours';
  const other: Side = own === 'ours' ? 'theirs' : 'ours';
  if (REQUEST.test(text)) return other;
  const s = text.replace(LEAD, '');
  if (ADDRESSEE.test(s)) return other;
  if (SELF.test(s)) return own;
  if (THIRD_PERSON.test(s) && speaker !== 'theirs') return 'theirs';
  return TO_SPEAKER.test(s) ? other : own;
}
