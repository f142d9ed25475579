import { ExportOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { TDuplicateCandidate } from '../../domain/customer';
import { useSession } from '../auth/session';
import { useT } from '../i18n/I18nProvider';

/** Candidates with whose customer each one is in large type: a salesperson must see that at once. */
export function DuplicateList(props: {
  candidates: TDuplicateCandidate[];
  /** Extra buttons per candidate (merge on the card). */
  actions?: (candidate: TDuplicateCandidate) => ReactNode;
}) {
  const { candidates, actions } = props;
  const t = useT();
  const d = t.customers.duplicates;
  const { user } = useSession();
  return (
    <Flex vertical gap={8} className="keyi-duplicates">
      {candidates.map((c) => (
        <Flex key={c.id} className="keyi-duplicate" align="center" gap={12} wrap>
          <div style={{ flex: 1, minWidth: 200 }}>
            <Typography.Text strong className="keyi-duplicate-owner">
              {c.owner ? (c.owner.id === user.id ? d.ownedByYou : d.ownedBy(c.owner.name)) : d.noOwner}
            </Typography.Text>
            <div>
              <Typography.Text>{c.name}</Typography.Text>{' '}
              <Typography.Text type="secondary">{c.number}</Typography.Text>
            </div>
            <Flex gap={4} wrap style={{ marginTop: 4 }}>
              {c.reasons.map((r) => (
                <Tag key={r} color="orange" style={{ marginInlineEnd: 0 }}>
                  {d.reasons[r]}
                </Tag>
              ))}
            </Flex>
          </div>
          <Flex gap={8}>
            {c.canOpen ? (
              <Button size="small" icon={<ExportOutlined />} href={`/customers/${c.id}`} target="_blank">
                {d.open}
              </Button>
            ) : (
              <Tooltip title={d.cannotOpen}>
                <Button size="small" disabled>
                  {d.open}
                </Button>
              </Tooltip>
            )}
            {actions?.(c)}
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}
