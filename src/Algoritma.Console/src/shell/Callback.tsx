import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { userManager } from '../lib/auth';
import { ErrorState, Loading } from '../components/States';

// The authorization server redirects here with the code; the state carries the route the user asked for.
export function Callback() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    userManager.signinRedirectCallback()
      .then((user) => {
        const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo ?? '/';
        navigate(returnTo, { replace: true });
      })
      .catch(() => setFailed(true));
  }, [navigate]);

  return (
    <main id="main" className="callback">
      {failed ? <ErrorState onRetry={() => navigate('/', { replace: true })} /> : <Loading label={t('app.signingIn')} />}
    </main>
  );
}
