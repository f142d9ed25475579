import { Flex, Select, Typography } from 'antd';
import { ASSIGNABLE_ROLES, type TRole } from '../../domain/roles';
import { useT } from '../i18n/I18nProvider';

interface Props {
  id?: string;
  value?: TRole;
  onChange?: (value: TRole) => void;
  disabled?: boolean;
}

/** Roles one may hand out, each with a line on what it allows; the owner only shows when it is the value. */
export function RoleSelect({ id, value, onChange, disabled }: Props) {
  const t = useT();
  const roles: TRole[] = value === 'owner' ? ['owner', ...ASSIGNABLE_ROLES] : [...ASSIGNABLE_ROLES];
  return (
    <Select<TRole>
      id={id}
      value={value}
      onChange={onChange}
      disabled={disabled}
      options={roles.map((role) => ({ value: role, label: t.roles[role], disabled: role === 'owner' }))}
      optionRender={(option) => (
        <Flex vertical style={{ padding: '2px 0' }}>
          <span>{option.label}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
            {t.roleHints[option.value as TRole]}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}
