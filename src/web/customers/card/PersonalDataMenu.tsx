import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import type { TContact } from '../../../domain/contact';
import { erasePersonalData, personalDataUrl } from '../../api/contacts';
import { useT } from '../../i18n/I18nProvider';
import { customerErrorText } from '../errors';

/** 个人信息 requests (PIPL) for one contact, for owners and admins: a copy as JSON, and erasure for good. */
export function PersonalDataMenu({ contact, onErased }: { contact: TContact; onErased: () => void }) {
  const t = useT();
  const c = t.customers.contact;
  const { message, modal } = App.useApp();
  const confirmErase = () =>
    modal.confirm({
      title: c.eraseTitle(contact.name),
      content: c.eraseContent,
      okText: c.erasePersonal,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await erasePersonalData(contact.id, contact.version);
          void message.success(c.erasedToast);
          onErased();
        } catch (error) {
          void message.error(customerErrorText(error, t));
        }
      },
    });
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'export',
            label: (
              <a href={personalDataUrl(contact.id)} download>
                {c.exportPersonal}
              </a>
            ),
          },
          { key: 'erase', danger: true, label: c.erasePersonal, onClick: confirmErase },
        ],
      }}
    >
      <Button
        type="text"
        size="small"
        icon={<SafetyCertificateOutlined />}
        aria-label={`${c.personalData} ${contact.name}`}
      />
    </Dropdown>
  );
}
