import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { dealsKey, getDeal } from '../api/deals';
import { useT } from '../i18n/I18nProvider';
import { ContractsPanel } from './ContractsPanel';

/**
 * 合同与发票 of one deal, in the deal page's narrow column (so always as cards). A new contract starts from the
 * deal: linked to it, with its title and its won (else expected) amount; the deal is read from the page's cache.
 */
export function DealContracts({ dealId, customerId }: { dealId: string; customerId: string }) {
  const t = useT();
  const deal = useQuery({ queryKey: [...dealsKey, dealId], queryFn: () => getDeal(dealId) }).data;
  return (
    <Card title={t.contracts.section} size="small">
      <ContractsPanel
        filter={{ customerId, dealId }}
        compact
        defaults={{
          dealId,
          ...(deal && { title: deal.title, amount: deal.actualAmount ?? deal.expectedAmount }),
        }}
      />
    </Card>
  );
}
