/** WeChat's bracketed emoji and media placeholders ([微笑], [图片]), and pictographs (👌🙏). */
// Skin tones, joiners and variation selectors are listed as alternatives: in a class they would fuse with neighbours.
const MARKS = /\[[\u4e00-\u9fffA-Za-z ]{1,8}\]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu;
const MEDIA_ONLY =
  /^\[(?:图片|语音|视频|文件|链接|动画表情|表情|位置|名片|转账|红包|小程序|聊天记录|视频号|音乐|Photo|Image|Sticker|Voice|Video|File|Link)\][^\u4e00-\u9fffA-Za-z]*$/i;

const BULLET = /^\s*(?:[-•*·]|\d{1,2}[.、)）])\s*/;

export function cleanText(text: string): string {
  if (MEDIA_ONLY.test(text.trim())) return '';
  return text.replace(MARKS, '').replace(BULLET, '').replace(/\s+/g, ' ').trim();
}

/** Nothing but an acknowledgement or a greeting: worth nothing in a summary. */
const ACK =
  /^(?:好的?|好滴|好嘞|好哒|好吧|嗯+|恩+|哦+|噢|喔|行|可以|收到|了解|明白|知道了|OK|ok|okay|好的谢谢|谢谢|多谢|感谢|谢了|辛苦了?|没问题|客气了?|不客气|在吗|在的|在|您好|你好|hi|hello|thanks|thank you|sure|got it|great|noted|早|早上好|晚安|哈+)[啊呀哈的吧哦啦嘛～~!！。.，, ]*(?:[张王李赵刘陈杨黄周吴][总哥姐]|老师)?[～~!！。. ]*$/i;

export const isAck = (text: string) => ACK.test(text.trim());

// Speech-to-text gives long runs with no punctuation; these words, and a date phrase not bound to the word before it
// (等年后, 到月底), usually start a new thought.
const SOFT_BREAK =
  /(?=然后|另外|还有就是|而且|但是|不过|所以|他说|她说|我这边|我们这边|我答应|我先|我再|到时候|顺便|最后)|(?<![这下本上个每等到在要])(?=这周|下周|本周|下个?月|月底|月初|过完年|年后|年前|过两天|过几天|明天|后天|周[一二三四五六日末])/;

export interface Clause {
  text: string;
  question: boolean;
}

/** Splits a message into clauses at punctuation, at spaces between Chinese words, and at soft breaks in long runs. */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  const parts = text.match(/[^，,。！!？?；;\n]+[，,。！!？?；;]*/g) ?? [];
  for (const part of parts) {
    const question = /[？?]|[吗么]\s*[，,。！!]*$/.test(part);
    const body = part.replace(/[，,。！!？?；;]+$/, '').trim();
    const pieces = body
      .split(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?<=[a-z0-9])[.!]\s+/i)
      .flatMap((p) => (p.length > 20 && /[\u4e00-\u9fff]/.test(p) ? p.split(SOFT_BREAK) : [p]))
      .map((p) => p.trim())
      .filter(Boolean);
    pieces.forEach((p, i) => clauses.push({ text: p, question: question && i === pieces.length - 1 }));
  }
  return clauses;
}
