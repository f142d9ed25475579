import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TDeal } from '../../domain/deal';
import type { TStage } from '../../domain/pipeline';
import { dealChangeKeys, updateDeal } from '../api/deals';
import { useDictionaries } from '../api/dictionaries';
import { toFen } from '../customers/money';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { DealLinesField, linesInput, type LineValues } from './DealLinesField';
import { MoneyInput } from './MoneyInput';

interface Values {
  expectedAmount?: number | null;
  expectedCloseDate?: Dayjs | null;
  lossReason?: string;
  lossNote?: string;
  lines?: LineValues[];
}

/** What a stage still needs before a deal may enter it (an amount from 方案 on, a reason when lost), asked in place. */
export function StageFieldsModal(props: {
  deal: TDeal;
  stage: TStage;
  fields: string[];
  onClose: () => void;
}) {
  const { deal, stage, fields, onClose } = props;
  const t = useT();
  const f = t.deals.fields;
  const { message } = App.useApp();
  const client = useQueryClient();
  const dicts = useDictionaries();
  const [form] = Form.useForm<Values>();
  const asks = (field: string) => fields.includes(field);

  const save = useMutation({
    mutationFn: (values: Values) =>
      updateDeal(deal.id, {
        version: deal.version,
        stage: stage.key,
        ...(asks('expectedAmount') && { expectedAmount: toFen(values.expectedAmount) }),
        ...(asks('expectedCloseDate') && {
          expectedCloseDate: values.expectedCloseDate?.format('YYYY-MM-DD') ?? null,
        }),
        ...(asks('lossReason') && {
          lossReason: values.lossReason ?? null,
          lossNote: values.lossNote || null,
        }),
        ...(asks('lines') && { lines: linesInput(values.lines) }),
      }),
    onSuccess: () => {
      dealChangeKeys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
      void message.success(t.deals.moved(stage.label));
      onClose();
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });

  const required = [{ required: true, message: t.common.required }];
  return (
    <Modal
      open
      title={t.deals.missing.title(stage.label)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => save.mutate(v)}>
        {asks('expectedAmount') && (
          <Form.Item name="expectedAmount" label={t.deals.inYuan(f.expectedAmount)} rules={required}>
            <MoneyInput autoFocus />
          </Form.Item>
        )}
        {asks('expectedCloseDate') && (
          <Form.Item name="expectedCloseDate" label={f.expectedCloseDate} rules={required}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {asks('lossReason') && (
          <>
            <Form.Item name="lossReason" label={f.lossReason} rules={required}>
              <Select options={dicts.options('lossReason')} autoFocus />
            </Form.Item>
            <Form.Item name="lossNote" label={f.lossNote}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
            </Form.Item>
          </>
        )}
        {asks('lines') && <DealLinesField />}
      </Form>
    </Modal>
  );
}
