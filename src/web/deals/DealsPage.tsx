import { PlusOutlined } from '@ant-design/icons';
import { Button, FloatButton, Segmented } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { TDeal } from '../../domain/deal';
import type { TDealQuery } from '../api/deals';
import { useCan } from '../auth/session';
import { PageHeader } from '../components/PageHeader';
import { ImportLink } from '../customers/import/ImportLink';
import { useIsPhone } from '../components/useIsPhone';
import { useKeyShortcut } from '../customers/useKeyShortcut';
import { useT } from '../i18n/I18nProvider';
import { DealBoard } from './DealBoard';
import { DealFilters } from './DealFilters';
import { DealFormModal } from './DealFormModal';
import { DealList } from './DealList';
import { readDealQuery, writeDealQuery, type TDealView } from './dealQuery';
import './deals.css';

/** 商机: the board (default) or the list, with the same filters; "c" starts a new deal. */
export function DealsPage() {
  const t = useT();
  const can = useCan();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { view, query } = readDealQuery(params);
  const [creating, setCreating] = useState(false);
  const [count, setCount] = useState<{ n: number; capped: boolean } | null>(null);
  const onCount = useCallback((n: number, capped: boolean) => setCount({ n, capped }), []);
  const set = (nextView: TDealView, next: TDealQuery) =>
    setParams(writeDealQuery(nextView, next), { replace: true });
  const canWrite = can('deals.write');
  useKeyShortcut('c', () => canWrite && setCreating(true));

  return (
    <div className="keyi-deals-page">
      <PageHeader
        title={t.deals.title}
        subtitle={view === 'list' && count !== null ? t.deals.count(count.n, count.capped) : undefined}
        extra={
          <>
            <Segmented<TDealView>
              value={view}
              options={[
                { value: 'board', label: t.deals.views.board },
                { value: 'list', label: t.deals.views.list },
              ]}
              onChange={(v) => set(v, query)}
            />
            {canWrite && !isPhone && <ImportLink kind="deals" />}
            {canWrite && !isPhone && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t.deals.new}
              </Button>
            )}
          </>
        }
      />
      <DealFilters query={query} onChange={(next) => set(view, next)} list={view === 'list'} />
      {view === 'board' ? <DealBoard query={query} /> : <DealList query={query} onCount={onCount} />}
      {canWrite && isPhone && (
        <FloatButton
          type="primary"
          icon={<PlusOutlined />}
          aria-label={t.deals.new}
          tooltip={t.deals.new}
          onClick={() => setCreating(true)}
          className="keyi-fab"
        />
      )}
      {creating && (
        <DealFormModal
          deal={null}
          onClose={(deal?: TDeal) => {
            setCreating(false);
            if (deal) void navigate(`/deals/${deal.id}`);
          }}
        />
      )}
    </div>
  );
}
