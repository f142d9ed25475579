import { isApiError } from '../api/client';
import { errorText } from '../forms/serverErrors';
import type { Messages } from '../i18n/zh-CN';

/** An endpoint the server does not have yet (rolled out in steps) answers 404 ROUTE_NOT_FOUND. */
export function isNotServed(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && error.code === 'ROUTE_NOT_FOUND';
}

/** errorText, with a friendlier sentence for a feature the server does not offer yet. */
export function customerErrorText(error: unknown, t: Messages): string {
  return isNotServed(error) ? t.customers.notServed : errorText(error, t);
}
