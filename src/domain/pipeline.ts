import { z } from 'zod';
import { ZLabels } from './labels';
import { ZVersion } from './user';

/** What reaching a stage means: still open, won (成交) or lost (流失). */
export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type TStageKind = (typeof STAGE_KINDS)[number];

/** Deal fields a workspace may require from a stage on (方案 asks for an expected amount by default). */
export const STAGE_REQUIRABLE_FIELDS = ['expectedAmount', 'expectedCloseDate', 'lines'] as const;
export type TStageRequirable = (typeof STAGE_REQUIRABLE_FIELDS)[number];

export interface DefaultStage {
  key: string;
  zh: string;
  en: string;
  probability: number;
  kind: TStageKind;
  requiredFields: TStageRequirable[];
}

/** The seeds' sales stages; keys match the customerStage dictionary, so a customer's stage follows its deals. */
export const DEFAULT_STAGES: DefaultStage[] = [
  { key: 'lead', zh: '线索', en: 'Lead', probability: 10, kind: 'open', requiredFields: [] },
  { key: 'intent', zh: '意向', en: 'Intent', probability: 25, kind: 'open', requiredFields: [] },
  {
    key: 'proposal',
    zh: '方案',
    en: 'Proposal',
    probability: 50,
    kind: 'open',
    requiredFields: ['expectedAmount'],
  },
  {
    key: 'negotiation',
    zh: '谈判',
    en: 'Negotiation',
    probability: 75,
    kind: 'open',
    requiredFields: ['expectedAmount'],
  },
  { key: 'won', zh: '成交', en: 'Won', probability: 100, kind: 'won', requiredFields: [] },
  { key: 'lost', zh: '流失', en: 'Lost', probability: 0, kind: 'lost', requiredFields: [] },
];

const ZStageKey = z
  .string()
  .trim()
  .refine((key) => /^[a-z][a-z0-9_]{0,39}$/.test(key), { params: { key: 'fieldKey' } });

export const ZStageInput = z.strictObject({
  key: ZStageKey,
  labels: ZLabels,
  probability: z.number().int().min(0).max(100),
  kind: z.enum(STAGE_KINDS),
  requiredFields: z.array(z.enum(STAGE_REQUIRABLE_FIELDS)).max(STAGE_REQUIRABLE_FIELDS.length).default([]),
  /** Stopped: not offered for new moves; deals already there keep it. */
  archived: z.boolean().default(false),
});
export type TStageInput = z.infer<typeof ZStageInput>;

/** The whole list of stages, in board order; one open, one won and one lost stage at least, keys unique. */
export const ZUpdatePipelineInput = z.strictObject({
  version: ZVersion,
  stages: z
    .array(ZStageInput)
    .min(3)
    .max(20)
    .superRefine((stages, ctx) => {
      const seen = new Set<string>();
      stages.forEach((stage, i) => {
        if (seen.has(stage.key))
          ctx.addIssue({ code: 'custom', path: [i, 'key'], params: { key: 'stageKeyTaken' } });
        seen.add(stage.key);
      });
      if (STAGE_KINDS.some((kind) => !stages.some((s) => s.kind === kind && !s.archived)))
        ctx.addIssue({ code: 'custom', path: [], params: { key: 'stageKindMissing' } });
    }),
});
export type TUpdatePipelineInput = z.infer<typeof ZUpdatePipelineInput>;

export const ZStage = z.object({
  key: z.string(),
  label: z.string(),
  labels: ZLabels,
  probability: z.number().int(),
  kind: z.enum(STAGE_KINDS),
  requiredFields: z.array(z.enum(STAGE_REQUIRABLE_FIELDS)),
  archived: z.boolean(),
});
export type TStage = z.infer<typeof ZStage>;

export const ZPipeline = z.object({
  id: z.string(),
  name: z.string(),
  stages: z.array(ZStage),
  version: z.number().int(),
});
export type TPipeline = z.infer<typeof ZPipeline>;

/** A column's weighted total: each deal's amount × its stage's probability, in whole fen. */
export function weightedAmount(amount: number, probability: number): number {
  return Math.round((amount * probability) / 100);
}

/** Won and lost columns of the board show the deals closed in the last this many days (a board, not an archive). */
export const BOARD_CLOSED_DAYS = 30;
