import { Alert, Card, Form } from 'antd';
import { useNavigate } from 'react-router';
import type { TCustomer } from '../../../domain/customer';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/I18nProvider';
import { AssessmentFields } from './AssessmentFields';
import { useCustomFields } from '../../api/custom-fields';
import { BasicFields } from './BasicFields';
import { CustomInputs } from './CustomInputs';
import { ContactsFields } from './ContactsFields';
import { fromCustomer, newCustomerValues, type TFormValues } from './formValues';
import { NeedsFields } from './NeedsFields';
import { SaveFooter } from './SaveFooter';
import { useDuplicateCheck } from './useDuplicateCheck';
import { useSaveCustomer } from './useSaveCustomer';

/**
 * New customer (no `customer`) or edit one. Contacts are entered here for a new customer; an existing customer's
 * contacts are edited on its card, one at a time, so a half-saved contact list cannot happen.
 */
export function CustomerForm({ customer }: { customer?: TCustomer }) {
  const t = useT();
  const s = t.customers.form.sections;
  const navigate = useNavigate();
  const { user } = useSession();
  const [form] = Form.useForm<TFormValues>();
  const { submit, saveAnyway, pending, saving, original } = useSaveCustomer(form, customer);
  const duplicates = useDuplicateCheck(form, original?.id);
  const custom = useCustomFields();

  return (
    <Form<TFormValues>
      form={form}
      layout="vertical"
      initialValues={customer ? fromCustomer(customer, custom.fields) : newCustomerValues(user.id)}
      onFinish={(values) => submit(values)}
      onFinishFailed={({ errorFields }) => {
        const first = errorFields[0];
        if (first) form.scrollToField(first.name, { block: 'center' });
      }}
      scrollToFirstError={false}
      className="keyi-customer-form"
    >
      <Card title={s.basic} className="keyi-form-section">
        <BasicFields customer={original} />
      </Card>
      <Card title={s.contacts} className="keyi-form-section">
        {original ? (
          <Alert type="info" showIcon title={t.customers.form.contactsOnCard} />
        ) : (
          <ContactsFields />
        )}
      </Card>
      <Card title={s.assessment} className="keyi-form-section">
        <AssessmentFields />
      </Card>
      <Card title={s.needs} className="keyi-form-section">
        <NeedsFields />
      </Card>
      {custom.fields.length > 0 && (
        <Card title={t.customers.fields.custom} className="keyi-form-section">
          <CustomInputs />
        </Card>
      )}
      <SaveFooter
        live={duplicates.data ?? []}
        checking={duplicates.isFetching}
        pending={pending}
        saving={saving}
        onSaveAnyway={saveAnyway}
        onCancel={() => navigate(original ? `/customers/${original.id}` : '/customers')}
      />
    </Form>
  );
}
