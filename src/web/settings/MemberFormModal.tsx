import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useCallback, useState } from 'react';
import type { TRole } from '../../domain/roles';
import { ZCreateUserInput, ZUpdateUserInput, type TUser } from '../../domain/user';
import { createUser, updateUser, usersKey } from '../api/users';
import { useZodRules } from '../forms/zodRule';
import { useT } from '../i18n/I18nProvider';
import { RoleSelect } from './RoleSelect';
import { useSaveErrorHandler } from './useSaveErrorHandler';

type Values = { name: string; login: string; password: string; role: TRole };

/** Adds a member (user undefined) or edits one's name and role. Mounted only while open. */
export function MemberFormModal({
  user,
  selfId,
  onClose,
}: {
  user?: TUser;
  selfId: string;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const createRules = useZodRules(ZCreateUserInput);
  const updateRules = useZodRules(ZUpdateUserInput);
  const [form] = Form.useForm<Values>();
  const [current, setCurrent] = useState(user);
  const isSelf = user?.id === selfId;

  const showCurrent = useCallback(
    (latest: TUser) => {
      setCurrent(latest);
      form.setFieldsValue({ name: latest.name, role: latest.role });
      void queryClient.invalidateQueries({ queryKey: usersKey });
    },
    [form, queryClient],
  );
  const onError = useSaveErrorHandler<TUser>(form, showCurrent);

  const save = useMutation({
    mutationFn: (values: Values) => {
      if (!current) return createUser(values as Values & { role: Exclude<TRole, 'owner'> });
      // Send only what changed, so renaming oneself never trips the "cannot change own role" rule.
      const changes: { name?: string; role?: Exclude<TRole, 'owner'> } = {};
      if (values.name !== current.name) changes.name = values.name;
      if (values.role !== current.role && values.role !== 'owner') changes.role = values.role;
      return updateUser(current.id, { ...changes, version: current.version });
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: usersKey });
      void message.success(current ? t.common.saved : t.members.created(saved.name));
      onClose();
    },
    onError,
  });

  const rules = current ? updateRules : createRules;
  return (
    <Modal
      open
      title={current ? t.members.editTitle : t.members.addTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={current ? { name: current.name, role: current.role } : { role: 'sales' }}
        onFinish={(values) => save.mutate(values)}
        style={{ marginTop: 16 }}
      >
        <Form.Item name="name" label={t.members.name} rules={rules('name')}>
          <Input autoFocus />
        </Form.Item>
        {!current && (
          <>
            <Form.Item
              name="login"
              label={t.members.login}
              rules={createRules('login')}
              extra={t.auth.loginHelp}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t.members.initialPassword}
              rules={createRules('password')}
              extra={t.members.initialPasswordHelp}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        <Form.Item name="role" label={t.members.role} rules={isSelf ? [] : rules('role')}>
          <RoleSelect disabled={isSelf || current?.role === 'owner'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
