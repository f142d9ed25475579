import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { customerKey, getCustomer } from '../../api/customers';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { SectionLoading } from '../../components/PageLoading';
import { useT } from '../../i18n/I18nProvider';
import { CustomerForm } from './CustomerForm';

export function CustomerNewPage() {
  const t = useT();
  return (
    <div className="keyi-form-page">
      <PageHeader title={t.customers.form.newTitle} />
      <CustomerForm />
    </div>
  );
}

export function CustomerEditPage() {
  const t = useT();
  const id = useParams().id ?? '';
  const customer = useQuery({ queryKey: customerKey(id), queryFn: () => getCustomer(id) });
  if (customer.isError) return <LoadError error={customer.error} onRetry={() => void customer.refetch()} />;
  if (!customer.data) return <SectionLoading rows={8} />;
  return (
    <div className="keyi-form-page">
      <PageHeader title={t.customers.form.editTitle(customer.data.name)} />
      <CustomerForm key={customer.data.id} customer={customer.data} />
    </div>
  );
}
