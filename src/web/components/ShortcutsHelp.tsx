import { Flex, Modal, Typography } from 'antd';
import { Fragment } from 'react';
import { useT } from '../i18n/I18nProvider';

function Keys({ keys }: { keys: string[][] }) {
  const t = useT();
  return (
    <Flex gap={6} align="center" wrap>
      {keys.map((combo, i) => (
        <Fragment key={combo.join('+')}>
          {i > 0 && <Typography.Text type="secondary">{t.shortcuts.or}</Typography.Text>}
          {combo.map((key) => (
            <kbd key={key} className="keyi-kbd">
              {key}
            </kbd>
          ))}
        </Fragment>
      ))}
    </Flex>
  );
}

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const rows: [string, string[][]][] = [
    [t.shortcuts.openSearch, [['/'], ['Ctrl', 'K'], ['⌘', 'K']]],
    [t.shortcuts.showHelp, [['?']]],
    [t.shortcuts.newCustomer, [['C']]],
    [t.shortcuts.logFollowUp, [['N']]],
    [t.shortcuts.switchPeriod, [['W'], ['M'], ['Q'], ['Y']]],
    [t.shortcuts.moveSelection, [['↑'], ['↓']]],
    [t.shortcuts.openResult, [['Enter']]],
    [t.shortcuts.closeDialog, [['Esc']]],
  ];
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t.shortcuts.title} width={520}>
      <div role="list">
        {rows.map(([label, keys]) => (
          <Flex
            key={label}
            role="listitem"
            justify="space-between"
            align="center"
            gap={16}
            className="keyi-shortcut-row"
          >
            <Typography.Text>{label}</Typography.Text>
            <Keys keys={keys} />
          </Flex>
        ))}
      </div>
    </Modal>
  );
}
