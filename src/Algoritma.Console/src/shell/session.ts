import { createContext, useContext } from 'react';
import type { User } from 'oidc-client-ts';
import type { Role } from '../lib/roles';

export interface Session {
  user: User;
  name: string;
  roles: Role[];
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside RequireSession');
  return session;
}
