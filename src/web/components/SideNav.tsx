import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { activeNavKey, sideNavItems } from './nav';

export function SideNav() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = sideNavItems(t);
  return (
    <Menu
      mode="inline"
      aria-label={t.nav.mainMenu}
      selectedKeys={[activeNavKey(pathname, items)]}
      items={items.map((item) => ({ key: item.key, icon: item.icon, label: item.label }))}
      onClick={({ key }) => {
        const item = items.find((i) => i.key === key);
        if (item) navigate(item.path);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
