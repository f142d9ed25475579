import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Spin, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { TContract, TInvoice } from '../../domain/contract';
import { formatYuan, sumFen } from '../../domain/money';
import { deleteContract, deleteInvoice, type TContractFilter } from '../api/contracts';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { errorText } from '../forms/serverErrors';
import { useLocale, useT } from '../i18n/I18nProvider';
import { ContractFormModal, type TContractDefaults } from './ContractFormModal';
import { ContractList } from './ContractList';
import { issuedFen } from './contractText';
import { InvoiceFormModal } from './InvoiceFormModal';
import { InvoiceList } from './InvoiceList';
import { useContracts, useInvoices, useRefreshContracts } from './useContractData';
import './contracts.css';

type Paged = ReturnType<typeof useContracts>['query'] | ReturnType<typeof useInvoices>['query'];

/** A list's heading with its figures and its add button. */
function Heading(props: { title: string; summary: string | null; add: string; onAdd: (() => void) | null }) {
  return (
    <Flex justify="space-between" align="center" gap={8} className="keyi-contracts-heading">
      <Flex gap={8} align="baseline" wrap style={{ minWidth: 0 }}>
        <Typography.Text strong>{props.title}</Typography.Text>
        {props.summary && <Typography.Text type="secondary">{props.summary}</Typography.Text>}
      </Flex>
      {props.onAdd && (
        <Button size="small" icon={<PlusOutlined />} onClick={props.onAdd} style={{ flex: 'none' }}>
          {props.add}
        </Button>
      )}
    </Flex>
  );
}

/** Loading, failure, an empty state that says what to do, or the list and its next page. */
function Body({ query, empty, children }: { query: Paged; empty: ReactNode; children: ReactNode }) {
  const t = useT();
  if (query.isError && !query.data)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Spin style={{ display: 'block', padding: 24 }} />;
  if (query.data.pages[0]?.items.length === 0) return empty;
  return (
    <>
      {children}
      {query.hasNextPage && (
        <Button
          block
          type="link"
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t.common.loadMore}
        </Button>
      )}
    </>
  );
}

/**
 * 合同与发票 of a customer, or of one deal: both lists, their add/edit modals and deletes to the recycle bin.
 * `compact` shows cards instead of tables (phones, narrow columns).
 */
export function ContractsPanel(props: {
  filter: TContractFilter;
  compact: boolean;
  defaults?: TContractDefaults;
}) {
  const { filter, compact, defaults } = props;
  const t = useT();
  const w = t.contracts;
  const [locale] = useLocale();
  const can = useCan();
  const { message, modal } = App.useApp();
  const refresh = useRefreshContracts();
  const contracts = useContracts(filter);
  const invoices = useInvoices(filter);
  const [contract, setContract] = useState<TContract | 'new' | null>(null);
  const [invoice, setInvoice] = useState<TInvoice | 'new' | null>(null);
  const canWrite = can('contracts.write');
  const yuan = (fen: number) => formatYuan(fen, locale);
  const onDeal = !!filter.dealId;

  function confirmDelete(title: string, content: string, remove: () => Promise<void>, done: string) {
    modal.confirm({
      title,
      content,
      okText: t.common.delete,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await remove();
          void message.success(done);
          refresh();
        } catch (error) {
          void message.error(errorText(error, t));
        }
      },
    });
  }

  // Sums only once every page is in: a figure over part of the list would mislead.
  const allContracts = contracts.query.data && !contracts.query.hasNextPage;
  const allInvoices = invoices.query.data && !invoices.query.hasNextPage;
  const requested = sumFen(invoices.items.filter((i) => i.status === 'requested').map((i) => i.amount));
  // What to do comes only with the button to do it.
  const emptyOf = (words: typeof w.contracts | typeof w.invoices) => (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={onDeal ? words.emptyDeal : words.empty}
      className="keyi-contracts-empty"
    >
      {canWrite && (
        <Typography.Text type="secondary">{onDeal ? words.emptyDealHint : words.emptyHint}</Typography.Text>
      )}
    </Empty>
  );

  return (
    <div className="keyi-contracts">
      <Heading
        title={w.contracts.heading}
        summary={
          allContracts && contracts.items.length > 0
            ? w.contracts.summary(contracts.items.length, yuan(sumFen(contracts.items.map((c) => c.amount))))
            : null
        }
        add={w.contracts.add}
        onAdd={canWrite ? () => setContract('new') : null}
      />
      <Body query={contracts.query} empty={emptyOf(w.contracts)}>
        <ContractList
          items={contracts.items}
          compact={compact}
          onEdit={canWrite ? setContract : null}
          onDelete={(c) =>
            confirmDelete(
              w.contracts.deleteTitle(c.number),
              w.contracts.deleteContent,
              () => deleteContract(c.id),
              w.contracts.deleted,
            )
          }
        />
      </Body>
      <Heading
        title={w.invoices.heading}
        summary={
          allInvoices && invoices.items.length > 0
            ? w.invoices.summary(yuan(issuedFen(invoices.items)), yuan(requested))
            : null
        }
        add={w.invoices.add}
        onAdd={canWrite ? () => setInvoice('new') : null}
      />
      <Body query={invoices.query} empty={emptyOf(w.invoices)}>
        <InvoiceList
          items={invoices.items}
          compact={compact}
          contractNumbers={new Map(contracts.items.map((c) => [c.id, c.number]))}
          onEdit={canWrite ? setInvoice : null}
          onDelete={(i) =>
            confirmDelete(
              w.invoices.deleteTitle,
              w.invoices.deleteContent,
              () => deleteInvoice(i.id),
              w.invoices.deleted,
            )
          }
        />
      </Body>
      {contract && (
        <ContractFormModal
          contract={contract === 'new' ? null : contract}
          customerId={filter.customerId}
          {...(defaults && { defaults })}
          onClose={() => setContract(null)}
        />
      )}
      {invoice && (
        <InvoiceFormModal
          invoice={invoice === 'new' ? null : invoice}
          customerId={filter.customerId}
          {...(filter.dealId && { dealId: filter.dealId })}
          onClose={() => setInvoice(null)}
        />
      )}
    </div>
  );
}
