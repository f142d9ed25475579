import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Popover, Tooltip } from 'antd';
import { useState } from 'react';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { MarkAllRead, NotificationPanel } from './NotificationPanel';
import { useBell } from './useBell';
import './notifications.css';

/** The bell in the header: unread count on the badge, the latest notifications in a popover (a drawer on phones). */
export function NotificationBell() {
  const t = useT();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const bell = useBell();
  const label = bell.unread ? t.notifications.bellUnread(bell.unread) : t.notifications.bell;
  const button = (
    <Button
      type="text"
      aria-label={label}
      aria-haspopup="dialog"
      onClick={() => setOpen((o) => !o)}
      icon={
        <Badge count={bell.unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
  const panel = <NotificationPanel bell={bell} onNavigate={() => setOpen(false)} />;

  if (isPhone)
    return (
      <>
        {button}
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="right"
          size="100%"
          title={t.notifications.bell}
          extra={<MarkAllRead bell={bell} />}
          styles={{ body: { padding: 0 } }}
        >
          {panel}
        </Drawer>
      </>
    );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      title={
        <div className="keyi-bell-head">
          <span>{t.notifications.bell}</span>
          <MarkAllRead bell={bell} />
        </div>
      }
      content={<div className="keyi-bell-popover">{panel}</div>}
    >
      <Tooltip title={open ? undefined : t.notifications.bell}>{button}</Tooltip>
    </Popover>
  );
}
