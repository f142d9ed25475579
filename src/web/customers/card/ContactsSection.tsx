import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TContact } from '../../../domain/contact';
import type { TCustomer } from '../../../domain/customer';
import { deleteContact, PERSONAL_FIELDS } from '../../api/contacts';
import { customerHistoryKey, customerKey } from '../../api/customers';
import { useCan } from '../../auth/session';
import { useT } from '../../i18n/I18nProvider';
import { customerErrorText } from '../errors';
import { ContactModal } from './ContactModal';
import { MaskedValue } from './MaskedValue';
import { PersonalDataMenu } from './PersonalDataMenu';

/** 联系人: the people at this customer, primary first; add, edit and delete one at a time. */
export function ContactsSection({ customer }: { customer: TCustomer }) {
  const t = useT();
  const c = t.customers.contact;
  const can = useCan();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<TContact | 'new' | null>(null);
  const canEdit = can('customers.write');
  const canManagePersonal = can('personalData.manage');
  const contacts = [...customer.contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: customerKey(customer.id) });
    void queryClient.invalidateQueries({ queryKey: customerHistoryKey(customer.id) });
  };
  function confirmDelete(contact: TContact) {
    modal.confirm({
      title: c.deleteTitle(contact.name),
      content: c.deleteContent,
      okText: t.common.delete,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await deleteContact(contact.id);
          void message.success(c.deleted);
          refresh();
        } catch (error) {
          void message.error(customerErrorText(error, t));
        }
      },
    });
  }

  return (
    <>
      {contacts.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c.empty} />}
      <Flex vertical gap={12}>
        {contacts.map((contact) => (
          <div key={contact.id} className="keyi-contact" aria-label={contact.name} role="group">
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Flex gap={6} align="center" wrap>
                <Typography.Text strong>{contact.erasedAt ? c.erasedName : contact.name}</Typography.Text>
                {contact.erasedAt && <Tag>{c.erased}</Tag>}
                {contact.title && <Typography.Text type="secondary">{contact.title}</Typography.Text>}
                {contact.isPrimary && <Tag color="blue">{c.primary}</Tag>}
                {contact.role && <Tag>{contact.role.label}</Tag>}
              </Flex>
              {(canEdit || canManagePersonal) && (
                <Flex gap={4}>
                  {canManagePersonal && !contact.erasedAt && (
                    <PersonalDataMenu contact={contact} onErased={refresh} />
                  )}
                  {canEdit && (
                    <>
                      <Button
                        type="text"
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={`${t.common.edit} ${contact.name}`}
                        onClick={() => setEditing(contact)}
                      />
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`${t.common.delete} ${contact.name}`}
                        onClick={() => confirmDelete(contact)}
                      />
                    </>
                  )}
                </Flex>
              )}
            </Flex>
            <div className="keyi-contact-fields">
              {PERSONAL_FIELDS.filter((f) => contact[f]).map((f) => (
                <div key={f}>
                  <Typography.Text type="secondary">{c[f]}</Typography.Text>{' '}
                  <MaskedValue
                    contactId={contact.id}
                    field={f}
                    value={contact[f] ?? ''}
                    masked={contact.masked}
                  />
                </div>
              ))}
              {contact.dataSource && (
                <div>
                  <Typography.Text type="secondary">{c.dataSource}</Typography.Text>{' '}
                  {contact.dataSource.label}
                </div>
              )}
            </div>
          </div>
        ))}
      </Flex>
      {canEdit && (
        <Button
          type="dashed"
          block
          icon={<PlusOutlined />}
          style={{ marginTop: 12 }}
          onClick={() => setEditing('new')}
        >
          {c.add}
        </Button>
      )}
      {editing && (
        <ContactModal
          customerId={customer.id}
          contact={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={refresh}
        />
      )}
    </>
  );
}
