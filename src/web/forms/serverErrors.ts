import type { FormInstance } from 'antd';
import { ApiError, isApiError } from '../api/client';
import type { Messages } from '../i18n/zh-CN';

/** The sentence to show for any failed call: the server's localized words, or ours when it never answered. */
export function errorText(error: unknown, t: Messages): string {
  if (isApiError(error)) {
    if (error.status === 0) return t.errors.network;
    if (error.status === 403 && !error.title) return t.errors.forbidden;
    return error.detail || error.title || t.errors.unknown;
  }
  return t.errors.unknown;
}

/** The server names fields by the request (settings.health.dormantAfter, labels.zh-CN); a form by its own values. */
export function relocated(error: unknown, fieldOf: (path: string) => string): unknown {
  if (!isApiError(error) || error.errors.length === 0) return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    title: error.title,
    detail: error.detail,
    errors: error.errors.map((e) => ({ ...e, path: fieldOf(e.path) })),
    current: error.current,
    body: error.body,
  });
}

/** 'contacts.1.mobile' → ['contacts', 1, 'mobile']: list items in an antd form are addressed by number. */
export function namePath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors next to the fields they belong to.
 * `codeFields` names a field for errors the server sends without a path (LOGIN_TAKEN → login).
 * Returns false when nothing could be placed, so the caller shows a general message instead.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  codeFields: Record<string, string> = {},
): boolean {
  if (!isApiError(error)) return false;
  const known = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const fields = error.errors
    .filter((e) => known.has(e.path.split('.')[0] ?? ''))
    .map((e) => ({ name: namePath(e.path), errors: [e.message] }));
  const byCode = codeFields[error.code];
  if (fields.length === 0 && byCode) fields.push({ name: [byCode], errors: [error.title] });
  if (fields.length === 0) return false;
  form.setFields(fields);
  return true;
}
