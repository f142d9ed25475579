import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Flex, Input, Row, Segmented, Skeleton, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { BRIEFING_KINDS, type TBriefingKind } from '../../domain/briefing';
import { LoadError } from '../components/LoadError';
import { PageHeader } from '../components/PageHeader';
import { useIsPhone } from '../components/useIsPhone';
import { useLocale, useT } from '../i18n/I18nProvider';
import { BriefingActions } from './BriefingActions';
import { briefingKey, getBriefing } from './briefingApi';
import { toMarkdown } from './briefingText';
import { MarkdownView } from './MarkdownView';
import { useBriefingDraft } from './useBriefingDraft';
import './briefing.css';

const kindOf = (value: string | null): TBriefingKind => (value === 'handover' ? 'handover' : 'briefing');

/** 客户汇报 / 交接汇报: written from the record, edited by the person, then copied, sent or printed. */
export function BriefingPage() {
  const t = useT();
  const b = t.briefing;
  const [locale] = useLocale();
  const isPhone = useIsPhone();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const kind = kindOf(params.get('kind'));
  const query = useQuery({
    queryKey: briefingKey(id, kind),
    queryFn: ({ signal }) => getBriefing(id, kind, signal),
  });
  const [draft, setDraft] = useBriefingDraft(id, kind);
  const generated = useMemo(
    () => (query.data ? toMarkdown(query.data, t, locale) : ''),
    [query.data, t, locale],
  );
  const text = draft ?? generated;
  const name = query.data?.customer.name ?? '';

  return (
    <div className="keyi-briefing">
      <div className="keyi-briefing-screen">
        <Link to={`/customers/${id}`} className="keyi-back-link">
          <ArrowLeftOutlined /> {b.back}
        </Link>
        <PageHeader
          title={b.kinds[kind]}
          subtitle={name ? b.subtitle(name) : undefined}
          documentTitle={name ? `${b.kinds[kind]} · ${name}` : b.kinds[kind]}
        />
        <Flex vertical gap={16} style={{ marginTop: 16 }}>
          <Segmented
            value={kind}
            block={isPhone}
            options={BRIEFING_KINDS.map((k) => ({ value: k, label: b.kinds[k] }))}
            onChange={(value) => setParams({ kind: value }, { replace: true })}
            style={isPhone ? undefined : { alignSelf: 'flex-start' }}
          />
          {query.data?.masked && <Alert type="info" showIcon title={b.maskedNotice} />}
          {query.isPending && <Skeleton active paragraph={{ rows: 12 }} />}
          {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
          {query.data && (
            <>
              <BriefingActions
                text={text}
                edited={draft !== null}
                onRegenerate={() => {
                  setDraft(null);
                  return query.refetch();
                }}
              />
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={12}>
                  <Card
                    size="small"
                    title={
                      <Flex gap={8} align="center">
                        {b.editor}
                        {draft !== null && <Tag color="orange">{b.edited}</Tag>}
                      </Flex>
                    }
                  >
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                      {b.editHint}
                    </Typography.Paragraph>
                    <Input.TextArea
                      className="keyi-briefing-editor"
                      aria-label={b.editor}
                      value={text}
                      autoSize={{ minRows: 16 }}
                      spellCheck={false}
                      onChange={(e) => setDraft(e.target.value === generated ? null : e.target.value)}
                    />
                  </Card>
                </Col>
                {!isPhone && (
                  <Col xs={24} lg={12}>
                    <Card size="small" title={b.preview}>
                      <MarkdownView markdown={text} />
                    </Card>
                  </Col>
                )}
              </Row>
            </>
          )}
        </Flex>
      </div>
      {/* What the printer (or "save as PDF") gets: the edited report alone, without the app around it. */}
      {query.data && <MarkdownView markdown={text} className="keyi-briefing-print" />}
    </div>
  );
}
