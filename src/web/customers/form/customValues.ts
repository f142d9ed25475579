import dayjs, { type Dayjs } from 'dayjs';
import type { TCustomField } from '../../../domain/custom-fields';
import { toFen, toYuan } from '../money';

/** Custom values as the form holds them: 元 for money, dayjs for dates, the rest as the API has them. */
export function customToForm(
  fields: TCustomField[],
  custom: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = custom[f.key];
    if (v === undefined || v === null) continue;
    out[f.key] = f.type === 'money' ? toYuan(v as number) : f.type === 'date' ? dayjs(v as string) : v;
  }
  return out;
}

/** The form's custom values for the API; empty ones become null (which clears them on an edit). */
export function customToApi(
  fields: TCustomField[],
  values: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values?.[f.key];
    const empty = v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
    if (empty) out[f.key] = null;
    else if (f.type === 'money') out[f.key] = toFen(v as number);
    else if (f.type === 'date') out[f.key] = (v as Dayjs).format('YYYY-MM-DD');
    else if (typeof v === 'string') out[f.key] = v.trim();
    else out[f.key] = v;
  }
  return out;
}
