import { DeleteOutlined, PlusOutlined, StarFilled } from '@ant-design/icons';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Popconfirm, Segmented, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TFollowUp } from '../../domain/follow-up';
import type { TTask } from '../../domain/task';
import type { TCustomer } from '../../domain/customer';
import { customerKey } from '../api/customers';
import {
  deleteFollowUp,
  getTimeline,
  timelineKey,
  type TTimelineItem,
  type TTimelineRecord,
} from '../api/follow-ups';
import { useCan, useSession } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { describeEntry } from '../customers/card/historyText';
import { useHistoryContext } from '../customers/card/useHistoryContext';
import { errorText } from '../forms/serverErrors';
import { formatDateTime } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { FollowUpAttachments } from './FollowUpAttachments';
import { useQuickLog } from './QuickLogContext';

const ATTITUDE_COLOR = {
  positive: 'green',
  neutral: 'default',
  hesitant: 'orange',
  negative: 'red',
} as const;

function FollowUpEntry({ followUp, customerId }: { followUp: TFollowUp; customerId: string }) {
  const t = useT();
  const [locale] = useLocale();
  const { workspace } = useSession();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const tl = t.followUps.timeline;
  const remove = useMutation({
    mutationFn: () => deleteFollowUp(followUp.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: timelineKey(customerId) });
      void queryClient.invalidateQueries({ queryKey: customerKey(customerId) });
      void message.success(tl.deleted);
    },
    onError: (error) => void message.error(errorText(error, t)),
  });
  return (
    <div className="keyi-follow-up">
      <Flex gap={6} align="center" wrap>
        <Tag color="blue">{followUp.method.label}</Tag>
        {followUp.kind && <Tag>{followUp.kind.label}</Tag>}
        {followUp.attitude && (
          <Tag color={ATTITUDE_COLOR[followUp.attitude]}>{t.followUps.attitudes[followUp.attitude]}</Tag>
        )}
        {followUp.important && (
          <StarFilled style={{ color: '#faad14' }} aria-label={t.followUps.fields.important} />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(followUp.at, locale, workspace.timeZone)} · {tl.by(followUp.user.name)}
          {followUp.contact ? ` · ${followUp.contact.name}` : ''}
        </Typography.Text>
        {can('followUps.write') && (
          <Popconfirm title={tl.deleteConfirm} onConfirm={() => remove.mutate()}>
            <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={tl.delete} />
          </Popconfirm>
        )}
      </Flex>
      <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
        {followUp.summary}
      </Typography.Paragraph>
      {followUp.commitments.map((c, i) => (
        <Typography.Text
          key={i}
          delete={c.done}
          type={c.done ? 'secondary' : undefined}
          className="keyi-history-detail"
        >
          {tl.commitment(t.followUps.sides[c.side], c.text, c.dueDate ?? null)}
        </Typography.Text>
      ))}
      {followUp.nextDate && (
        <Typography.Text type="secondary" className="keyi-history-detail">
          {tl.next(followUp.nextDate)}
        </Typography.Text>
      )}
      <FollowUpAttachments followUp={followUp} customerId={customerId} />
    </div>
  );
}

/** 跟进记录 on the card, with the record's changes when asked for, newest first, and the button to log one more. */
function TaskEntry({ task }: { task: TTask }) {
  const t = useT();
  return (
    <div>
      <Typography.Text delete={task.done}>
        {t.followUps.timeline.task} · {task.title}
      </Typography.Text>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[task.assignee.name, task.dueDate && t.followUps.timeline.dueOn(task.dueDate)]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      </div>
    </div>
  );
}

export function FollowUpTimeline({ customer }: { customer: TCustomer }) {
  const t = useT();
  const [locale] = useLocale();
  const { workspace } = useSession();
  const ctx = useHistoryContext();
  const openQuickLog = useQuickLog();
  const can = useCan();
  const tl = t.followUps.timeline;
  const [kinds, setKinds] = useState<'followUp' | 'all'>('followUp');
  const timeline = useInfiniteQuery({
    queryKey: [...timelineKey(customer.id), kinds],
    queryFn: ({ pageParam, signal }) =>
      getTimeline(customer.id, pageParam, kinds === 'all' ? null : kinds, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items: TTimelineItem[] = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  const header = (
    <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 12 }}>
      <Segmented
        size="small"
        value={kinds}
        onChange={(v) => setKinds(v as 'followUp' | 'all')}
        options={[
          { value: 'followUp', label: tl.followUps },
          { value: 'all', label: tl.all },
        ]}
      />
      {can('followUps.write') && (
        <Button
          type="primary"
          size="small"
          icon={<PlusOutlined />}
          onClick={() => openQuickLog({ id: customer.id, name: customer.name, number: customer.number })}
        >
          {t.followUps.log}
        </Button>
      )}
    </Flex>
  );
  if (timeline.isPending)
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 3 }} />
      </>
    );
  if (timeline.isError) return <LoadError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  return (
    <>
      {header}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tl.empty} />
      ) : (
        <Timeline
          className="keyi-history"
          items={items.map((item) =>
            item.kind === 'followUp'
              ? {
                  key: item.followUp.id,
                  color: 'blue',
                  content: <FollowUpEntry followUp={item.followUp} customerId={customer.id} />,
                }
              : item.kind === 'task'
                ? {
                    key: item.task.id,
                    color: item.task.done ? 'gray' : 'green',
                    content: <TaskEntry task={item.task} />,
                  }
                : item.kind === 'record'
                  ? {
                      key: item.record.id,
                      color: RECORD_COLORS[item.record.type],
                      content: <RecordEntry record={item.record} />,
                    }
                  : {
                      key: item.change.id,
                      color: 'gray',
                      content: (
                        <div>
                          {describeEntry(item.change, t, locale, ctx).map((line, i) => (
                            <div key={i} className={line.startsWith('·') ? 'keyi-history-detail' : undefined}>
                              {line}
                            </div>
                          ))}
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {formatDateTime(item.at, locale, workspace.timeZone)}
                          </Typography.Text>
                        </div>
                      ),
                    },
          )}
        />
      )}
      {timeline.hasNextPage && (
        <Button
          type="link"
          style={{ padding: 0 }}
          loading={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          {tl.more}
        </Button>
      )}
    </>
  );
}

const RECORD_COLORS = { deal: 'blue', contract: 'purple', milestone: 'cyan', payment: 'gold' } as const;

/** A deal, contract, delivered milestone or payment on the timeline: what it was, and a link to it. */
function RecordEntry({ record }: { record: TTimelineRecord }) {
  const t = useT();
  return (
    <div>
      <Typography.Text strong>{t.followUps.timeline.records[record.type]}</Typography.Text>{' '}
      <Link to={record.link}>{record.title}</Link>
      <div className="keyi-history-detail">{record.detail}</div>
    </div>
  );
}
