import { graphql } from '../../gql';

export const UserListQuery = graphql(`
  query UserList($after: String, $role: Role, $search: String) {
    users(first: 100, after: $after, role: $role, search: $search) {
      totalCount
      nodes { id userName displayName email unit disabled createdAt roles }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const UserUnitsQuery = graphql(`
  query UserUnits {
    kecamatans(first: 100) { nodes { code name retiredAt villages(first: 100) { nodes { code name retiredAt } } } }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($actor: String, $action: String, $from: DateTimeOffset, $to: DateTimeOffset, $after: String) {
    auditLog(actor: $actor, action: $action, from: $from, to: $to, order: NEWEST_FIRST, first: 100, after: $after) {
      totalCount
      nodes { id at actorName actorSubject action target details }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateStaffUser($input: CreateUserInput!) {
    createUser(input: $input) { user { id userName displayName roles unit disabled } errors { code message path } }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation SetStaffUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) { user { id userName roles unit disabled } errors { code message path } }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableStaffUser($input: UserNameInput!) {
    disableUser(input: $input) { user { id userName disabled } errors { code message path } }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableStaffUser($input: UserNameInput!) {
    enableUser(input: $input) { user { id userName disabled } errors { code message path } }
  }
`);
