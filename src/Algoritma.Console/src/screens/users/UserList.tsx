import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { Role, UserListQuery as UserListResult } from '../../gql/graphql';
import { formatInstant } from '../admin/instant';
import { UserListQuery } from './queries';
import { UserEditor } from './UserEditor';
import { usePages, useSettled } from './usePages';

type User = UserListResult['users']['nodes'][number];
const ROLES: Role[] = ['CITY_ADMIN', 'OFFICER', 'PROGRAM_MANAGER', 'CITIZEN'];

// The users a page of 100 at a time ("load more"), filtered by the API by role and by text on user name or name.
export function UserList() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const created = params.get('created');
  const role = ROLES.find((candidate) => candidate === params.get('role')) ?? null;
  const [searchText, setSearch] = useState('');
  const search = useSettled(searchText.trim());
  const [editing, setEditing] = useState<string | null>(null);
  const filter = { role, search: search || null };
  const pages = usePages<User>(JSON.stringify(filter));
  const { after, add } = pages;
  const [result, refresh] = useQuery({ query: UserListQuery, variables: { ...filter, after }, requestPolicy: 'network-only' });

  useEffect(() => {
    if (result.data && !result.stale) add(after, result.data.users.nodes);
  }, [result.data]);

  const users = pages.rows;
  const shown = users;
  const setRole = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('role', value); else next.delete('role');
    setParams(next, { replace: true });
  };
  const editedUser = users.find((user) => user.userName === editing);
  const columns: Column<User>[] = [
    { key: 'userName', header: t('users.userName'), render: (user) => user.userName ?? '—', value: (user) => user.userName ?? null },
    { key: 'displayName', header: t('users.displayName'), render: (user) => user.displayName, value: (user) => user.displayName },
    { key: 'roles', header: t('users.roles'), render: (user) => user.roles.map((role) => t(`users.role_${role}`)).join(', '), value: (user) => user.roles.join(' ') },
    { key: 'unit', header: t('users.unit'), render: (user) => user.unit ?? '—', value: (user) => user.unit ?? null },
    { key: 'status', header: t('users.status'), render: (user) => (user.disabled ? t('users.disabled') : t('users.active')), value: (user) => (user.disabled ? 1 : 0) },
    { key: 'createdAt', header: t('users.createdAt'), render: (user) => formatInstant(user.createdAt, i18n.language), value: (user) => user.createdAt },
    {
      key: 'edit', header: t('users.edit'), render: () => t('users.edit'), value: () => null,
      cell: (user) => (user.userName && user.roles.some((role) => role !== 'CITIZEN')
        ? <button type="button" className="button" data-testid="user-edit" onClick={() => setEditing(user.userName ?? null)}
          aria-label={t('users.editOf', { name: user.displayName })}>{t('users.edit')}</button>
        : null),
    },
  ];
  const reloadAll = () => { pages.reset(); refresh({ requestPolicy: 'network-only' }); };
  // The payload's user as it is now, patched into the loaded pages (a reload would close the editor and its notice).
  const patch = (userName: string, change: Partial<User>) => pages.patch((page) =>
    page.map((user) => (user.userName === userName ? { ...user, ...change } : user)));

  return (
    <section data-testid="screen-users">
      <h1>{t('users.title')}</h1>
      <p className="hint">{t('users.intro')}</p>
      <div className="form-row">
        <Link className="button button-primary" to="new" data-testid="user-create-link">{t('users.create')}</Link>
        <Link className="button" to="audit" data-testid="audit-link">{t('users.audit')}</Link>
      </div>
      <div className="form-row" data-testid="users-filters">
        <label className="field"><span>{t('users.filterRole')}</span>
          <select value={role ?? ''} onChange={(event) => setRole(event.target.value)} data-testid="users-role">
            <option value="">{t('users.allRoles')}</option>
            {ROLES.map((option) => <option key={option} value={option}>{t(`users.role_${option}`)}</option>)}
          </select></label>
        <label className="field"><span>{t('users.search')}</span>
          <input type="search" value={searchText} onChange={(event) => setSearch(event.target.value)} maxLength={200} data-testid="users-search" /></label>
      </div>
      {created && <p className="notice" role="status" data-testid="user-created">{t('users.created', { name: created })}</p>}
      {editedUser?.userName && (
        <UserEditor key={editedUser.userName} user={{ ...editedUser, userName: editedUser.userName }} onChanged={(change) => patch(editedUser.userName ?? '', change)} onClose={() => setEditing(null)} />
      )}
      {result.error && users.length === 0 ? <ErrorState onRetry={reloadAll} detail={result.error.message} />
        : users.length === 0 && result.fetching ? <Loading />
          : shown.length === 0 ? <Empty label={t('users.empty')} />
            : <DataTable caption={t('users.tableCaption')} columns={columns} rows={shown} rowKey={(user) => user.id} fileName="pengguna.csv" testId="users-table" />}
      {result.data && (
        <p className="hint" data-testid="users-shown">
          {t('users.shown', { shown: users.length, total: result.data.users.totalCount })}{' '}
          {result.data.users.pageInfo.hasNextPage && (
            <button type="button" className="button" data-testid="users-more" onClick={() => pages.more(result.data!.users.pageInfo.endCursor ?? null)}>{t('users.loadMore')}</button>
          )}
        </p>
      )}
    </section>
  );
}
