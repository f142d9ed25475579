import { Flex, Tag, Tooltip } from 'antd';
import type { TGrade } from '../../domain/assessment';
import { useT } from '../i18n/I18nProvider';

const GRADE_CLASS: Record<TGrade, string> = { A: 'is-a', B: 'is-b', C: 'is-c' };

/** 客户等级 as a round letter; a manual grade carries a small 手动 marker. */
export function GradeBadge(props: { grade: TGrade | null; manual?: boolean; size?: 'small' | 'large' }) {
  const t = useT();
  const { grade, manual, size } = props;
  if (!grade) return <span className="keyi-grade is-none">–</span>;
  return (
    <Flex align="center" gap={4} component="span" style={{ display: 'inline-flex' }}>
      <span
        className={`keyi-grade ${GRADE_CLASS[grade]}${size === 'large' ? ' is-large' : ''}`}
        aria-label={t.customers.assessment.gradeLabel(grade)}
      >
        {grade}
      </span>
      {manual && (
        <Tooltip title={t.customers.assessment.manualHint}>
          <span className="keyi-grade-manual">{t.customers.manual}</span>
        </Tooltip>
      )}
    </Flex>
  );
}

/** A dictionary value ({ key, label }) as a tag; tags keep their workspace colour. */
export function DictTag({ value, color }: { value: { key: string; label: string } | null; color?: string }) {
  if (!value) return null;
  return (
    <Tag color={color} variant="filled" style={{ marginInlineEnd: 0 }}>
      {value.label}
    </Tag>
  );
}

export function TagList({ tags }: { tags: { key: string; label: string; color: string | null }[] }) {
  if (tags.length === 0) return null;
  return (
    <Flex gap={4} wrap>
      {tags.map((tag) => (
        <Tag key={tag.key} color={tag.color ?? undefined} style={{ marginInlineEnd: 0 }}>
          {tag.label}
        </Tag>
      ))}
    </Flex>
  );
}
