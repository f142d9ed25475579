import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Empty, Input, Modal, Spin, type InputRef } from 'antd';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { search, type TSearchItem } from '../api/search';
import { useT } from '../i18n/I18nProvider';
import { SearchResults } from './SearchResults';
import { useDebounced } from './useDebounced';
import { useIsPhone } from './useIsPhone';

export function SearchPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const inputRef = useRef<InputRef>(null);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const term = useDebounced(q.trim(), 200);

  const results = useQuery({
    queryKey: ['search', term],
    queryFn: ({ signal }) => search(term, signal),
    enabled: open && term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  const groups = useMemo(() => (term ? (results.data?.groups ?? []) : []), [term, results.data]);
  const items = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const activeIndex = Math.min(active, Math.max(items.length - 1, 0));

  function close() {
    onClose();
    setQ('');
    setActive(0);
  }

  function openItem(item: TSearchItem) {
    close();
    if (item.url.startsWith('/')) navigate(item.url);
    else window.location.assign(item.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      const item = items[activeIndex];
      if (item) openItem(item);
    }
  }

  let body;
  if (!term) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.search.hint} />;
  else if (results.isError)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.search.failed} />;
  else if (results.isPending) body = <Spin style={{ display: 'block', padding: 32 }} />;
  else if (items.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.search.empty(term)} />;
  else
    body = <SearchResults groups={groups} activeIndex={activeIndex} onHover={setActive} onOpen={openItem} />;

  return (
    <Modal
      open={open}
      onCancel={close}
      footer={null}
      closable={false}
      title={null}
      width={isPhone ? 'calc(100vw - 16px)' : 640}
      style={{ top: isPhone ? 8 : 80, maxWidth: 'calc(100vw - 16px)' }}
      styles={{ container: { padding: 0 } }}
      afterOpenChange={(visible) => visible && inputRef.current?.focus()}
      destroyOnHidden
    >
      <div className="keyi-search-input">
        <Input
          ref={inputRef}
          size="large"
          variant="borderless"
          prefix={<SearchOutlined />}
          placeholder={t.search.placeholder}
          aria-label={t.search.title}
          aria-controls="keyi-search-results"
          aria-activedescendant={items.length ? `keyi-search-item-${activeIndex}` : undefined}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          allowClear
          autoFocus
        />
      </div>
      <div className="keyi-search-body">{body}</div>
      {!isPhone && (
        <div className="keyi-search-footer">
          <span>
            <kbd className="keyi-kbd">↑</kbd>
            <kbd className="keyi-kbd">↓</kbd> {t.search.navigate}
          </span>
          <span>
            <kbd className="keyi-kbd">Enter</kbd> {t.search.open}
          </span>
          <span>
            <kbd className="keyi-kbd">Esc</kbd> {t.search.close}
          </span>
        </div>
      )}
    </Modal>
  );
}
