import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { seesProgramme } from '../lib/roles';
import { useSession } from './session';

// Programme screens are for program_manager and city_admin; other roles get a page that says so.
export function RoleGate({ children }: { children: ReactNode }) {
  const { roles } = useSession();
  const { t } = useTranslation();
  if (seesProgramme(roles)) return <>{children}</>;
  return (
    <section className="placeholder" data-testid="no-screens">
      <h1>{t('state.noScreens')}</h1>
      <p>{t('state.noScreensText')}</p>
    </section>
  );
}
