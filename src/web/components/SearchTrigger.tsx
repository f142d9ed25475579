import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../i18n/I18nProvider';

/** The header's search box: it only opens the palette, where the typing happens. */
export function SearchTrigger({ compact, onOpen }: { compact: boolean; onOpen: () => void }) {
  const t = useT();
  if (compact) {
    return (
      <Button
        type="text"
        shape="circle"
        icon={<SearchOutlined />}
        aria-label={t.header.search}
        onClick={onOpen}
      />
    );
  }
  return (
    <button type="button" className="keyi-search-trigger" onClick={onOpen} aria-label={t.header.search}>
      <SearchOutlined />
      <span className="keyi-search-trigger-text">{t.header.searchPlaceholder}</span>
      <kbd className="keyi-kbd">Ctrl K</kbd>
    </button>
  );
}
