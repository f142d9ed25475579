import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, Modal, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { INVOICE_STATUSES, type TInvoice, type TInvoiceStatus } from '../../domain/contract';
import { formatYuan } from '../../domain/money';
import { isApiError } from '../api/client';
import { createInvoice, updateInvoice } from '../api/contracts';
import { useDictionaries } from '../api/dictionaries';
import { useIsPhone } from '../components/useIsPhone';
import { toFen, toYuan } from '../customers/money';
import { MoneyInput } from '../deals/MoneyInput';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useLocale, useT } from '../i18n/I18nProvider';
import { uninvoicedFen } from './contractText';
import { useContractOptions, useDealOptions, useRefreshContracts } from './useContractData';

interface Values {
  kind?: string;
  status: TInvoiceStatus;
  amount?: number | null;
  number?: string;
  issueDate?: Dayjs | null;
  contractId?: string | null;
  dealId?: string | null;
  notes?: string;
}

const toValues = (i: TInvoice): Values => ({
  kind: i.kind.key,
  status: i.status,
  amount: toYuan(i.amount),
  number: i.number ?? '',
  issueDate: i.issueDate ? dayjs(i.issueDate) : null,
  contractId: i.contractId,
  dealId: i.dealId,
  notes: i.notes ?? '',
});

/** 登记发票 (usually a request to finance: 待开) or an invoice's details; an issued one needs its number and date. */
export function InvoiceFormModal(props: {
  invoice: TInvoice | null;
  customerId: string;
  dealId?: string;
  onClose: () => void;
}) {
  const { invoice, customerId, dealId, onClose } = props;
  const t = useT();
  const f = t.contracts.invoiceFields;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const refresh = useRefreshContracts();
  const dicts = useDictionaries();
  const deals = useDealOptions(customerId);
  const contracts = useContractOptions(customerId);
  const [form] = Form.useForm<Values>();
  const [base, setBase] = useState(invoice);

  const save = useMutation({
    mutationFn: (values: Values) => {
      const fields = {
        kind: values.kind ?? '',
        status: values.status,
        amount: toFen(values.amount) ?? 0,
        number: values.number?.trim() || null,
        issueDate: values.issueDate?.format('YYYY-MM-DD') ?? null,
        contractId: values.contractId ?? null,
        dealId: values.dealId ?? null,
        notes: values.notes?.trim() || null,
      };
      if (base) return updateInvoice(base.id, { version: base.version, ...fields });
      return createInvoice({ customerId, ...fields });
    },
    onSuccess: () => {
      refresh();
      void message.success(base ? t.contracts.invoices.saved : t.contracts.invoices.created);
      onClose();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        const current = error.current as TInvoice;
        setBase(current);
        form.setFieldsValue(toValues(current));
        void message.warning(t.common.conflictReloaded);
      } else if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });

  // Picking a contract fills in what it implies, where nothing is typed yet: its deal, and what is left to invoice.
  function onValuesChange(changed: Partial<Values>) {
    const contract = contracts.find((c) => c.id === changed.contractId);
    if (contract && !form.getFieldValue('dealId') && contract.dealId)
      form.setFieldValue('dealId', contract.dealId);
    if (contract && form.getFieldValue('amount') == null)
      form.setFieldValue('amount', toYuan(uninvoicedFen(contract)));
    // Marking it issued usually happens the day it is issued.
    if (changed.status === 'issued' && !form.getFieldValue('issueDate')) {
      form.setFieldValue('issueDate', dayjs());
      // The status change already checked the date while it was blank; the latest check wins.
      void form.validateFields(['issueDate']).catch(() => undefined);
    }
  }

  const contractOptions = contracts.map((c) => ({
    value: c.id,
    label: `${c.number} · ${c.title} · ${formatYuan(c.amount, locale)}`,
  }));
  // Read at check time, not render time: a change of status re-checks these (dependencies) before re-rendering.
  const neededOnceIssued = (text: string) => ({
    validator: async (_rule: unknown, value: unknown) => {
      const blank = value == null || (typeof value === 'string' && !value.trim());
      if (blank && form.getFieldValue('status') === 'issued') throw new Error(text);
    },
  });
  const half = { flex: 1, minWidth: 200 };
  return (
    <Modal
      open
      title={base ? t.contracts.invoices.edit : t.contracts.invoices.add}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      width={isPhone ? '100%' : 600}
      style={isPhone ? { top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 } : undefined}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={
          base
            ? toValues(base)
            : { status: 'requested', kind: dicts.options('invoiceKind')[0]?.value, dealId: dealId ?? null }
        }
        onValuesChange={onValuesChange}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="status" label={f.status}>
          <Segmented
            block={isPhone}
            options={INVOICE_STATUSES.map((s) => ({ value: s, label: t.contracts.statuses[s] }))}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="kind"
            label={f.kind}
            style={half}
            rules={[{ required: true, message: t.common.required }]}
          >
            <Select options={dicts.options('invoiceKind')} />
          </Form.Item>
          <Form.Item
            name="amount"
            label={f.amount}
            style={half}
            rules={[{ required: true, message: t.common.required }]}
          >
            <MoneyInput />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="number"
            label={f.number}
            style={half}
            dependencies={['status']}
            rules={[neededOnceIssued(f.numberNeeded)]}
          >
            <Input maxLength={60} placeholder={f.numberPlaceholder} />
          </Form.Item>
          <Form.Item
            name="issueDate"
            label={f.issueDate}
            style={half}
            dependencies={['status']}
            rules={[neededOnceIssued(f.issueDateNeeded)]}
          >
            <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="contractId" label={f.contract} style={half}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={contractOptions}
              placeholder={f.contractPlaceholder}
            />
          </Form.Item>
          <Form.Item name="dealId" label={f.deal} style={half}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={deals}
              placeholder={f.dealPlaceholder}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={f.notes} style={{ marginBottom: 0 }}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={5000}
            placeholder={f.notesPlaceholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
