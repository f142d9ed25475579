import { z } from 'zod';
import { LOCALES } from './locale';
import { ASSIGNABLE_ROLES, ROLES } from './roles';
import { DEFAULT_TIME_ZONE, isTimeZone } from './time-zone';

/** Login names are what people type on a phone: letters, digits and . _ @ - (an e-mail address works). */
export const ZLogin = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .refine((s) => /^[A-Za-z0-9._@-]+$/.test(s), { params: { key: 'login' } })
  .transform((s) => s.toLowerCase());

/** At least 8 characters with a letter and a digit; long passphrases are welcome. */
export const ZPassword = z
  .string()
  .min(8)
  .max(200)
  .refine((s) => /[A-Za-z]/.test(s) && /\d/.test(s), { params: { key: 'passwordWeak' } });

export const ZPersonName = z.string().trim().min(1).max(50);
export const ZTimeZone = z.string().refine(isTimeZone, { params: { key: 'timeZone' } });
export const ZLocale = z.enum(LOCALES);
export const ZRole = z.enum(ROLES);
export const ZVersion = z.number().int().min(1);

export const ZSetupInput = z.strictObject({
  workspaceName: z.string().trim().min(1).max(100),
  timeZone: ZTimeZone.default(DEFAULT_TIME_ZONE),
  ownerName: ZPersonName,
  login: ZLogin,
  password: ZPassword,
});
export type TSetupInput = z.input<typeof ZSetupInput>;

export const ZLoginInput = z.strictObject({
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const ZCreateUserInput = z.strictObject({
  name: ZPersonName,
  login: ZLogin,
  password: ZPassword,
  role: z.enum(ASSIGNABLE_ROLES),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z.strictObject({
  name: ZPersonName.optional(),
  role: z.enum(ASSIGNABLE_ROLES).optional(),
  version: ZVersion,
});
export type TUpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export const ZUpdateMeInput = z.strictObject({
  name: ZPersonName.optional(),
  locale: ZLocale.optional(),
  version: ZVersion,
});
export type TUpdateMeInput = z.infer<typeof ZUpdateMeInput>;

export const ZChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: ZPassword,
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

export const ZResetPasswordInput = z.strictObject({ password: ZPassword });

export const ZUser = z.object({
  id: z.string(),
  name: z.string(),
  login: z.string(),
  role: ZRole,
  locale: ZLocale.nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TUser = z.infer<typeof ZUser>;
