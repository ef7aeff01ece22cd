import { Route, Routes } from 'react-router';
import { addScreenWords } from '../../lib/words';
import '../admin/admin.css';
import { AuditLog } from './AuditLog';
import { CreateUserForm } from './CreateUserForm';
import { UserList } from './UserList';
import { usersWords } from './words';

addScreenWords(usersWords);

// Pengguna: the staff list (edit roles and scope, disable/enable), users/new creates an account, users/audit the audit log.
export default function UsersScreen() {
  return (
    <Routes>
      <Route index element={<UserList />} />
      <Route path="new" element={<CreateUserForm />} />
      <Route path="audit" element={<AuditLog />} />
    </Routes>
  );
}
