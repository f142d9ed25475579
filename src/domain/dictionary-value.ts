import { z } from 'zod';

/**
 * A dictionary field as clients send it: the entry's key, a current label in either language (微信, WeChat,
 * wechat), or the `{ key, label }` object the API returns. The server resolves it to a key.
 */
export const ZDictValue = z.union([
  z.string().trim().min(1).max(60),
  z.object({ key: z.string().min(1).max(60) }).transform((v) => v.key),
]);
