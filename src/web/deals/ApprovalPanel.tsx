import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Input, Modal, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { TApproval, TDeal } from '../../domain/deal';
import { formatYuan } from '../../domain/money';
import { dealChangeKeys, dealsKey, decideApproval, listApprovals, withdrawApproval } from '../api/deals';
import { useCan, useSession } from '../auth/session';
import { errorText } from '../forms/serverErrors';
import { useLocale, useT } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/format';

const STATUS_COLORS = {
  pending: 'orange',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
} as const;

/** 成交审批 on a deal: the open request with its decision buttons, and every earlier request. */
export function ApprovalPanel(props: { deal: TDeal; approvalOn: boolean; onRequest: (() => void) | null }) {
  const { deal, approvalOn, onRequest } = props;
  const t = useT();
  const a = t.deals.approval;
  const can = useCan();
  const { user } = useSession();
  const [locale] = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [deciding, setDeciding] = useState<'approve' | 'reject' | null>(null);
  const [comment, setComment] = useState('');
  const history = useQuery({
    queryKey: [...dealsKey, deal.id, 'approvals'],
    queryFn: () => listApprovals(deal.id),
  });
  const pending = deal.pendingApproval;
  const refresh = () => dealChangeKeys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
  const fail = (error: unknown) => void message.error(errorText(error, t));

  const decide = useMutation({
    mutationFn: (decision: 'approve' | 'reject') => decideApproval(deal.id, decision, comment.trim()),
    onSuccess: (_r, decision) => {
      void message.success(decision === 'approve' ? a.approved : a.rejected);
      setDeciding(null);
      setComment('');
      refresh();
    },
    onError: fail,
  });
  const withdraw = useMutation({
    mutationFn: () => withdrawApproval(deal.id),
    onSuccess: () => {
      void message.success(a.withdrawn);
      refresh();
    },
    onError: fail,
  });
  const mayDecide =
    !!pending && can('deals.approve') && (pending.requestedBy.id !== user.id || user.role === 'owner');

  // Where winning needs no approval, the panel shows only when there is something to show.
  if (!approvalOn && !pending && !history.data?.length) return null;
  return (
    <Card title={a.title} size="small" className="keyi-deal-approval">
      {pending && (
        <div className="keyi-deal-approval-pending">
          <Typography.Text strong>{a.pending(pending.requestedBy.name)}</Typography.Text>
          <div>
            {a.quotedAmount}：{formatYuan(pending.quotedAmount, locale)}
          </div>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 8px' }}>
            {pending.note}
          </Typography.Paragraph>
          <Flex gap={8} wrap>
            {mayDecide && (
              <>
                <Button type="primary" onClick={() => setDeciding('approve')}>
                  {a.approve}
                </Button>
                <Button danger onClick={() => setDeciding('reject')}>
                  {a.reject}
                </Button>
              </>
            )}
            {pending.requestedBy.id === user.id && (
              <Button loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
                {a.withdraw}
              </Button>
            )}
          </Flex>
        </div>
      )}
      {!pending && onRequest && (
        <Button type="primary" onClick={onRequest} style={{ marginBottom: 12 }}>
          {a.requestButton}
        </Button>
      )}
      {history.data && history.data.length > 0 ? (
        <Timeline
          style={{ marginTop: 12 }}
          items={history.data.map((r: TApproval) => ({
            color: STATUS_COLORS[r.status],
            content: (
              <div>
                <Tag color={STATUS_COLORS[r.status]}>{a.statuses[r.status]}</Tag>
                {r.requestedBy.name} · {formatYuan(r.quotedAmount, locale)} ·{' '}
                {formatDateTime(r.requestedAt, locale)}
                <div className="keyi-deal-muted">{r.note}</div>
                {r.decidedBy && r.status !== 'withdrawn' && (
                  <div className="keyi-deal-muted">
                    {a.decidedBy(r.decidedBy.name)}
                    {r.comment ? `：${r.comment}` : ''}
                  </div>
                )}
              </div>
            ),
          }))}
        />
      ) : (
        !pending && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={a.none} />
      )}
      <Modal
        open={!!deciding}
        title={deciding === 'approve' ? a.approve : a.reject}
        onCancel={() => setDeciding(null)}
        onOk={() => deciding && decide.mutate(deciding)}
        okText={deciding === 'approve' ? a.approve : a.reject}
        okButtonProps={{ danger: deciding === 'reject' }}
        cancelText={t.common.cancel}
        confirmLoading={decide.isPending}
        destroyOnHidden
      >
        <Input.TextArea
          autoFocus
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder={a.commentPlaceholder}
          aria-label={a.comment}
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
        />
      </Modal>
    </Card>
  );
}
