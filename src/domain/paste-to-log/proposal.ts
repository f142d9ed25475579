import { z } from 'zod';
import { ATTITUDES, ZCommitment } from '../follow-up';

/** The most a paste may hold: a long day of chat, far more than one follow-up needs. */
export const PASTE_MAX_CHARS = 20_000;

export const ZParsePastedInput = z.strictObject({
  text: z.string().trim().min(1).max(PASTE_MAX_CHARS),
  /** The moment relative dates count from when the chat carries no date; defaults to now. */
  now: z.iso.datetime({ offset: true }).optional(),
});
export type TParsePastedInput = z.infer<typeof ZParsePastedInput>;

/**
 * A proposed follow-up, in the shape of the create input without the customer: each field only when the paste says
 * it. Dictionary fields are keys.
 */
export const ZFollowUpProposal = z.object({
  at: z.string().optional(),
  method: z.string().optional(),
  kind: z.string().optional(),
  summary: z.string().optional(),
  attitude: z.enum(ATTITUDES).optional(),
  commitments: z.array(ZCommitment).optional(),
  nextDate: z.string().optional(),
});
export type TFollowUpProposal = z.infer<typeof ZFollowUpProposal>;
