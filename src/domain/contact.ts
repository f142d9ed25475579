import { z } from 'zod';
import { ZDictValue } from './dictionary-value';
import { ZVersion } from './user';

export const ZContactFields = z.strictObject({
  name: z.string().trim().min(1).max(50),
  title: z.string().trim().max(50).nullish(),
  mobile: z.string().trim().max(40).nullish(),
  phone: z.string().trim().max(40).nullish(),
  email: z.string().trim().max(120).nullish(),
  wechat: z.string().trim().max(60).nullish(),
  role: ZDictValue.nullish(),
  isPrimary: z.boolean().optional(),
  /** Where this person's data came from (PIPL): 名片, 展会, 转介绍, 公开信息 … */
  dataSource: ZDictValue.nullish(),
  notes: z.string().max(2000).nullish(),
});
export type TContactInput = z.infer<typeof ZContactFields>;

export const ZContactUpdate = ZContactFields.partial().extend({ version: ZVersion });
export type TContactUpdate = z.infer<typeof ZContactUpdate>;

export const ZDictRef = z.object({ key: z.string(), label: z.string() });

export const ZContact = z.object({
  id: z.string(),
  customerId: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  mobile: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  wechat: z.string().nullable(),
  role: ZDictRef.nullable(),
  isPrimary: z.boolean(),
  dataSource: ZDictRef.nullable(),
  notes: z.string().nullable(),
  /** True when personal fields above are masked for this reader. */
  masked: z.boolean(),
  /** When the person's data was erased on their request (PIPL): the fields above are empty for good. */
  erasedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TContact = z.infer<typeof ZContact>;
