import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { config } from '../lib/config';
import { signOut } from '../lib/auth';
import { seesCityAdmin, seesProgramme } from '../lib/roles';
import { useSession } from './session';

const programmeScreens = ['overview', 'units', 'citizens', 'satisfaction', 'campaigns'] as const;
const cityAdminScreens = ['regions', 'catalog', 'users', 'clients'] as const;

export function Shell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const screens = [...(seesProgramme(session.roles) ? programmeScreens : []), ...(seesCityAdmin(session.roles) ? cityAdminScreens : [])];

  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <header className="header">
        <div className="brand">
          <span className="brand-app">{t('app.title')}</span>
          <span className="brand-tenant" data-testid="tenant-name">{config.tenantName}</span>
        </div>
        {screens.length > 0 && (
          <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}>
            {t('app.menu')}
          </button>
        )}
        <div className="header-tools">
          <span className="user" data-testid="user-name">{session.name}</span>
          <label className="language">
            <span className="visually-hidden">{t('app.language')}</span>
            <select value={i18n.language.startsWith('en') ? 'en' : 'id'} data-testid="language"
              onChange={(event) => void i18n.changeLanguage(event.target.value)}>
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="button" className="button" onClick={() => void signOut()}>{t('app.signOut')}</button>
        </div>
      </header>
      {screens.length > 0 && (
        <nav id="main-nav" className={menuOpen ? 'nav open' : 'nav'} aria-label={t('app.nav')}>
          <ul>
            {screens.map((screen) => (
              <li key={screen}>
                <NavLink to={`/${screen}`} data-testid={`nav-${screen}`}>{t(`nav.${screen}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
