import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';

export const STAFF_ROLES: Role[] = ['CITY_ADMIN', 'OFFICER', 'PROGRAM_MANAGER'];

export function RoleChecks({ roles, onChange, invalid, describedBy, prefix }: {
  roles: Role[]; onChange: (roles: Role[]) => void; invalid?: boolean; describedBy?: string; prefix: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset aria-invalid={invalid} aria-describedby={describedBy} data-testid={`${prefix}-roles`}>
      <legend>{t('users.roles')}</legend>
      {STAFF_ROLES.map((role) => (
        <label key={role} className="check">
          <input type="checkbox" checked={roles.includes(role)} data-testid={`${prefix}-role-${role}`}
            onChange={(event) => onChange(event.target.checked ? [...roles, role] : roles.filter((current) => current !== role))} />
          {t(`users.role_${role}`)}
        </label>
      ))}
    </fieldset>
  );
}
