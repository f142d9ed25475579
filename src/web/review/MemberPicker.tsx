import { Select } from 'antd';
import { useState } from 'react';
import { useDebounced } from '../components/useDebounced';
import { useMembers } from '../settings/useMembers';

/** Whose numbers to look at; only shown to those who may look at others'. */
export function MemberPicker({
  value,
  onChange,
  placeholder,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  placeholder: string;
}) {
  const [q, setQ] = useState('');
  const members = useMembers(useDebounced(q, 250));
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      style={{ minWidth: 160 }}
      placeholder={placeholder}
      value={value}
      onChange={(id) => onChange(id ?? null)}
      options={members.items.map((m) => ({ value: m.id, label: m.name }))}
      loading={members.isFetching}
    />
  );
}
