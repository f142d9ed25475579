import { DeleteOutlined, EditOutlined, KeyOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import type { TUser } from '../../domain/user';
import { useT } from '../i18n/I18nProvider';

export interface TMemberActionHandlers {
  onEdit: (user: TUser) => void;
  onResetPassword: (user: TUser) => void;
  onRemove: (user: TUser) => void;
}

/** The owner cannot be changed by anyone else, and nobody removes themselves (server rules, mirrored). */
export function MemberActions(
  props: TMemberActionHandlers & { user: TUser; selfId: string; block?: boolean },
) {
  const { user, selfId, block, onEdit, onResetPassword, onRemove } = props;
  const t = useT();
  const isSelf = user.id === selfId;
  if (user.role === 'owner' && !isSelf) {
    return <Typography.Text type="secondary">{t.members.ownerLocked}</Typography.Text>;
  }
  const size = block ? 'middle' : 'small';
  return (
    <Flex gap={block ? 8 : 4} wrap>
      <Button
        size={size}
        type={block ? 'default' : 'link'}
        icon={<EditOutlined />}
        onClick={() => onEdit(user)}
      >
        {t.common.edit}
      </Button>
      {!isSelf && (
        <Button
          size={size}
          type={block ? 'default' : 'link'}
          icon={<KeyOutlined />}
          onClick={() => onResetPassword(user)}
        >
          {t.members.resetPassword}
        </Button>
      )}
      {!isSelf && (
        <Tooltip title={block ? undefined : t.members.removeContent}>
          <Button
            size={size}
            type={block ? 'default' : 'link'}
            danger
            icon={<DeleteOutlined />}
            onClick={() => onRemove(user)}
          >
            {t.members.remove}
          </Button>
        </Tooltip>
      )}
    </Flex>
  );
}
