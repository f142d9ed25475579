import { z } from 'zod';
import { AppError } from './errors';

export const ZListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(100).optional(),
});

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
  /** There are more than `total` matches: a big filtered list counts only so far (see customer-total.ts). */
  totalCapped?: boolean;
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
    totalCapped: z.boolean().optional(),
  });
}

/** Keyset cursors are opaque to clients: base64url of the sort key of the last row. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // fall through to the field error
  }
  throw new AppError('VALIDATION_FAILED', {
    fields: [{ path: 'querystring.cursor', code: 'VALIDATION_FAILED' }],
  });
}
