import { z } from 'zod';

/** A name in both interface languages (a dictionary entry, a custom field or one of its options). */
export const ZLabels = z.strictObject({
  'zh-CN': z.string().trim().min(1).max(40),
  'en-US': z.string().trim().min(1).max(60),
});
