import { Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { Link } from 'react-router';
import type { TCustomer } from '../../domain/customer';
import type { TLocale } from '../../domain/locale';
import { formatDateTime, fromNow } from '../i18n/format';
import type { Messages } from '../i18n/zh-CN';
import type { useCustomFields } from '../api/custom-fields';
import { customDisplay } from './customFieldUi';
import { DictTag, GradeBadge, TagList } from './labels';
import { primaryContact } from './primaryContact';
import { typeColor } from './tagColors';

export const COLUMN_KEYS = [
  'number',
  'grade',
  'score',
  'type',
  'status',
  'stage',
  'owner',
  'primaryContact',
  'lastFollowUpAt',
  'sourceChannel',
  'industry',
  'companySize',
  'region',
  'tags',
  'firstContactDate',
  'createdAt',
  'updatedAt',
] as const;
export type TColumnKey = (typeof COLUMN_KEYS)[number];

export const DEFAULT_COLUMNS: TColumnKey[] = [
  'grade',
  'type',
  'status',
  'owner',
  'primaryContact',
  'lastFollowUpAt',
  'region',
  'tags',
];

/** Column → the list endpoint's sort name. */
const SORT_FIELD: Partial<Record<TColumnKey | 'name', string>> = {
  name: 'name',
  number: 'number',
  grade: 'score',
  score: 'score',
  lastFollowUpAt: 'lastFollowUpAt',
  firstContactDate: 'firstContactDate',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
};

type Col = ColumnType<TCustomer> & { key: string; width: number };

const sortField = (key: string) => (key.startsWith('custom.') ? key : SORT_FIELD[key as TColumnKey]);

function sortProps(key: string, sort: string): Partial<Col> {
  const field = sortField(key);
  if (!field) return {};
  const order = sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null;
  return { sorter: true, sortOrder: order, sortDirections: ['descend', 'ascend', 'descend'] };
}

export function sortFromColumn(key: string, order: 'ascend' | 'descend' | null | undefined): string | null {
  const field = sortField(key);
  if (!field || !order) return null;
  return order === 'ascend' ? field : `-${field}`;
}

type TCustom = ReturnType<typeof useCustomFields>;

/** Columns for the workspace's custom fields that are switched on, sortable by their value. */
function customColumns(custom: TCustom, visible: readonly string[], t: Messages, locale: TLocale): Col[] {
  return custom.fields
    .filter((field) => visible.includes(`custom.${field.key}`))
    .map((field) => ({
      key: `custom.${field.key}`,
      title: custom.label(field),
      width: field.type === 'longText' ? 240 : 140,
      render: (_: unknown, c: TCustomer) =>
        customDisplay(field, c.custom[field.key], custom.options(field), t, locale),
    }));
}

export function customerColumns(
  t: Messages,
  locale: TLocale,
  visible: readonly string[],
  sort: string,
  timeZone: string,
  custom: TCustom,
): Col[] {
  const f = t.customers.fields;
  const date = (iso: string | null) => (iso ? formatDateTime(iso, locale, timeZone).slice(0, 10) : '');
  const all: Record<TColumnKey, Col> = {
    number: { key: 'number', title: f.number, width: 140, render: (_, c) => c.number },
    grade: {
      key: 'grade',
      title: f.grade,
      width: 110,
      render: (_, c) => <GradeBadge grade={c.grade} manual={c.gradeIsManual} />,
    },
    score: { key: 'score', title: f.score, width: 100, render: (_, c) => c.score ?? '' },
    type: {
      key: 'type',
      title: f.type,
      width: 120,
      render: (_, c) => <DictTag value={c.type} color={typeColor(c.type?.key)} />,
    },
    status: { key: 'status', title: f.status, width: 110, render: (_, c) => c.status?.label },
    stage: { key: 'stage', title: f.stage, width: 120, render: (_, c) => c.stage?.label },
    owner: { key: 'owner', title: f.owner, width: 110, render: (_, c) => c.owner?.name ?? '' },
    primaryContact: {
      key: 'primaryContact',
      title: f.primaryContact,
      width: 200,
      render: (_, c) => {
        const contact = primaryContact(c);
        if (!contact) return '';
        const reach = contact.mobile ?? contact.phone ?? contact.wechat ?? '';
        return (
          <Typography.Text ellipsis>
            {contact.name}
            {reach && <Typography.Text type="secondary"> · {reach}</Typography.Text>}
          </Typography.Text>
        );
      },
    },
    lastFollowUpAt: {
      key: 'lastFollowUpAt',
      title: f.lastFollowUpAt,
      width: 130,
      render: (_, c) =>
        c.lastFollowUpAt ? (
          fromNow(c.lastFollowUpAt)
        ) : (
          <Typography.Text type="secondary">{t.customers.card.noFollowUp}</Typography.Text>
        ),
    },
    sourceChannel: {
      key: 'sourceChannel',
      title: f.sourceChannel,
      width: 120,
      render: (_, c) => c.sourceChannel?.label,
    },
    industry: { key: 'industry', title: f.industry, width: 140, render: (_, c) => c.industry?.label },
    companySize: {
      key: 'companySize',
      title: f.companySize,
      width: 120,
      render: (_, c) => c.companySize?.label,
    },
    region: {
      key: 'region',
      title: f.region,
      width: 140,
      render: (_, c) => [c.province, c.city].filter((v, i, a) => v && a.indexOf(v) === i).join(' · '),
    },
    tags: { key: 'tags', title: f.tags, width: 220, render: (_, c) => <TagList tags={c.tags} /> },
    firstContactDate: {
      key: 'firstContactDate',
      title: f.firstContactDate,
      width: 130,
      render: (_, c) => c.firstContactDate,
    },
    createdAt: { key: 'createdAt', title: f.createdAt, width: 130, render: (_, c) => date(c.createdAt) },
    updatedAt: { key: 'updatedAt', title: f.updatedAt, width: 130, render: (_, c) => date(c.updatedAt) },
  };
  const name: Col = {
    key: 'name',
    title: f.name,
    width: 260,
    fixed: 'left',
    render: (_, c) => (
      <Link to={`/customers/${c.id}`} className="keyi-customer-link">
        <Typography.Text strong ellipsis style={{ color: 'inherit' }}>
          {c.name}
        </Typography.Text>
        {c.kind === 'person' && <span className="keyi-kind-person">{t.customers.kinds.person}</span>}
      </Link>
    ),
  };
  const chosen = COLUMN_KEYS.filter((key) => visible.includes(key)).map((key) => all[key]);
  return [name, ...chosen, ...customColumns(custom, visible, t, locale)].map((col) => ({
    ...col,
    ...sortProps(col.key, sort),
    ellipsis: true,
  }));
}

export function columnLabel(t: Messages, key: TColumnKey): string {
  return t.customers.fields[key];
}
