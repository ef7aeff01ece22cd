import { Route, Routes } from 'react-router';
import { addScreenWords } from '../../lib/words';
import '../admin/admin.css';
import { RegionEditor } from './RegionEditor';
import { RegionList } from './RegionList';
import { RegionReimport } from './RegionReimport';
import { regionsWords } from './words';

addScreenWords(regionsWords);

// Data wilayah: every kecamatan and kelurahan/desa with its local details; regions/:code edits one of them; regions/impor-ulang re-imports the official codes.
export default function RegionsScreen() {
  return (
    <Routes>
      <Route index element={<RegionList />} />
      <Route path="impor-ulang" element={<RegionReimport />} />
      <Route path=":code" element={<RegionEditor />} />
    </Routes>
  );
}
