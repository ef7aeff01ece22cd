import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import type { Role } from '../../gql/graphql';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { CreateUserMutation } from './queries';
import { RoleChecks } from './RoleChecks';
import { UnitSelect } from './UnitSelect';

const FIELDS = ['userName', 'displayName', 'email', 'roles', 'unit', 'password'];

// A new staff account; errors beside their fields, nothing typed lost; on success the list names it.
export function CreateUserForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [userName, setUserName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['OFFICER']);
  const [unit, setUnit] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [result, create] = useMutation(CreateUserMutation);
  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `user-${field}-error` : undefined);
  const invalid = (field: string) => byField.has(field) || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { userName, displayName, email: email || null, roles, unit: unit || null, password } });
    const payload = answer.data?.createUser;
    setErrors(payload?.errors ?? []);
    if (payload?.user) navigate(`..?created=${encodeURIComponent(payload.user.userName ?? '')}`);
  };

  const text = (field: string, value: string, set: (next: string) => void, type = 'text', hint?: string) => (
    <label className="field">
      <span>{t(`users.${field}`)}</span>
      <input type={type} value={value} onChange={(event) => set(event.target.value)} data-testid={`user-${field}`}
        autoComplete={type === 'password' ? 'new-password' : 'off'} aria-invalid={invalid(field)} aria-describedby={described(field) ?? (hint ? `user-${field}-hint` : undefined)} />
      {hint && <span className="hint" id={`user-${field}-hint`}>{hint}</span>}
      <FieldErrors id={`user-${field}-error`} errors={byField.get(field)} prefix="users" />
    </label>
  );

  return (
    <section data-testid="screen-user-new">
      <p><Link to="..">{t('users.title')}</Link></p>
      <h1>{t('users.create')}</h1>
      <form className="form" onSubmit={submit} noValidate data-testid="user-form" aria-label={t('users.create')}>
        {result.error && <p className="form-errors" role="alert">{t('users.networkError', { message: result.error.message })}</p>}
        {byField.get('') && <FieldErrors id="user-other-error" errors={byField.get('')} prefix="users" />}
        <div className="form-row">
          {text('userName', userName, setUserName)}
          {text('displayName', displayName, setDisplayName)}
          {text('email', email, setEmail, 'email')}
        </div>
        <RoleChecks roles={roles} onChange={setRoles} invalid={invalid('roles')} describedBy={described('roles')} prefix="user" />
        <FieldErrors id="user-roles-error" errors={byField.get('roles')} prefix="users" />
        <label className="field">
          <span>{t('users.unit')}</span>
          <UnitSelect value={unit} onChange={setUnit} invalid={invalid('unit')} describedBy={described('unit') ?? 'user-unit-hint'} testId="user-unit" />
          <span className="hint" id="user-unit-hint">{t('users.unitHint')}</span>
          <FieldErrors id="user-unit-error" errors={byField.get('unit')} prefix="users" />
        </label>
        {text('password', password, setPassword, 'password', t('users.passwordHint'))}
        <button type="submit" className="button button-primary" disabled={result.fetching} data-testid="user-submit">
          {result.fetching ? t('users.saving') : t('users.createSubmit')}
        </button>
      </form>
    </section>
  );
}
