import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import type { Role } from '../../gql/graphql';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { DisableUserMutation, EnableUserMutation, SetUserRolesMutation } from './queries';
import { RoleChecks, STAFF_ROLES } from './RoleChecks';
import { UnitSelect } from './UnitSelect';

export interface EditedUser { userName: string; displayName: string; roles: Role[]; unit?: string | null; disabled: boolean }

// One user's roles and unit scope, and disabling or enabling the account.
export function UserEditor({ user, onChanged, onClose }: { user: EditedUser; onChanged: (change: Partial<EditedUser>) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(user.roles.filter((role) => STAFF_ROLES.includes(role)));
  const [unit, setUnit] = useState(user.unit ?? '');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, save] = useMutation(SetUserRolesMutation);
  const [disabling, disable] = useMutation(DisableUserMutation);
  const [enabling, enable] = useMutation(EnableUserMutation);
  const byField = errorsByField(errors, ['roles', 'unit', 'userName']);
  const described = (field: string) => (byField.has(field) ? `edit-${field}-error` : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const payload = (await save({ input: { userName: user.userName, roles, unit: unit || null } })).data?.setUserRoles;
    setErrors(payload?.errors ?? []);
    if (payload?.user) { setNotice(t('users.saved', { name: user.displayName })); onChanged({ roles: payload.user.roles, unit: payload.user.unit }); }
  };
  const toggle = async () => {
    setNotice(null);
    const input = { userName: user.userName };
    const payload = user.disabled ? (await enable({ input })).data?.enableUser : (await disable({ input })).data?.disableUser;
    setErrors(payload?.errors ?? []);
    if (payload?.user) {
      setNotice(t(payload.user.disabled ? 'users.disabledNotice' : 'users.enabledNotice', { name: user.displayName }));
      onChanged({ disabled: payload.user.disabled });
    }
  };
  const failure = saving.error ?? disabling.error ?? enabling.error;

  return (
    <section className="panel" aria-labelledby="user-edit-heading" data-testid="user-editor">
      <h2 id="user-edit-heading">{t('users.editOf', { name: `${user.displayName} (${user.userName})` })}</h2>
      <form className="form" onSubmit={submit} noValidate>
        {failure && <p className="form-errors" role="alert">{t('users.networkError', { message: failure.message })}</p>}
        {notice && <p className="notice" role="status" data-testid="user-notice">{notice}</p>}
        <FieldErrors id="edit-userName-error" errors={byField.get('userName') ?? byField.get('')} prefix="users" />
        <RoleChecks roles={roles} onChange={setRoles} invalid={byField.has('roles') || undefined} describedBy={described('roles')} prefix="edit" />
        <FieldErrors id="edit-roles-error" errors={byField.get('roles')} prefix="users" />
        <label className="field">
          <span>{t('users.unit')}</span>
          <UnitSelect value={unit} onChange={setUnit} invalid={byField.has('unit') || undefined} describedBy={described('unit')} testId="edit-unit" />
          <FieldErrors id="edit-unit-error" errors={byField.get('unit')} prefix="users" />
        </label>
        <div className="form-row">
          <button type="submit" className="button button-primary" disabled={saving.fetching} data-testid="edit-submit">
            {saving.fetching ? t('users.saving') : t('users.saveRoles')}
          </button>
          <button type="button" className="button" onClick={() => void toggle()} data-testid="edit-toggle" disabled={disabling.fetching || enabling.fetching}>
            {user.disabled ? t('users.enable') : t('users.disable')}
          </button>
          <button type="button" className="button" onClick={onClose}>{t('users.close')}</button>
        </div>
      </form>
    </section>
  );
}
