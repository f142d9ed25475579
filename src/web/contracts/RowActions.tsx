import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useT } from '../i18n/I18nProvider';

/** Edit and delete for one row or card; `name` tells a screen reader which record. */
export function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  return (
    <Flex gap={2} style={{ flex: 'none' }}>
      <Button
        type="text"
        size="small"
        icon={<EditOutlined />}
        aria-label={`${t.common.edit} ${name}`}
        onClick={onEdit}
      />
      <Button
        type="text"
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={`${t.common.delete} ${name}`}
        onClick={onDelete}
      />
    </Flex>
  );
}
