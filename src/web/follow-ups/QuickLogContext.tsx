import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { QuickLogModal } from './QuickLogModal';

export interface TCustomerRef {
  id: string;
  name: string;
  number: string;
}

const QuickLogContext = createContext<(customer?: TCustomerRef) => void>(() => {});

/** Opens the quick log from anywhere: the `n` key, the phone's floating button, a customer's card. */
export function QuickLogProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [customer, setCustomer] = useState<TCustomerRef | null>(null);
  const openQuickLog = useCallback((c?: TCustomerRef) => {
    setCustomer(c ?? null);
    setOpen(true);
  }, []);
  const value = useMemo(() => openQuickLog, [openQuickLog]);
  return (
    <QuickLogContext.Provider value={value}>
      {children}
      {open && <QuickLogModal customer={customer} onClose={() => setOpen(false)} />}
    </QuickLogContext.Provider>
  );
}

export function useQuickLog(): (customer?: TCustomerRef) => void {
  return useContext(QuickLogContext);
}
