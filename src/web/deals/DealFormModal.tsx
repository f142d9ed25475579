import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { TDeal } from '../../domain/deal';
import { isApiError } from '../api/client';
import { createDeal, dealChangeKeys, updateDeal } from '../api/deals';
import { useDictionaries } from '../api/dictionaries';
import { useSession } from '../auth/session';
import { useIsPhone } from '../components/useIsPhone';
import { CustomerSelect } from '../customers/CustomerSelect';
import { toFen, toYuan } from '../customers/money';
import { useMemberOptions } from '../customers/useMemberOptions';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { DealLinesField, linesInput, linesValues, type LineValues } from './DealLinesField';
import { MoneyInput } from './MoneyInput';
import { usePipeline } from './usePipeline';

interface Values {
  customerId?: string;
  title: string;
  stage: string;
  ownerId?: string;
  expectedAmount?: number | null;
  expectedCloseDate?: Dayjs | null;
  actualAmount?: number | null;
  closedDate?: Dayjs | null;
  lossReason?: string | null;
  lossNote?: string;
  afterSalesId?: string | null;
  notes?: string;
  lines?: LineValues[];
}

const day = (value: string | null) => (value ? dayjs(value) : null);
const text = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD') ?? null;

const toValues = (deal: TDeal): Values => ({
  title: deal.title,
  stage: deal.stage.key,
  ownerId: deal.owner.id,
  expectedAmount: toYuan(deal.expectedAmount),
  expectedCloseDate: day(deal.expectedCloseDate),
  actualAmount: toYuan(deal.actualAmount),
  closedDate: day(deal.closedDate),
  lossReason: deal.lossReason?.key ?? null,
  lossNote: deal.lossNote ?? '',
  afterSalesId: deal.afterSales?.id ?? null,
  notes: deal.notes ?? '',
  lines: linesValues(deal.lines),
});

/** New deal (from the deals page or a customer's card), or a deal's details. */
export function DealFormModal(props: {
  deal: TDeal | null;
  customerId?: string;
  onClose: (deal?: TDeal) => void;
}) {
  const { deal, customerId, onClose } = props;
  const t = useT();
  const f = t.deals.fields;
  const { user } = useSession();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const client = useQueryClient();
  const members = useMemberOptions();
  const dicts = useDictionaries();
  const { stages, stageOf } = usePipeline();
  const [form] = Form.useForm<Values>();
  const [base, setBase] = useState(deal);
  const stageKey = Form.useWatch('stage', form) ?? base?.stage.key;
  const kind = stageKind(stageKey);
  const hasLines = (Form.useWatch<LineValues[] | undefined>('lines', form) ?? []).length > 0;
  const people = members.length > 0 ? members : [{ value: user.id, label: user.name }];

  function stageKind(key: string | undefined) {
    return key ? stageOf(key)?.kind : undefined;
  }

  const save = useMutation({
    mutationFn: (values: Values) => {
      const lines = linesInput(values.lines);
      const fields = {
        title: values.title,
        stage: values.stage,
        ...(values.ownerId && { ownerId: values.ownerId }),
        expectedAmount: lines.length ? undefined : toFen(values.expectedAmount),
        expectedCloseDate: text(values.expectedCloseDate),
        ...(kind !== 'open' && {
          actualAmount: toFen(values.actualAmount),
          closedDate: text(values.closedDate),
        }),
        ...(kind === 'lost' && { lossReason: values.lossReason ?? null, lossNote: values.lossNote || null }),
        afterSalesId: values.afterSalesId ?? null,
        notes: values.notes?.trim() || null,
        lines,
      };
      if (!base) return createDeal({ customerId: values.customerId ?? customerId ?? '', ...fields });
      return updateDeal(base.id, { version: base.version, ...fields });
    },
    onSuccess: (saved) => {
      dealChangeKeys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
      void message.success(base ? t.deals.saved : t.deals.created);
      onClose(saved);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        const current = error.current as TDeal;
        setBase(current);
        form.setFieldsValue(toValues(current));
        void message.warning(t.common.conflictReloaded);
      } else if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });

  const stageOptions = stages
    .filter((s) => !s.archived || s.key === base?.stage.key)
    .map((s) => ({ value: s.key, label: `${s.label} · ${s.probability}%` }));
  const half = { flex: 1, minWidth: 200 };
  return (
    <Modal
      open
      title={base ? `${t.deals.edit} · ${base.number}` : t.deals.new}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      width={isPhone ? '100%' : 720}
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
            : { customerId, ownerId: user.id, stage: stages.find((s) => s.kind === 'open')?.key }
        }
        onFinish={(values) => save.mutate(values)}
      >
        {!base && !customerId && (
          <Form.Item
            name="customerId"
            label={f.customer}
            rules={[{ required: true, message: t.common.required }]}
          >
            <CustomerSelect />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={f.title}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input autoFocus={!base} maxLength={200} placeholder={f.titlePlaceholder} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="stage" label={f.stage} style={half}>
            <Select options={stageOptions} />
          </Form.Item>
          <Form.Item name="ownerId" label={f.owner} style={half}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={people} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="expectedAmount" label={t.deals.inYuan(f.expectedAmount)} style={half}>
            <MoneyInput disabled={hasLines} />
          </Form.Item>
          <Form.Item name="expectedCloseDate" label={f.expectedCloseDate} style={half}>
            <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
          </Form.Item>
        </Flex>
        {kind && kind !== 'open' && (
          <Flex gap={12} wrap>
            <Form.Item name="actualAmount" label={t.deals.inYuan(f.actualAmount)} style={half}>
              <MoneyInput />
            </Form.Item>
            <Form.Item name="closedDate" label={f.closedDate} style={half}>
              <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
            </Form.Item>
          </Flex>
        )}
        {kind === 'lost' && (
          <Flex gap={12} wrap>
            <Form.Item
              name="lossReason"
              label={f.lossReason}
              style={half}
              rules={[{ required: true, message: t.common.required }]}
            >
              <Select options={dicts.options('lossReason')} />
            </Form.Item>
            <Form.Item name="lossNote" label={f.lossNote} style={half}>
              <Input maxLength={1000} />
            </Form.Item>
          </Flex>
        )}
        <DealLinesField />
        <Form.Item name="afterSalesId" label={f.afterSales} extra={f.afterSalesHelp}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={people} />
        </Form.Item>
        <Form.Item name="notes" label={f.notes} style={{ marginBottom: 0 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
