import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { screensFor, seesProgramme, type Role } from '../lib/roles';
import { useSession } from './session';

function NoScreens() {
  const { t } = useTranslation();
  return (
    <section className="placeholder" data-testid="no-screens">
      <h1>{t('state.noScreens')}</h1>
      <p>{t('state.noScreensText')}</p>
    </section>
  );
}

// A screen opens for the roles `allows` admits (the programme's by default); other roles get a page that says so.
export function RoleGate({ children, allows = seesProgramme }: { children: ReactNode; allows?: (roles: readonly Role[]) => boolean }) {
  const { roles } = useSession();
  return allows(roles) ? <>{children}</> : <NoScreens />;
}

/** The console's root: the first screen of the person's roles. */
export function Landing() {
  const [first] = screensFor(useSession().roles);
  return first ? <Navigate to={first} replace /> : <NoScreens />;
}
