import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { TContract } from '../../domain/contract';
import { isApiError } from '../api/client';
import { createContract, updateContract } from '../api/contracts';
import { useIsPhone } from '../components/useIsPhone';
import { toFen, toYuan } from '../customers/money';
import { MoneyInput } from '../deals/MoneyInput';
import { applyServerErrors, errorText, relocated } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { ContractFiles, useFileQueue } from './ContractFiles';
import { useDealOptions, useRefreshContracts } from './useContractData';

interface Values {
  number?: string;
  title: string;
  amount?: number | null;
  signedDate?: Dayjs | null;
  term?: [Dayjs | null, Dayjs | null] | null;
  dealId?: string | null;
  notes?: string;
}

/** What a new contract starts from: on a deal's page, that deal, its title and its amount. */
export interface TContractDefaults {
  dealId?: string;
  title?: string;
  amount?: number | null;
}

const day = (value: string | null) => (value ? dayjs(value) : null);
const text = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD') ?? null;

const toValues = (c: TContract): Values => ({
  number: c.number,
  title: c.title,
  amount: toYuan(c.amount),
  signedDate: day(c.signedDate),
  term: [day(c.startDate), day(c.endDate)],
  dealId: c.dealId,
  notes: c.notes ?? '',
});

/** 登记合同 or a contract's details; a saved contract's signed copy is managed here too. */
export function ContractFormModal(props: {
  contract: TContract | null;
  customerId: string;
  defaults?: TContractDefaults;
  onClose: () => void;
}) {
  const { contract, customerId, defaults, onClose } = props;
  const t = useT();
  const f = t.contracts.fields;
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const refresh = useRefreshContracts();
  const deals = useDealOptions(customerId);
  const queue = useFileQueue();
  const [form] = Form.useForm<Values>();
  // The version the next save is based on; a conflict moves it to the server's.
  const [base, setBase] = useState(contract);

  const save = useMutation({
    mutationFn: async (values: Values) => {
      const fields = {
        title: values.title.trim(),
        amount: toFen(values.amount) ?? 0,
        signedDate: text(values.signedDate),
        startDate: text(values.term?.[0]),
        endDate: text(values.term?.[1]),
        dealId: values.dealId ?? null,
        notes: values.notes?.trim() || null,
      };
      const number = values.number?.trim();
      if (base) return updateContract(base.id, { version: base.version, ...fields, number: number ?? '' });
      const created = await createContract({ customerId, ...fields, number: number || null });
      await queue.uploadTo(created.id);
      return created;
    },
    onSuccess: () => {
      refresh();
      void message.success(base ? t.contracts.contracts.saved : t.contracts.contracts.created);
      onClose();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        const current = error.current as TContract;
        setBase(current);
        form.setFieldsValue(toValues(current));
        void message.warning(t.common.conflictReloaded);
        return;
      }
      // The term is one field here, two in the API.
      const placed = relocated(error, (path) => (/^(startDate|endDate)$/.test(path) ? 'term' : path));
      if (!applyServerErrors(form, placed)) void message.error(errorText(error, t));
    },
  });

  const required = { required: true, message: t.common.required };
  const half = { flex: 1, minWidth: 200 };
  return (
    <Modal
      open
      title={base ? `${t.contracts.contracts.edit} · ${base.number}` : t.contracts.contracts.add}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      width={isPhone ? '100%' : 640}
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
            : { title: defaults?.title, amount: toYuan(defaults?.amount), dealId: defaults?.dealId ?? null }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="title" label={f.title} rules={[{ ...required, whitespace: true }]}>
          <Input autoFocus={!base} maxLength={200} placeholder={f.titlePlaceholder} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="number" label={f.number} style={half} rules={base ? [required] : []}>
            <Input maxLength={40} placeholder={base ? undefined : f.numberPlaceholder} />
          </Form.Item>
          <Form.Item name="amount" label={f.amount} style={half} rules={[required]}>
            <MoneyInput />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="signedDate" label={f.signedDate} style={half}>
            <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
          </Form.Item>
          <Form.Item name="term" label={f.term} style={{ flex: 2, minWidth: 260 }}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              allowEmpty={[true, true]}
              placeholder={[f.termStart, f.termEnd]}
              inputReadOnly={isPhone}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="dealId" label={f.deal}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={deals}
            placeholder={f.dealPlaceholder}
          />
        </Form.Item>
        <Form.Item label={f.file} extra={f.fileHint}>
          {base ? <ContractFiles key={base.id} contract={base} /> : queue.picker}
        </Form.Item>
        <Form.Item name="notes" label={f.notes} style={{ marginBottom: 0 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
