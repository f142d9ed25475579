import { RightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useEffect, useRef } from 'react';
import type { TSearchGroup, TSearchItem } from '../api/search';
import { lookup, useT } from '../i18n/I18nProvider';

interface Props {
  groups: TSearchGroup[];
  activeIndex: number;
  onHover: (index: number) => void;
  onOpen: (item: TSearchItem) => void;
}

/** Grouped results; indexes run across groups so ↑↓ moves through the list as one. */
export function SearchResults({ groups, activeIndex, onHover, onOpen }: Props) {
  const t = useT();
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const visible = groups.filter((group) => group.items.length > 0);
  // Where each group's items start in the flat ↑↓ order.
  const offsets = visible.map((_, i) => visible.slice(0, i).reduce((n, g) => n + g.items.length, 0));
  return (
    <div ref={listRef} role="listbox" id="keyi-search-results" className="keyi-search-results">
      {visible.map((group, groupIndex) => (
        <div key={group.type} role="group" aria-label={lookup(t.search.groups, group.type) ?? group.type}>
          <div className="keyi-search-group">{lookup(t.search.groups, group.type) ?? group.type}</div>
          {group.items.map((item, i) => {
            const itemIndex = (offsets[groupIndex] ?? 0) + i;
            const active = itemIndex === activeIndex;
            return (
              <div
                key={`${group.type}:${item.id}`}
                id={`keyi-search-item-${itemIndex}`}
                role="option"
                aria-selected={active}
                className={`keyi-search-item${active ? ' is-active' : ''}`}
                onMouseMove={() => onHover(itemIndex)}
                onClick={() => onOpen(item)}
              >
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Typography.Text strong ellipsis style={{ display: 'block' }}>
                    {item.title}
                  </Typography.Text>
                  {item.subtitle && (
                    <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                      {item.subtitle}
                    </Typography.Text>
                  )}
                </div>
                {active && <RightOutlined style={{ color: 'var(--keyi-brand)' }} />}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
