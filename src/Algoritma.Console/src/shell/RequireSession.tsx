import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import type { User } from 'oidc-client-ts';
import { graphql } from '../gql';
import { currentUser, signIn, userManager } from '../lib/auth';
import type { Role } from '../lib/roles';
import { ErrorState, Loading } from '../components/States';
import { SessionContext } from './session';

const MeQuery = graphql(`
  query ConsoleMe {
    me { subject name tenant roles }
  }
`);

// Signs in through the platform's login page when there is no usable session, then asks the API who we are.
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { t } = useTranslation();
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void currentUser().then((found) => {
      if (!active) return;
      if (found) setUser(found);
      else void signIn(location.pathname + location.search);
    });
    const onLoaded = (loaded: User) => setUser(loaded);
    userManager.events.addUserLoaded(onLoaded);
    return () => { active = false; userManager.events.removeUserLoaded(onLoaded); };
  }, []);

  if (!user) return <Loading label={t('app.signingIn')} />;
  return <WithCaller user={user}>{children}</WithCaller>;
}

function WithCaller({ user, children }: { user: User; children: ReactNode }) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (error || !data?.me) return <ErrorState onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const session = {
    user,
    name: data.me.name ?? user.profile.name ?? user.profile.sub,
    roles: data.me.roles as Role[],
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
