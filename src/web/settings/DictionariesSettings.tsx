import { useQuery } from '@tanstack/react-query';
import { Flex, Menu, Select, Typography } from 'antd';
import { useState } from 'react';
import { DICTIONARIES, type TDictionary } from '../../domain/dictionaries';
import { dictionariesKey, getDictionaries } from '../api/dictionaries';
import { LoadError } from '../components/LoadError';
import { SectionLoading } from '../components/PageLoading';
import { useIsPhone } from '../components/useIsPhone';
import { useT } from '../i18n/I18nProvider';
import { DictionaryEntries } from './DictionaryEntries';
import { SettingsBlock } from './SettingsBlock';

/** 设置 → 字典: the workspace's choices for every drop-down, one dictionary at a time. */
export function DictionariesSettings() {
  const t = useT();
  const d = t.dictionaries;
  const isPhone = useIsPhone();
  const [dictionary, setDictionary] = useState<TDictionary>('sourceChannel');
  const query = useQuery({ queryKey: dictionariesKey, queryFn: getDictionaries });

  if (query.isError && !query.data)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <SectionLoading />;
  const entries = query.data[dictionary] ?? [];
  const items = DICTIONARIES.map((key) => ({ key, label: d.names[key] }));

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {d.intro}
      </Typography.Paragraph>
      {isPhone ? (
        <>
          <Select
            aria-label={d.pick}
            value={dictionary}
            onChange={setDictionary}
            options={items.map((i) => ({ value: i.key, label: i.label }))}
            style={{ width: '100%', marginBottom: 12 }}
          />
          <SettingsBlock title={d.names[dictionary]}>
            <DictionaryEntries dictionary={dictionary} entries={entries} />
          </SettingsBlock>
        </>
      ) : (
        <Flex gap={24} align="flex-start">
          <Menu
            aria-label={d.pick}
            mode="inline"
            selectedKeys={[dictionary]}
            onClick={({ key }) => setDictionary(key as TDictionary)}
            items={items}
            style={{ width: 200, flex: 'none' }}
          />
          <div style={{ flex: 1, minWidth: 0 }}>
            <SettingsBlock title={d.names[dictionary]}>
              <DictionaryEntries key={dictionary} dictionary={dictionary} entries={entries} />
            </SettingsBlock>
          </div>
        </Flex>
      )}
    </>
  );
}
