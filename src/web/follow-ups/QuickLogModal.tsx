import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ATTITUDES, type TCreateFollowUpInput } from '../../domain/follow-up';
import { customerKey, customersKey, getCustomer } from '../api/customers';
import { useDictionaries } from '../api/dictionaries';
import { todayKey } from '../api/today';
import { createFollowUp, timelineKey } from '../api/follow-ups';
import { useIsPhone } from '../components/useIsPhone';
import { CustomerSelect } from '../customers/CustomerSelect';
import { AttachmentPicker, useAttachmentQueue } from './AttachmentPicker';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { CommitmentsField, NextActionsField } from './FollowUpLists';
import { PasteToLog } from './PasteToLog';
import type { TCustomerRef } from './QuickLogContext';
import { lastMethod, loadDraft, rememberMethod, saveDraft } from './quickLogDraft';

interface Values {
  customerId: string | null;
  method: string;
  at: Dayjs;
  summary: string;
  kind?: string | null;
  contactId?: string | null;
  attitude?: string | null;
  important?: boolean;
  nextDate?: Dayjs | null;
  commitments?: { text: string; side: 'ours' | 'theirs'; dueDate?: Dayjs | null; done?: boolean }[];
  nextActions?: { text: string; dueDate?: Dayjs | null }[];
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const asDay = (v: unknown) => (typeof v === 'string' && v ? dayjs(v) : null);

/** Dates come back from the stored draft as text; the pickers want dayjs. */
function revive(values: Record<string, unknown>): Partial<Values> {
  const list = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
  return {
    ...values,
    at: asDay(values.at) ?? dayjs(),
    nextDate: asDay(values.nextDate),
    commitments: list(values.commitments).map((c) => ({
      ...c,
      dueDate: asDay(c.dueDate),
    })) as Values['commitments'],
    nextActions: list(values.nextActions).map((a) => ({
      ...a,
      dueDate: asDay(a.dueDate),
    })) as Values['nextActions'],
  };
}

function toInput(values: Values): TCreateFollowUpInput {
  return {
    customerId: values.customerId ?? '',
    method: values.method,
    at: values.at.toISOString(),
    summary: values.summary ?? '',
    kind: values.kind ?? null,
    contactId: values.contactId ?? null,
    attitude: (values.attitude as TCreateFollowUpInput['attitude']) ?? null,
    important: values.important ?? false,
    nextDate: day(values.nextDate),
    commitments: (values.commitments ?? [])
      .filter((c) => c?.text)
      .map((c) => ({ text: c.text, side: c.side ?? 'ours', dueDate: day(c.dueDate), done: c.done ?? false })),
    nextActions: (values.nextActions ?? [])
      .filter((a) => a?.text)
      .map((a) => ({ text: a.text, dueDate: day(a.dueDate) })),
  };
}

/**
 * 快速跟进: a customer, a method (the last one used), the time (now) and one text box; the rest folds away. A call is
 * logged in seconds, and an unsaved draft survives a reload or a lost connection.
 */
export function QuickLogModal({ customer, onClose }: { customer: TCustomerRef | null; onClose: () => void }) {
  const t = useT();
  const f = t.followUps.fields;
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const dicts = useDictionaries();
  const [form] = Form.useForm<Values>();
  const attachments = useAttachmentQueue();
  const [draft] = useState(() => {
    const stored = loadDraft();
    return stored && (!customer || stored.customer?.id === customer.id) ? stored : null;
  });
  const [picked, setPicked] = useState<TCustomerRef | null>(customer ?? draft?.customer ?? null);
  const [more, setMore] = useState(false);
  const methods = dicts.options('followUpMethod');
  const initial: Partial<Values> = draft
    ? revive(draft.values)
    : {
        customerId: customer?.id ?? null,
        method: lastMethod() ?? methods[0]?.value ?? 'phone',
        at: dayjs(),
      };
  const contacts = useQuery({
    queryKey: customerKey(picked?.id ?? ''),
    queryFn: () => getCustomer(picked?.id ?? ''),
    enabled: !!picked,
  });

  const save = useMutation({
    mutationFn: (values: Values) => attachments.uploadTo(createFollowUp(toInput(values))),
    onSuccess: (created) => {
      saveDraft(null);
      rememberMethod(created.method.key);
      void queryClient.invalidateQueries({ queryKey: timelineKey(created.customer.id) });
      void queryClient.invalidateQueries({ queryKey: customerKey(created.customer.id) });
      void queryClient.invalidateQueries({ queryKey: customersKey });
      void queryClient.invalidateQueries({ queryKey: todayKey });
      void message.success(t.followUps.saved);
      onClose();
    },
    onError: (error) => {
      if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });

  return (
    <Modal
      open
      title={t.followUps.title}
      onCancel={onClose}
      width={isPhone ? '100%' : 640}
      style={isPhone ? { top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 } : undefined}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      footer={(buttons) => (
        <Flex justify="space-between" align="center" gap={8}>
          {draft ? (
            <Button
              type="link"
              onClick={() => {
                saveDraft(null);
                form.resetFields(['summary', 'commitments', 'nextActions', 'nextDate']);
              }}
            >
              {t.followUps.discardDraft}
            </Button>
          ) : (
            <span />
          )}
          <Flex gap={8}>{buttons}</Flex>
        </Flex>
      )}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initial}
        onFinish={(values) => save.mutate(values)}
        onValuesChange={(_, all) => saveDraft({ customer: picked, values: { ...all } })}
      >
        <Form.Item
          name="customerId"
          label={f.customer}
          rules={[{ required: true, message: t.common.required }]}
        >
          <CustomerSelect
            current={picked}
            autoFocus={!picked}
            onChange={(_, ref) => {
              setPicked(ref);
              form.setFieldValue('contactId', null);
            }}
          />
        </Form.Item>
        <Form.Item name="method" label={f.method}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={methods.map((m) => ({ value: m.value, label: m.label }))}
            className="keyi-method-choice"
          />
        </Form.Item>
        <PasteToLog
          onApplied={(proposal) => {
            if (proposal.kind || proposal.attitude || proposal.commitments?.length) setMore(true);
            saveDraft({ customer: picked, values: { ...form.getFieldsValue() } });
          }}
        />
        <Form.Item
          name="summary"
          label={f.summary}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            placeholder={f.summaryPlaceholder}
            autoFocus={!!picked}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="at" label={f.at} style={{ flex: 1, minWidth: 200 }}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              allowClear={false}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item name="nextDate" label={f.nextDate} style={{ flex: 1, minWidth: 160 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <AttachmentPicker queue={attachments} />
        <Button type="link" style={{ paddingInline: 0 }} onClick={() => setMore(!more)}>
          {more ? t.followUps.less : t.followUps.more}
        </Button>
        <div hidden={!more}>
          <Flex gap={12} wrap>
            <Form.Item name="kind" label={f.kind} style={{ flex: 1, minWidth: 160 }}>
              <Select allowClear options={dicts.options('followUpKind')} />
            </Form.Item>
            <Form.Item name="contactId" label={f.contact} style={{ flex: 1, minWidth: 160 }}>
              <Select
                allowClear
                disabled={!picked}
                loading={contacts.isFetching}
                options={(contacts.data?.contacts ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          </Flex>
          <Form.Item name="attitude" label={f.attitude}>
            <Radio.Group
              optionType="button"
              options={ATTITUDES.map((a) => ({ value: a, label: t.followUps.attitudes[a] }))}
            />
          </Form.Item>
          <Form.Item name="important" valuePropName="checked">
            <Checkbox>{f.important}</Checkbox>
          </Form.Item>
          <CommitmentsField />
          <NextActionsField />
        </div>
      </Form>
    </Modal>
  );
}
