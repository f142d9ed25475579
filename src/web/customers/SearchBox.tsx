import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useDebounced } from '../components/useDebounced';
import { useT } from '../i18n/I18nProvider';

/** The list's own search (name, number, phone, pinyin); typed text reaches the server after a short pause. */
export function SearchBox(props: { value: string; onChange: (q: string) => void; width?: number | string }) {
  const { value, onChange, width } = props;
  const t = useT();
  const [text, setText] = useState(value);
  const debounced = useDebounced(text.trim(), 300);
  // A view or "clear filters" changes the address: show what it says.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  useEffect(() => {
    if (debounced !== value) onChange(debounced);
    // Only a change in what the person typed should search; the address changing is handled above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return (
    <Input
      prefix={<SearchOutlined />}
      allowClear
      placeholder={t.customers.filters.search}
      aria-label={t.customers.filters.search}
      value={text}
      onChange={(e) => setText(e.target.value)}
      style={{ width: width ?? 260 }}
    />
  );
}
