import { Alert, Button, Flex, Radio, Select, Table, Typography } from 'antd';
import type { TImportCheck, TImportSettings } from '../../../domain/import/import-batch';
import { DUPLICATE_POLICIES } from '../../../domain/import/import-batch';
import type { TDictionary } from '../../../domain/dictionaries';
import type { TImportKind } from '../../../domain/import/import-fields';
import { useDictionaries } from '../../api/dictionaries';
import { useT } from '../../i18n/I18nProvider';
import { fieldLabel, problemText } from './problemText';

interface Props {
  kind: TImportKind;
  check: TImportCheck;
  headers: string[];
  settings: TImportSettings;
  onChange: (settings: TImportSettings) => void;
  onBack: () => void;
  onRecheck: () => void;
  onStart: () => void;
  busy: boolean;
}

/**
 * Step 3: what the whole file holds before anything is written: rows ready and rows with problems (by cell),
 * values the lists do not have (each mapped here to an existing option), duplicates and what to do with them.
 */
export function CheckStep({
  kind,
  check,
  headers,
  settings,
  onChange,
  onBack,
  onRecheck,
  onStart,
  busy,
}: Props) {
  const t = useT();
  const c = t.imports.check;
  // Follow-ups, deals and projects are never overwritten from a sheet: a repeat is skipped or created anyway.
  const records = kind === 'customers' ? null : t.imports.records;
  const policies = DUPLICATE_POLICIES.filter((p) => !records || p !== 'update');
  const dictionaries = useDictionaries();
  const mapValue = (dictionary: TDictionary, label: string, key: string | undefined) => {
    const own = { ...(settings.valueMap[dictionary] ?? {}) };
    if (key) own[label] = key;
    else delete own[label];
    onChange({ ...settings, valueMap: { ...settings.valueMap, [dictionary]: own } });
  };
  const mapped = Object.values(settings.valueMap).reduce((n, m) => n + Object.keys(m ?? {}).length, 0);
  return (
    <Flex vertical gap={16}>
      <Alert
        type={check.problemRows ? 'warning' : 'success'}
        showIcon
        message={c.summary(check.totalRows, check.readyRows, check.problemRows)}
        description={(records ?? c).duplicates(check.duplicates.existing, check.duplicates.inFile)}
      />
      {check.unknownValues.length > 0 && (
        <div>
          <Typography.Title level={5}>{c.unknownTitle}</Typography.Title>
          <Typography.Paragraph type="secondary">{c.unknownHint}</Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            rowKey={(u) => `${u.field}:${u.label}`}
            dataSource={check.unknownValues}
            columns={[
              {
                key: 'field',
                title: t.imports.mapping.field,
                render: (_, u) => fieldLabel(t, kind, u.field),
              },
              { key: 'label', title: c.value, dataIndex: 'label' },
              { key: 'rows', title: '', render: (_, u) => c.unknownRows(u.rows) },
              {
                key: 'entry',
                title: c.chooseEntry,
                width: 220,
                render: (_, u) => (
                  <Select
                    allowClear
                    aria-label={`${c.chooseEntry} ${u.label}`}
                    style={{ width: '100%' }}
                    placeholder={c.chooseEntry}
                    value={settings.valueMap[u.dictionary]?.[u.label]}
                    options={dictionaries.options(u.dictionary)}
                    onChange={(key?: string) => mapValue(u.dictionary, u.label, key)}
                  />
                ),
              },
            ]}
          />
        </div>
      )}
      {check.problems.length > 0 && (
        <div>
          <Typography.Title level={5}>{c.problemsTitle}</Typography.Title>
          <Table
            size="small"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            rowKey="line"
            dataSource={check.problems}
            columns={[
              { key: 'line', title: c.line, dataIndex: 'line', width: 80 },
              {
                key: 'problem',
                title: c.problem,
                render: (_, row) =>
                  row.problems.map((p) => problemText(t, kind, p, headers)).join(t.imports.separator),
              },
            ]}
          />
        </div>
      )}
      <div>
        <Typography.Text strong>{(records ?? c).policy}</Typography.Text>
        <div style={{ marginTop: 8 }}>
          <Radio.Group
            value={settings.duplicates}
            onChange={(e) =>
              onChange({ ...settings, duplicates: e.target.value as TImportSettings['duplicates'] })
            }
            options={policies.map((p) => ({
              value: p,
              label: records && p !== 'update' ? records.policies[p] : c.policies[p],
            }))}
          />
        </div>
        <Typography.Text type="secondary">{(records ?? c).policyHint}</Typography.Text>
      </div>
      <Flex justify="end" gap={8}>
        <Button onClick={onBack}>{t.common.back}</Button>
        {mapped > 0 && (
          <Button onClick={onRecheck} loading={busy}>
            {c.recheck}
          </Button>
        )}
        <Button type="primary" disabled={check.readyRows === 0} loading={busy} onClick={onStart}>
          {check.readyRows === 0 ? c.noRows : c.start(check.readyRows)}
        </Button>
      </Flex>
    </Flex>
  );
}
