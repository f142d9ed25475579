import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { TChannel, TChannelScope } from '../../domain/notification';
import { channelsKey, listChannels } from '../api/notifications';
import { useCan } from '../auth/session';
import { LoadError } from '../components/LoadError';
import { useT } from '../i18n/I18nProvider';
import { SettingsBlock } from '../settings/SettingsBlock';
import { ChannelCard } from './ChannelCard';
import { ChannelFormModal } from './ChannelFormModal';
import { DeliveryLog } from './DeliveryLog';
import './notifications.css';

type Editing = { scope: TChannelScope; channel?: TChannel } | null;

/** Settings → 通知: the workspace's channels (owners and admins), one's own channels, and the delivery log. */
export function NotificationSettings() {
  const t = useT();
  const words = t.notifications.settings;
  const admin = useCan()('workspace.update');
  const channels = useQuery({ queryKey: channelsKey, queryFn: listChannels });
  const [editing, setEditing] = useState<Editing>(null);

  function block(scope: TChannelScope) {
    const items = channels.data?.items.filter((c) => c.scope === scope) ?? [];
    let body;
    if (channels.isError) body = <LoadError error={channels.error} onRetry={() => void channels.refetch()} />;
    else if (channels.isPending) body = <Spin style={{ display: 'block', padding: 24 }} />;
    else if (items.length === 0)
      body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={words.empty} />;
    else
      body = (
        <div className="keyi-channel-grid">
          {items.map((c) => (
            <ChannelCard key={c.id} channel={c} onEdit={() => setEditing({ scope, channel: c })} />
          ))}
        </div>
      );
    return (
      <SettingsBlock
        title={scope === 'workspace' ? words.workspace : words.personal}
        extra={
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ scope })}>
            {words.add}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {scope === 'workspace' ? words.workspaceHint : words.personalHint}
        </Typography.Paragraph>
        {body}
      </SettingsBlock>
    );
  }

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {words.intro}
      </Typography.Paragraph>
      {admin && block('workspace')}
      {block('personal')}
      <SettingsBlock title={t.notifications.log.title}>
        <DeliveryLog admin={admin} />
      </SettingsBlock>
      {editing && (
        <ChannelFormModal scope={editing.scope} channel={editing.channel} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
