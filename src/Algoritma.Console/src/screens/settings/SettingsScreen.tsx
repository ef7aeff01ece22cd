import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/States';
import { addScreenWords } from '../../lib/words';
import '../admin/admin.css';
import { OriginsForm } from './OriginsForm';
import { SettingsForm } from './SettingsForm';
import { TenantSettingsQuery } from './queries';
import { settingsWords } from './words';
import './settings.css';

addScreenWords(settingsWords);

// Pengaturan: the city's own settings and its browser origins. A tenant from tenants-config/ says that the file
// wins at the next `tenants apply`, so that nobody is surprised when a console edit is reverted.
export default function SettingsScreen() {
  const { t } = useTranslation();
  const [result, refresh] = useQuery({ query: TenantSettingsQuery, requestPolicy: 'network-only' });
  const [saved, setSaved] = useState(false);
  const reload = () => {
    setSaved(false);
    refresh({ requestPolicy: 'network-only' });
  };
  const tenant = result.data?.tenant;

  return (
    <section data-testid="screen-settings">
      <h1>{t('settings.title')}</h1>
      <p className="hint">{t('settings.intro')}</p>
      {result.error && !result.data ? <ErrorState onRetry={reload} detail={result.error.message} />
        : !tenant || !result.data ? <Loading />
          : (
            <>
              {tenant.source === 'config' && <p className="notice" data-testid="settings-from-file">{t('settings.fromFile', { slug: tenant.slug })}</p>}
              <SettingsForm key={tenant.settingsVersion} tenant={tenant} onReload={reload}
                saved={saved} onSaved={(version) => setSaved(version !== null)} />
              <OriginsForm configured={tenant.configuredOrigins} inForce={result.data.allowedOrigins} onSaved={reload} />
            </>
          )}
    </section>
  );
}
