import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useT } from '../i18n/I18nProvider';

/** 上移 / 下移 for one row of an ordered settings list; `name` makes each button's label say which row it moves. */
export function MoveButtons(props: {
  name: string;
  first: boolean;
  last: boolean;
  disabled?: boolean;
  onMove: (by: -1 | 1) => void;
}) {
  const { name, first, last, disabled, onMove } = props;
  const t = useT();
  return (
    <>
      <Tooltip title={t.common.moveUp}>
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          aria-label={`${t.common.moveUp} ${name}`}
          disabled={disabled || first}
          onClick={() => onMove(-1)}
        />
      </Tooltip>
      <Tooltip title={t.common.moveDown}>
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          aria-label={`${t.common.moveDown} ${name}`}
          disabled={disabled || last}
          onClick={() => onMove(1)}
        />
      </Tooltip>
    </>
  );
}
