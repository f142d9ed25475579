import { isEmail, normalizeEmail } from '../validators/email';
import { toHalfWidth } from '../validators/normalize';
import { classifyPhone, normalizePhone } from '../validators/phone';

export interface ContactParts {
  mobile?: string;
  phone?: string;
  email?: string;
  wechat?: string;
}

const PIECES = /[/,，;；、|\n]+|\s{2,}/u;
// A Chinese label may run straight into the value (微信li_lei); a Latin one needs its colon (wxid_… is an id).
const LABEL =
  /^(?:(电话|手机|座机|固话|邮箱|邮件|微信)\s*:?|(tel|phone|mobile|e-?mail|wechat|vx|wx)\s*:)\s*/iu;
const WECHAT_ID = /^[a-z][-_a-z0-9]{5,19}$/iu;

/**
 * A 联系方式 cell split into what each piece is: "电话：138 0013 8000 / 邮箱：li@example.cn / 微信：li_lei" gives a mobile,
 * an e-mail and a WeChat id. A piece is what its label says, else what it looks like; null when a piece is none of
 * them (the row reports it rather than dropping it).
 */
export function splitContact(text: string): ContactParts | null {
  const parts: ContactParts = {};
  for (const raw of toHalfWidth(text).split(PIECES)) {
    const labelled = LABEL.exec(raw.trim());
    const label = (labelled?.[1] ?? labelled?.[2] ?? '').toLowerCase();
    const piece = raw
      .trim()
      .slice(labelled?.[0].length ?? 0)
      .trim();
    if (!piece) continue;
    const kind = pieceKind(piece, label);
    if (!kind || parts[kind.field]) return null;
    parts[kind.field] = kind.value;
  }
  return Object.keys(parts).length ? parts : null;
}

function pieceKind(piece: string, label: string): { field: keyof ContactParts; value: string } | null {
  if (['微信', 'wechat', 'vx', 'wx'].includes(label)) return { field: 'wechat', value: piece };
  const email = normalizeEmail(piece);
  if (isEmail(email)) return { field: 'email', value: email };
  const phone = normalizePhone(piece);
  const phoneKind = classifyPhone(phone);
  if (phoneKind === 'mobile') return { field: 'mobile', value: phone };
  if (phoneKind === 'landline') return { field: 'phone', value: phone };
  return WECHAT_ID.test(piece) && !label ? { field: 'wechat', value: piece } : null;
}
