import type { FormListFieldData } from 'antd';
import { Card, Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { useStageInputs, type TStageActions } from './PipelineStageInputs';

/** An error under one input must not move the others of its row. */
const top = () => ({ style: { verticalAlign: 'top' as const } });

/** One labelled line of a phone card: the words on the left, the input filling the rest. */
function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {label}
      </Typography.Text>
      <div style={{ minWidth: 0 }}>{children}</div>
    </>
  );
}

/** The stages in board order: an editable table on a desktop, a card per stage on a phone. */
export function PipelineStageList(props: TStageActions & { fields: FormListFieldData[] }) {
  const { fields, ...actions } = props;
  const t = useT();
  const s = t.deals.settings;
  const isPhone = useIsPhone();
  const inputs = useStageInputs(actions);

  if (isPhone) {
    return fields.map((field) => {
      const row = inputs(field);
      return (
        <Card key={field.key} size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: 12 } }}>
          <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
            <Flex align="center" gap={6} style={{ minWidth: 0 }}>
              <Typography.Text strong ellipsis>
                {field.name + 1}. {row.name}
              </Typography.Text>
              {row.stopped && <Tag style={{ marginInlineEnd: 0 }}>{s.archived}</Tag>}
            </Flex>
            {row.actions}
          </Flex>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, marginBottom: 4 }}>
            {row.zh}
            {row.en}
          </div>
          {row.key}
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'max-content 1fr',
              gap: '8px 12px',
              alignItems: 'center',
              marginTop: 8,
            }}
          >
            <Line label={s.probability}>{row.probability}</Line>
            <Line label={s.kind}>{row.kind}</Line>
            <Line label={s.required}>{row.required}</Line>
            <Line label={s.archived}>{row.archived}</Line>
          </div>
        </Card>
      );
    });
  }

  return (
    <Table<FormListFieldData>
      dataSource={fields}
      rowKey="key"
      pagination={false}
      size="small"
      // Fixed: the columns keep their widths and the two names share what is left.
      tableLayout="fixed"
      style={{ marginBottom: 12 }}
      columns={[
        { key: 'zh', title: s.labelZh, onCell: top, render: (_, f) => inputs(f).zh },
        {
          key: 'en',
          title: s.labelEn,
          onCell: top,
          render: (_, f) => {
            const row = inputs(f);
            return (
              <Flex vertical gap={4}>
                {row.en}
                {row.key}
              </Flex>
            );
          },
        },
        {
          key: 'probability',
          title: s.probability,
          width: 92,
          onCell: top,
          render: (_, f) => inputs(f).probability,
        },
        { key: 'kind', title: s.kind, width: 104, onCell: top, render: (_, f) => inputs(f).kind },
        { key: 'required', title: s.required, width: 136, onCell: top, render: (_, f) => inputs(f).required },
        {
          key: 'archived',
          title: s.archived,
          width: 76,
          align: 'center',
          onCell: top,
          render: (_, f) => <div style={{ paddingTop: 5 }}>{inputs(f).archived}</div>,
        },
        ...(actions.editable
          ? [
              {
                key: 'actions',
                title: t.common.actions,
                width: 92,
                align: 'right' as const,
                onCell: top,
                render: (_: unknown, f: FormListFieldData) => (
                  <div style={{ paddingTop: 4 }}>{inputs(f).actions}</div>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
