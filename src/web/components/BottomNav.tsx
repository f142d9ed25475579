import { NavLink, useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { activeNavKey, bottomNavItems } from './nav';

/** Phone navigation at thumb height; real links so they work with a screen reader and a long press. */
export function BottomNav() {
  const t = useT();
  const { pathname } = useLocation();
  const items = bottomNavItems(t);
  const active = activeNavKey(pathname, items);
  return (
    <nav className="keyi-bottom-nav" aria-label={t.nav.mainMenu}>
      {items.map((item) => (
        <NavLink
          key={item.key}
          to={item.path}
          className={`keyi-bottom-nav-item${item.key === active ? ' is-active' : ''}`}
          aria-current={item.key === active ? 'page' : undefined}
        >
          <span className="keyi-bottom-nav-icon">{item.icon}</span>
          <span className="keyi-bottom-nav-label">{item.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
