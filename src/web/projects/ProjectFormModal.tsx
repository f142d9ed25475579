import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Divider, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { TDeal } from '../../domain/deal';
import { PROJECT_STATUSES, type TProject, type TProjectDetail } from '../../domain/project';
import { isApiError } from '../api/client';
import { createProject, projectChangeKeys, updateProject } from '../api/projects';
import { useSession } from '../auth/session';
import { useIsPhone } from '../components/useIsPhone';
import { CustomerSelect } from '../customers/CustomerSelect';
import { toYuan } from '../customers/money';
import { useMemberOptions } from '../customers/useMemberOptions';
import { MoneyInput } from '../deals/MoneyInput';
import { applyServerErrors, errorText } from '../forms/serverErrors';
import { useT } from '../i18n/I18nProvider';
import { InstallmentRows } from './InstallmentRows';
import { MilestoneRows } from './MilestoneRows';
import { newProjectInput, projectFields, projectValues, type ProjectValues } from './projectForm';
import { modalProps } from './modalProps';
import './project-form.css';

/**
 * New project (from the projects page, or from a won deal, prefilled with its customer, title and amount) with its
 * milestones and installments in one go; or a project's own fields.
 */
export function ProjectFormModal(props: {
  project: TProject | null;
  deal?: Pick<TDeal, 'id' | 'title' | 'customer' | 'actualAmount' | 'expectedAmount'>;
  onClose: (saved?: TProjectDetail) => void;
}) {
  const { project, deal, onClose } = props;
  const t = useT();
  const f = t.projects.fields;
  const { user } = useSession();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const client = useQueryClient();
  const members = useMemberOptions();
  const [form] = Form.useForm<ProjectValues>();
  const [base, setBase] = useState(project);
  const people = members.length > 0 ? members : [{ value: user.id, label: user.name }];

  const save = useMutation({
    mutationFn: (values: ProjectValues) =>
      base
        ? updateProject(base.id, { version: base.version, ...projectFields(values) })
        : createProject(newProjectInput(values, { customerId: deal?.customer.id, dealId: deal?.id })),
    onSuccess: (saved) => {
      projectChangeKeys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
      void message.success(base ? t.projects.saved : t.projects.created);
      onClose(saved);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        const current = error.current as TProject;
        setBase(current);
        form.setFieldsValue(projectValues(current));
        void message.warning(t.common.conflictReloaded);
      } else if (!applyServerErrors(form, error)) void message.error(errorText(error, t));
    },
  });

  const half = { flex: 1, minWidth: 200 };
  return (
    <Modal
      open
      title={base ? `${t.projects.edit} · ${base.number}` : deal ? t.projects.newFromDeal : t.projects.new}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      {...modalProps(isPhone, base ? 640 : 860)}
    >
      <Form<ProjectValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={
          base
            ? projectValues(base)
            : {
                ownerId: user.id,
                name: deal?.title ?? '',
                contractAmount: toYuan(deal ? (deal.actualAmount ?? deal.expectedAmount) : null),
                milestones: [],
                installments: [],
              }
        }
        onFinish={(values) => save.mutate(values)}
      >
        {!base && deal && (
          <Form.Item label={f.customer}>
            <Typography.Text strong>{deal.customer.name}</Typography.Text>
          </Form.Item>
        )}
        {!base && !deal && (
          <Form.Item
            name="customerId"
            label={f.customer}
            rules={[{ required: true, message: t.common.required }]}
          >
            <CustomerSelect />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={f.name}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={200} placeholder={f.namePlaceholder} autoFocus={!base && !!deal} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="contractAmount"
            label={t.projects.inYuan(f.contractAmount)}
            style={half}
            rules={[{ required: true, message: t.common.required }]}
          >
            <MoneyInput />
          </Form.Item>
          <Form.Item name="ownerId" label={f.owner} style={half}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={people} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          {base && (
            <Form.Item name="status" label={f.status} style={half}>
              <Select options={PROJECT_STATUSES.map((s) => ({ value: s, label: t.projects.statuses[s] }))} />
            </Form.Item>
          )}
          <Form.Item name="startDate" label={f.startDate} style={half}>
            <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
          </Form.Item>
          <Form.Item name="expectedEnd" label={f.expectedEnd} style={half}>
            <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
          </Form.Item>
        </Flex>
        {!base && (
          <>
            <Divider titlePlacement="start" plain>
              {t.projects.form.milestones}
            </Divider>
            <Typography.Paragraph type="secondary">{t.projects.form.milestonesHint}</Typography.Paragraph>
            <MilestoneRows />
            <Divider titlePlacement="start" plain>
              {t.projects.form.installments}
            </Divider>
            <Typography.Paragraph type="secondary">{t.projects.form.installmentsHint}</Typography.Paragraph>
            <InstallmentRows />
          </>
        )}
        <Form.Item name="notes" label={f.notes} style={{ marginTop: base ? 0 : 16, marginBottom: 0 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
