import { Card } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { bottomNavItems, sideNavItems } from './nav';

/** On a phone, the modules the bottom bar has no room for (日历, 商机, 交付与收款 …), one tap away from "me". */
export function PhoneModules() {
  const t = useT();
  const inBar = new Set(bottomNavItems(t).map((item) => item.key));
  const items = sideNavItems(t).filter((item) => !inBar.has(item.key));
  return (
    <Card styles={{ body: { padding: 8 } }}>
      <nav aria-label={t.nav.more} className="keyi-phone-modules">
        {items.map((item) => (
          <Link key={item.key} to={item.path} className="keyi-phone-module">
            <span className="keyi-phone-module-icon">{item.icon}</span>
            <span>{item.label}</span>
          </Link>
        ))}
      </nav>
    </Card>
  );
}
