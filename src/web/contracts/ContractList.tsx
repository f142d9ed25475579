import { Flex, Table, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import type { TContract } from '../../domain/contract';
import { formatYuan } from '../../domain/money';
import { useLocale, useT } from '../i18n/I18nProvider';
import { ContractFileLinks } from './ContractFiles';
import { issuedFen, termText, timingOf } from './contractText';
import { RowActions } from './RowActions';

export interface ListActions<T> {
  /** Null for those who may only read. */
  onEdit: ((item: T) => void) | null;
  onDelete: (item: T) => void;
}

/** The term, with 续费提醒 / 已到期 beside it when its end calls for it. */
function Term({ contract }: { contract: TContract }) {
  const t = useT();
  const timing = timingOf(contract, t.contracts);
  return (
    <Flex gap={4} align="center" wrap>
      <span>
        {/* Lines break between the dates, never inside one. */}
        {(termText(contract, t.contracts) ?? t.common.none).split(' ').map((word, i) => (
          <Fragment key={i}>
            {i > 0 && ' '}
            <span className="keyi-nowrap">{word}</span>
          </Fragment>
        ))}
      </span>
      {timing && (
        <Tag color={timing.color} bordered={false} style={{ marginInlineEnd: 0 }}>
          {timing.tag}
        </Tag>
      )}
      {timing?.note && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {timing.note}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The amount, and under it what has been invoiced against it so far. */
function Amount({ contract }: { contract: TContract }) {
  const t = useT();
  const [locale] = useLocale();
  const issued = issuedFen(contract.invoices);
  return (
    <Flex vertical className="keyi-nowrap">
      <Typography.Text strong>{formatYuan(contract.amount, locale)}</Typography.Text>
      {issued > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.contracts.fields.invoiced(formatYuan(issued, locale))}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 合同: a table where there is room, cards on a phone or in a narrow column. */
export function ContractList(props: { items: TContract[]; compact: boolean } & ListActions<TContract>) {
  const { items, compact, onEdit, onDelete } = props;
  const t = useT();
  const f = t.contracts.fields;
  const actions = (c: TContract) =>
    onEdit && <RowActions name={c.number} onEdit={() => onEdit(c)} onDelete={() => onDelete(c)} />;

  if (compact)
    return (
      <Flex vertical gap={8}>
        {items.map((c) => (
          <div key={c.id} className="keyi-contract-card" role="group" aria-label={`${c.number} ${c.title}`}>
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text strong>{c.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.number}
                  {c.signedDate && ` · ${f.signedDate} ${c.signedDate}`}
                </Typography.Text>
              </Flex>
              {actions(c)}
            </Flex>
            <Amount contract={c} />
            <Term contract={c} />
            <ContractFileLinks files={c.attachments} />
          </div>
        ))}
      </Flex>
    );

  return (
    <Table<TContract>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      // No forced width: the title wraps, so the list fits the card's column without scrolling sideways.
      columns={[
        {
          key: 'title',
          title: f.title,
          // The title and file name wrap, but not down to a word a line; the term gives way first.
          onCell: () => ({ style: { minWidth: 170 } }),
          render: (_, c) => (
            <Flex vertical>
              <Typography.Text strong>{c.title}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.number}
              </Typography.Text>
              <ContractFileLinks files={c.attachments} />
            </Flex>
          ),
        },
        { key: 'amount', title: f.amountShort, align: 'right', render: (_, c) => <Amount contract={c} /> },
        {
          key: 'signedDate',
          title: f.signedDate,
          className: 'keyi-nowrap',
          render: (_, c) => c.signedDate ?? t.common.none,
        },
        { key: 'term', title: f.term, render: (_, c) => <Term contract={c} /> },
        ...(onEdit ? [{ key: 'actions', width: 64, render: (_: unknown, c: TContract) => actions(c) }] : []),
      ]}
    />
  );
}
