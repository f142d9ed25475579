import { z } from 'zod';

export const ZCreateApiTokenInput = z.strictObject({ name: z.string().trim().min(1).max(60) });
export type TCreateApiTokenInput = z.infer<typeof ZCreateApiTokenInput>;

export const ZApiToken = z.object({
  id: z.string(),
  name: z.string(),
  /** The first characters of the token, so a person can tell tokens apart without the secret. */
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type TApiToken = z.infer<typeof ZApiToken>;

/** Only the create call returns the secret, once. */
export const ZCreatedApiToken = ZApiToken.extend({ token: z.string() });
export type TCreatedApiToken = z.infer<typeof ZCreatedApiToken>;
