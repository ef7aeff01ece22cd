import { Route, Routes } from 'react-router';
import './words';
import './queue.css';
import { QueueList } from './QueueList';
import { RequestPage } from './RequestPage';

// Antrian: the officer's queue and a request's page (queue/:id, the global id URL-encoded).
export default function QueueScreen() {
  return (
    <Routes>
      <Route index element={<QueueList />} />
      <Route path=":id" element={<RequestPage />} />
    </Routes>
  );
}
