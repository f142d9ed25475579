import { z } from 'zod';
import { ZTimeZone, ZVersion } from './user';

export const ZWorkspace = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TWorkspace = z.infer<typeof ZWorkspace>;

export const ZUpdateWorkspaceInput = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  timeZone: ZTimeZone.optional(),
  version: ZVersion,
});
export type TUpdateWorkspaceInput = z.infer<typeof ZUpdateWorkspaceInput>;
