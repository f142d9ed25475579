import { Descriptions } from 'antd';
import type { TCustomer } from '../../../domain/customer';
import { useCustomFields } from '../../api/custom-fields';
import { useCan } from '../../auth/session';
import { useIsPhone } from '../../components/useIsPhone';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { customDisplay, customEditor, fromEditorValue, toEditorValue } from '../customFieldUi';
import { InlineField } from './InlineField';
import { useCustomerPatch } from './useCustomerPatch';

/** 自定义字段 defined for the workspace, edited in place; only the changed field is sent. */
export function CustomSection({ customer }: { customer: TCustomer }) {
  const t = useT();
  const [locale] = useLocale();
  const can = useCan();
  const isPhone = useIsPhone();
  const custom = useCustomFields();
  const patch = useCustomerPatch(customer);
  const items = custom.fields.map((field) => {
    const options = custom.options(field);
    const value = customer.custom[field.key];
    return {
      key: field.key,
      label: custom.label(field),
      span: field.type === 'longText' && !isPhone ? 2 : 1,
      children: (
        <InlineField
          label={custom.label(field)}
          display={customDisplay(field, value, options, t, locale)}
          value={toEditorValue(field, value)}
          editor={customEditor(field, options, t)}
          canEdit={can('customers.write')}
          onSave={(v) => patch({ custom: { [field.key]: fromEditorValue(field, v) } })}
        />
      ),
    };
  });
  return <Descriptions column={isPhone ? 1 : 2} size="small" className="keyi-card-fields" items={items} />;
}
