import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { seesProgramme, type Role } from '../lib/roles';
import { useSession } from './session';

// Each screen names who sees it (the programme screens by default: program_manager and city_admin); other roles get
// a page that says so.
export function RoleGate({ children, sees = seesProgramme }: { children: ReactNode; sees?: (roles: readonly Role[]) => boolean }) {
  const { roles } = useSession();
  const { t } = useTranslation();
  if (sees(roles)) return <>{children}</>;
  return (
    <section className="placeholder" data-testid="no-screens">
      <h1>{t('state.noScreens')}</h1>
      <p>{t('state.noScreensText')}</p>
    </section>
  );
}
