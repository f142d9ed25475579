import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer } from 'antd';
import { useState } from 'react';
import type { TCustomerQuery } from '../api/customers';
import { useT } from '../i18n/I18nProvider';
import { FilterFields, MORE_FILTERS } from './FilterFields';
import { countSet } from './listQuery';

/** The less used filters (source, industry, tag, city, first contact) in a side drawer. */
export function MoreFilters(props: { query: TCustomerQuery; onChange: (query: TCustomerQuery) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const count = countSet(props.query, MORE_FILTERS);
  return (
    <>
      <Badge count={count} size="small">
        <Button icon={<FilterOutlined />} onClick={() => setOpen(true)}>
          {t.customers.filters.more}
        </Button>
      </Badge>
      <Drawer open={open} onClose={() => setOpen(false)} title={t.customers.filters.more} size={380}>
        <FilterFields {...props} layout="stack" only={MORE_FILTERS} />
      </Drawer>
    </>
  );
}
