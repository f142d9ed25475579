import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TCustomer } from '../../domain/customer';
import { customersKey, mergeCustomers } from '../api/customers';
import { recycleBinKey } from '../api/recycle-bin';
import { useT } from '../i18n/I18nProvider';
import { CustomerSelect } from './CustomerSelect';
import { customerErrorText } from './errors';

type TRef = { id: string; name: string; number: string };

/**
 * Merges two customers: everything of the one given up (contacts, tags, history) moves to the one kept, and the
 * other goes to the recycle bin. Either record may be kept.
 */
export function MergeModal(props: { customer: TCustomer; other?: TRef; onClose: () => void }) {
  const { customer, onClose } = props;
  const t = useT();
  const m = t.customers.merge;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [other, setOther] = useState<TRef | null>(props.other ?? null);
  const [keep, setKeep] = useState<'this' | 'other'>(props.other ? 'other' : 'this');
  const [busy, setBusy] = useState(false);

  async function merge() {
    if (!other) return;
    const [into, from] = keep === 'this' ? [customer, other] : [other, customer];
    setBusy(true);
    try {
      const merged = await mergeCustomers(into.id, from.id);
      void message.success(m.done(merged.name));
      queryClient.removeQueries({ queryKey: ['customer', from.id] });
      void queryClient.invalidateQueries({ queryKey: customersKey });
      void queryClient.invalidateQueries({ queryKey: ['customer', into.id] });
      void queryClient.invalidateQueries({ queryKey: recycleBinKey });
      onClose();
      navigate(`/customers/${into.id}`, { replace: true });
    } catch (error) {
      void message.error(customerErrorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={m.title}
      okText={m.ok}
      okButtonProps={{ disabled: !other, danger: true }}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={() => void merge()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{m.description}</Typography.Paragraph>
      <Form layout="vertical">
        {!props.other && (
          <Form.Item label={m.other}>
            <CustomerSelect
              autoFocus
              excludeId={customer.id}
              value={other?.id ?? null}
              onChange={(_id, ref) => setOther(ref)}
            />
          </Form.Item>
        )}
        {other && (
          <Form.Item label={m.keep}>
            <Radio.Group value={keep} onChange={(e) => setKeep(e.target.value as 'this' | 'other')}>
              <Radio value="other" style={{ display: 'flex', marginBottom: 8 }}>
                {m.keepThis(other.name)} <Typography.Text type="secondary">{other.number}</Typography.Text>
              </Radio>
              <Radio value="this" style={{ display: 'flex' }}>
                {m.keepThis(customer.name)}{' '}
                <Typography.Text type="secondary">{customer.number}</Typography.Text>
              </Radio>
            </Radio.Group>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
