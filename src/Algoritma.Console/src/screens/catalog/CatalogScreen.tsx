import { Route, Routes } from 'react-router';
import { addScreenWords } from '../../lib/words';
import '../admin/admin.css';
import { CatalogList } from './CatalogList';
import { ServicePage } from './ServicePage';
import { catalogWords } from './words';

addScreenWords(catalogWords);

// Layanan: the catalog; catalog/:code shows a service's standard, its version history and the form for the next version.
export default function CatalogScreen() {
  return (
    <Routes>
      <Route index element={<CatalogList />} />
      <Route path=":code" element={<ServicePage />} />
    </Routes>
  );
}
