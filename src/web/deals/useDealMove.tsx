import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import type { TDeal } from '../../domain/deal';
import type { TStage } from '../../domain/pipeline';
import { isApiError } from '../api/client';
import { dealChangeKeys, updateDeal } from '../api/deals';
import { errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { ApprovalRequestModal } from './ApprovalRequestModal';
import { StageFieldsModal } from './StageFieldsModal';

interface Move {
  deal: TDeal;
  stage: TStage;
}

/** Fields a stage may ask for that a person can fill in on the spot; anything else opens the whole form. */
export const STAGE_FIELDS = ['expectedAmount', 'expectedCloseDate', 'lossReason', 'lines'] as const;

/**
 * Moves a deal to a stage (board drag, keyboard, "move to" menu, the detail page). What the move still needs is
 * asked for right there: the missing fields of the stage, or an approval request where winning needs one. A move
 * that lost to someone else's save says who made it and shows the latest.
 */
export function useDealMove() {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [missing, setMissing] = useState<(Move & { fields: string[] }) | null>(null);
  const [approval, setApproval] = useState<Move | null>(null);
  const refresh = () => dealChangeKeys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));

  const mutation = useMutation({
    mutationFn: ({ deal, stage }: Move) => updateDeal(deal.id, { version: deal.version, stage: stage.key }),
    onSuccess: (_deal, { stage }) => void message.success(t.deals.moved(stage.label)),
    onError: (error, move) => {
      if (!isApiError(error)) return void message.error(errorText(error, t));
      if (error.code === 'APPROVAL_REQUIRED') return setApproval(move);
      const fields = error.errors
        .map((e) => e.path)
        .filter((p) => (STAGE_FIELDS as readonly string[]).includes(p));
      if (error.code === 'VALIDATION_FAILED' && fields.length) return setMissing({ ...move, fields });
      if (error.code === 'VERSION_CONFLICT') {
        const current = error.current as TDeal | undefined;
        return void message.warning(t.deals.movedBy(current?.updatedBy?.name ?? ''));
      }
      void message.error(errorText(error, t));
    },
    onSettled: refresh,
  });

  const modals: ReactNode = (
    <>
      {missing && (
        <StageFieldsModal
          deal={missing.deal}
          stage={missing.stage}
          fields={missing.fields}
          onClose={() => setMissing(null)}
        />
      )}
      {approval && <ApprovalRequestModal deal={approval.deal} onClose={() => setApproval(null)} />}
    </>
  );
  return { move: (deal: TDeal, stage: TStage) => mutation.mutate({ deal, stage }), moving: mutation, modals };
}
