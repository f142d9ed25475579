import type { TContactInput } from '../../domain/contact';
import { isEmail, normalizeEmail } from '../../domain/validators/email';
import { classifyPhone, normalizePhone } from '../../domain/validators/phone';
import { resolveOrFail, type Dictionaries } from '../dictionaries/dictionary.service';
import { AppError } from '../http/errors';
import type { FieldErrors } from '../http/field-errors';

export interface ContactFields {
  name?: string;
  title?: string | null;
  mobile?: string | null;
  phone?: string | null;
  email?: string | null;
  wechat?: string | null;
  role?: string | null;
  is_primary?: boolean;
  data_source?: string | null;
  notes?: string | null;
}

function dict(
  dicts: Dictionaries,
  errors: FieldErrors,
  dictionary: 'contactRole' | 'personalDataSource',
  value: string,
  path: string,
) {
  try {
    return resolveOrFail(dicts, dictionary, value, path);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    errors.add(path, 'UNKNOWN_DICTIONARY_VALUE');
    return null;
  }
}

/**
 * Normalises what people type (full-width digits, spaces, dashes, +86) before checking and storing, so the same
 * number is stored one way and duplicate checks compare like with like. Only the fields present are returned.
 */
export function contactFields(
  input: Partial<TContactInput>,
  dicts: Dictionaries,
  errors: FieldErrors,
  prefix: string,
): ContactFields {
  const out: ContactFields = {};
  const blank = (v: string | null | undefined) => v == null || v.trim() === '';
  if (input.name !== undefined) out.name = input.name;
  if (input.title !== undefined) out.title = blank(input.title) ? null : (input.title ?? null);
  if (input.mobile !== undefined) {
    const mobile = blank(input.mobile) ? null : normalizePhone(input.mobile ?? '');
    if (mobile && classifyPhone(mobile) !== 'mobile') errors.add(`${prefix}mobile`, 'PHONE_INVALID');
    out.mobile = mobile;
  }
  if (input.phone !== undefined) {
    const phone = blank(input.phone) ? null : normalizePhone(input.phone ?? '');
    if (phone && classifyPhone(phone) === 'invalid') errors.add(`${prefix}phone`, 'PHONE_INVALID');
    out.phone = phone;
  }
  if (input.email !== undefined) {
    const email = blank(input.email) ? null : normalizeEmail(input.email ?? '');
    if (email && !isEmail(email)) errors.add(`${prefix}email`, 'EMAIL_INVALID');
    out.email = email;
  }
  if (input.wechat !== undefined) out.wechat = blank(input.wechat) ? null : (input.wechat ?? '').trim();
  if (input.role !== undefined)
    out.role = input.role == null ? null : dict(dicts, errors, 'contactRole', input.role, `${prefix}role`);
  if (input.dataSource !== undefined) {
    out.data_source =
      input.dataSource == null
        ? null
        : dict(dicts, errors, 'personalDataSource', input.dataSource, `${prefix}dataSource`);
  }
  if (input.isPrimary !== undefined) out.is_primary = input.isPrimary;
  if (input.notes !== undefined) out.notes = blank(input.notes) ? null : (input.notes ?? null);
  return out;
}
