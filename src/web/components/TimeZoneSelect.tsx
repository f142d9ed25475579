import { Select } from 'antd';
import { useMemo } from 'react';
import { lookup, useT } from '../i18n/I18nProvider';
import { utcOffset } from '../i18n/format';

/** Zones our users meet most; China first. Any other valid zone already saved is still shown. */
const COMMON_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Taipei',
  'Asia/Urumqi',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Jakarta',
  'Asia/Manila',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Moscow',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Vancouver',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
];

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}

export function TimeZoneSelect({ id, value, onChange, disabled }: Props) {
  const t = useT();
  const options = useMemo(() => {
    const zones =
      value && !COMMON_TIME_ZONES.includes(value) ? [value, ...COMMON_TIME_ZONES] : COMMON_TIME_ZONES;
    return zones.map((zone) => ({
      value: zone,
      label: `(${utcOffset(zone)}) ${lookup(t.timeZones, zone) ?? zone}`,
    }));
  }, [t, value]);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      disabled={disabled}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
