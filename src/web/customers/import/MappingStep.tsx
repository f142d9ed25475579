import { Button, Flex, Select, Table, Typography } from 'antd';
import { useMemo } from 'react';
import type { TImportDraft, TImportSettings } from '../../../domain/import/import-batch';
import { headersAt } from '../../../domain/import/header-row';
import { IMPORT_FIELDS, suggestMapping } from '../../../domain/import/import-fields';
import { useIsPhone } from '../../components/useIsPhone';
import { useT } from '../../i18n/I18nProvider';
import { fieldLabel } from './problemText';

interface Props {
  draft: TImportDraft;
  settings: TImportSettings;
  onChange: (settings: TImportSettings) => void;
  onSheet: (sheet: number) => void;
  onNext: () => void;
  checking: boolean;
}

/** Rows of the preview shown: enough to see a title, the headers and a few customers. */
const SHOWN = 12;

/**
 * Step 2: which sheet, which row holds the headers (click one in the preview), and which column is which field, as
 * suggested from the headers and the cells; every required field needs its column.
 */
export function MappingStep({ draft, settings, onChange, onSheet, onNext, checking }: Props) {
  const t = useT();
  const isPhone = useIsPhone();
  const m = t.imports.mapping;
  const headers = useMemo(() => headersAt(draft.rows, settings.headerRow), [draft.rows, settings.headerRow]);
  const samples = draft.rows.slice(settings.headerRow + 1, settings.headerRow + 4);
  const kind = draft.batch.kind;
  const fields = IMPORT_FIELDS[kind];
  const missing = fields.filter((f) => f.required && !settings.mapping.includes(f.key));
  const setHeaderRow = (headerRow: number) => {
    const next = headersAt(draft.rows, headerRow);
    onChange({
      ...settings,
      headerRow,
      mapping: suggestMapping(kind, next, draft.rows.slice(headerRow + 1)),
    });
  };
  const setField = (column: number, key: string | null) => {
    const mapping = headers.map((_, i) => (i === column ? key : (settings.mapping[i] ?? null)));
    // A field goes to one column: choosing it here takes it from the other.
    onChange({ ...settings, mapping: mapping.map((k, i) => (i !== column && k === key ? null : k)) });
  };
  const sampleOf = (column: number) =>
    samples
      .map((row) => row[column])
      .filter(Boolean)
      .join(' · ');
  const fieldSelect = (header: string, column: number) => (
    <Select
      aria-label={`${m.field} ${header}`}
      style={{ width: '100%' }}
      value={settings.mapping[column] ?? ''}
      onChange={(key: string) => setField(column, key || null)}
      options={[
        { value: '', label: m.skip },
        ...fields.map((f) => ({ value: f.key, label: fieldLabel(t, kind, f.key) })),
      ]}
    />
  );
  const width = Math.max(...draft.rows.slice(0, SHOWN).map((r) => r.length), 1);
  return (
    <Flex vertical gap={16}>
      {draft.sheets.length > 1 && (
        <Flex gap={8} align="center">
          <Typography.Text>{m.sheet}</Typography.Text>
          <Select
            style={{ minWidth: 200 }}
            value={settings.sheet}
            options={draft.sheets.map((s, i) => ({ value: i, label: s.name }))}
            onChange={onSheet}
          />
        </Flex>
      )}
      <div>
        <Typography.Text strong>{m.headerRow}</Typography.Text>{' '}
        <Typography.Text type="secondary">{m.headerRowHint}</Typography.Text>
        <Table
          size="small"
          pagination={false}
          scroll={{ x: true }}
          rowKey={(_, i) => String(i)}
          dataSource={draft.rows.slice(0, SHOWN).map((cells, index) => ({ cells, index }))}
          rowClassName={(row) =>
            row.index === settings.headerRow ? 'keyi-import-header-row' : 'keyi-import-row'
          }
          onRow={(row) => ({ onClick: () => setHeaderRow(row.index) })}
          columns={[
            {
              key: 'n',
              title: m.row,
              width: 48,
              render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{row.index + 1}</span>,
            },
            ...Array.from({ length: width }, (_, i) => ({
              key: String(i),
              title: columnName(i),
              render: (_: unknown, row: { cells: string[] }) => (
                <Typography.Text ellipsis style={{ maxWidth: 160 }}>
                  {row.cells[i] ?? ''}
                </Typography.Text>
              ),
            })),
          ]}
        />
      </div>
      {isPhone ? (
        <Flex vertical gap={12}>
          {headers.map((header, column) => (
            <div key={column}>
              <Typography.Text strong>{header || columnName(column)}</Typography.Text>{' '}
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 200 }}>
                {sampleOf(column)}
              </Typography.Text>
              {fieldSelect(header, column)}
            </div>
          ))}
        </Flex>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="column"
          dataSource={headers.map((header, column) => ({ header, column }))}
          columns={[
            {
              key: 'header',
              title: m.column,
              render: (_, r) => r.header || String.fromCharCode(65 + (r.column % 26)),
            },
            {
              key: 'field',
              title: m.field,
              width: 260,
              render: (_, r) => fieldSelect(r.header, r.column),
            },
            {
              key: 'sample',
              title: m.sample,
              render: (_, r) => (
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 280 }}>
                  {samples
                    .map((s) => s[r.column])
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
      <Flex justify="end" gap={8} align="center">
        {missing.map((f) => (
          <Typography.Text key={f.key} type="danger">
            {m.required(fieldLabel(t, kind, f.key))}
          </Typography.Text>
        ))}
        <Button type="primary" disabled={missing.length > 0} loading={checking} onClick={onNext}>
          {m.next}
        </Button>
      </Flex>
    </Flex>
  );
}

/** A column as Excel names it: A, B, … Z, AA. */
const columnName = (i: number): string =>
  (i >= 26 ? columnName(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
