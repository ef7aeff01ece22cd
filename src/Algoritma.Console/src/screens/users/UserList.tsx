import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { UserListQuery as UserListResult } from '../../gql/graphql';
import { formatInstant } from '../admin/instant';
import { UserListQuery } from './queries';
import { UserEditor } from './UserEditor';

type User = UserListResult['users']['nodes'][number];

// The users a page of 100 at a time ("load more"); staff only by default (the API lists citizens too and has no role filter).
export function UserList() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const created = params.get('created');
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<Map<string, User[]>>(new Map());
  const [staffOnly, setStaffOnly] = useState(true);
  const [editing, setEditing] = useState<string | null>(null);
  const [result, refresh] = useQuery({ query: UserListQuery, variables: { after }, requestPolicy: 'network-only' });

  useEffect(() => {
    if (result.data) setPages((current) => new Map(current).set(after ?? '', result.data!.users.nodes));
  }, [result.data, after]);

  const users = useMemo(() => [...pages.values()].flat(), [pages]);
  const shown = users.filter((user) => !staffOnly || user.roles.some((role) => role !== 'CITIZEN'));
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
  const reloadAll = () => { setPages(new Map()); setAfter(null); refresh({ requestPolicy: 'network-only' }); };
  // The payload's user as it is now, patched into the loaded pages (a reload would close the editor and its notice).
  const patch = (userName: string, change: Partial<User>) => setPages((current) => new Map([...current].map(([cursor, page]) =>
    [cursor, page.map((user) => (user.userName === userName ? { ...user, ...change } : user))])));

  return (
    <section data-testid="screen-users">
      <h1>{t('users.title')}</h1>
      <p className="hint">{t('users.intro')}</p>
      <div className="form-row">
        <Link className="button button-primary" to="new" data-testid="user-create-link">{t('users.create')}</Link>
        <Link className="button" to="audit" data-testid="audit-link">{t('users.audit')}</Link>
        <label className="check"><input type="checkbox" checked={staffOnly} onChange={(event) => setStaffOnly(event.target.checked)} data-testid="users-staff-only" />{t('users.staffOnly')}</label>
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
            <button type="button" className="button" data-testid="users-more" onClick={() => setAfter(result.data!.users.pageInfo.endCursor ?? null)}>{t('users.loadMore')}</button>
          )}
        </p>
      )}
    </section>
  );
}
