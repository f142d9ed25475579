import { useIsPhone } from '../components/useIsPhone';
import { ContractsPanel } from './ContractsPanel';

/** 合同与发票 on the customer card: a table each on desktop, cards on a phone. */
export function CustomerContracts({ customerId }: { customerId: string }) {
  const isPhone = useIsPhone();
  return <ContractsPanel filter={{ customerId }} compact={isPhone} />;
}
