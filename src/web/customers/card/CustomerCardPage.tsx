import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Result, Row } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { customerKey, getCustomer } from '../../api/customers';
import { LoadError } from '../../components/LoadError';
import { SectionLoading } from '../../components/PageLoading';
import { useIsPhone } from '../../components/useIsPhone';
import { useT } from '../../i18n/I18nProvider';
import { useCustomFields } from '../../api/custom-fields';
import { FollowUpTimeline } from '../../follow-ups/FollowUpTimeline';
import { CustomerDeals } from '../../deals/CustomerDeals';
import { CustomerContracts } from '../../contracts/CustomerContracts';
import { AssessmentSection } from './AssessmentSection';
import { BasicSection } from './BasicSection';
import { CardHeader } from './CardHeader';
import { ContactsSection } from './ContactsSection';
import { CustomSection } from './CustomSection';
import { DuplicatesAlert } from './DuplicatesAlert';
import { HistorySection } from './HistorySection';
import { NeedsSection } from './NeedsSection';
import { RelatedSection } from './RelatedSection';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card title={title} size="small" className="keyi-card-section" id={id}>
      {children}
    </Card>
  );
}

/** 客户详细信息卡片: the whole customer on one page, each part editable where it is shown. */
export function CustomerCardPage() {
  const t = useT();
  const s = t.customers.card.sections;
  const isPhone = useIsPhone();
  const id = useParams().id ?? '';
  const query = useQuery({ queryKey: customerKey(id), queryFn: () => getCustomer(id) });
  const hasCustom = useCustomFields().fields.length > 0;

  if (query.isPending) return <SectionLoading rows={10} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404)
      return (
        <Result
          status="404"
          title={t.customers.card.notFound}
          extra={
            <Link to="/customers">
              <Button type="primary">{t.customers.card.back}</Button>
            </Link>
          }
        />
      );
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const customer = query.data;
  const sections = {
    basic: (
      <Section key="basic" id="basic" title={s.basic}>
        <BasicSection customer={customer} />
      </Section>
    ),
    custom: hasCustom ? (
      <Section key="custom" id="custom" title={t.customers.fields.custom}>
        <CustomSection customer={customer} />
      </Section>
    ) : null,
    needs: (
      <Section key="needs" id="needs" title={s.needs}>
        <NeedsSection customer={customer} />
      </Section>
    ),
    contacts: (
      <Section key="contacts" id="contacts" title={s.contacts}>
        <ContactsSection customer={customer} />
      </Section>
    ),
    followUps: (
      <Section key="followUps" id="follow-ups" title={s.followUps}>
        <FollowUpTimeline customer={customer} />
      </Section>
    ),
    assessment: (
      <Section key="assessment" id="assessment" title={s.assessment}>
        <AssessmentSection customer={customer} stacked={!isPhone} />
      </Section>
    ),
    deals: (
      <Section key="deals" id="deals" title={t.deals.customerSection.title}>
        <CustomerDeals customer={customer} />
      </Section>
    ),
    contracts: (
      <Section key="contracts" id="contracts" title={t.contracts.section}>
        <CustomerContracts customerId={customer.id} />
      </Section>
    ),
    related: (
      <Section key="related" id="related" title={s.related}>
        <RelatedSection customer={customer} />
      </Section>
    ),
    history: (
      <Section key="history" id="history" title={s.history}>
        <HistorySection customerId={customer.id} />
      </Section>
    ),
  };

  return (
    <div className="keyi-customer-page">
      <CardHeader customer={customer} />
      <DuplicatesAlert customer={customer} />
      {isPhone ? (
        <div className="keyi-card-stack">
          {[
            sections.contacts,
            sections.assessment,
            sections.basic,
            sections.custom,
            sections.needs,
            sections.followUps,
            sections.deals,
            sections.contracts,
            sections.related,
            sections.history,
          ]}
        </div>
      ) : (
        <Row gutter={16}>
          <Col span={15} className="keyi-card-stack">
            {[
              sections.basic,
              sections.custom,
              sections.needs,
              sections.contacts,
              sections.followUps,
              sections.contracts,
            ]}
          </Col>
          <Col span={9} className="keyi-card-stack">
            {[sections.assessment, sections.deals, sections.related, sections.history]}
          </Col>
        </Row>
      )}
    </div>
  );
}
