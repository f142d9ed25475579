import { Flex, Table, Tag, Typography } from 'antd';
import type { TInvoice } from '../../domain/contract';
import { formatYuan } from '../../domain/money';
import { useLocale, useT } from '../i18n/I18nProvider';
import type { ListActions } from './ContractList';
import { STATUS_COLORS } from './contractText';
import { RowActions } from './RowActions';

function StatusTag({ invoice }: { invoice: TInvoice }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[invoice.status]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {t.contracts.statuses[invoice.status]}
    </Tag>
  );
}

/** A void invoice's amount is struck through: it no longer counts. */
function Money({ invoice }: { invoice: TInvoice }) {
  const [locale] = useLocale();
  return (
    <Typography.Text strong={invoice.status !== 'void'} delete={invoice.status === 'void'}>
      {formatYuan(invoice.amount, locale)}
    </Typography.Text>
  );
}

/**
 * 发票: a table where there is room, cards on a phone or in a narrow column. `contractNumbers` names the linked
 * contract by the numbers of the contracts shown beside the list.
 */
export function InvoiceList(
  props: {
    items: TInvoice[];
    compact: boolean;
    contractNumbers: Map<string, string>;
  } & ListActions<TInvoice>,
) {
  const { items, compact, contractNumbers, onEdit, onDelete } = props;
  const t = useT();
  const f = t.contracts.invoiceFields;
  const number = (i: TInvoice) =>
    i.number ?? <Typography.Text type="secondary">{t.contracts.invoices.noNumber}</Typography.Text>;
  const contractOf = (i: TInvoice) => (i.contractId && contractNumbers.get(i.contractId)) || null;
  const actions = (i: TInvoice) =>
    onEdit && (
      <RowActions
        name={`${i.kind.label} ${i.number ?? ''}`}
        onEdit={() => onEdit(i)}
        onDelete={() => onDelete(i)}
      />
    );

  if (compact)
    return (
      <Flex vertical gap={8}>
        {items.map((i) => (
          <div key={i.id} className="keyi-contract-card" role="group" aria-label={i.kind.label}>
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Flex gap={6} align="center" wrap>
                <Money invoice={i} />
                <StatusTag invoice={i} />
              </Flex>
              {actions(i)}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[i.kind.label, i.issueDate, contractOf(i)].filter(Boolean).join(' · ')}
            </Typography.Text>
            <div style={{ fontSize: 12 }}>{number(i)}</div>
          </div>
        ))}
      </Flex>
    );

  return (
    <Table<TInvoice>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      columns={[
        {
          key: 'kind',
          title: f.kindNumber,
          render: (_, i) => (
            <Flex vertical>
              <span>{i.kind.label}</span>
              <span style={{ fontSize: 12 }}>{number(i)}</span>
            </Flex>
          ),
        },
        {
          key: 'amount',
          title: f.amountShort,
          align: 'right',
          className: 'keyi-nowrap',
          render: (_, i) => <Money invoice={i} />,
        },
        {
          key: 'issueDate',
          title: f.issueDate,
          className: 'keyi-nowrap',
          render: (_, i) => i.issueDate ?? t.common.none,
        },
        { key: 'status', title: f.status, render: (_, i) => <StatusTag invoice={i} /> },
        { key: 'contract', title: f.contract, render: (_, i) => contractOf(i) ?? t.common.none },
        ...(onEdit ? [{ key: 'actions', width: 64, render: (_: unknown, i: TInvoice) => actions(i) }] : []),
      ]}
    />
  );
}
