import { Route, Routes } from 'react-router';
import { addScreenWords } from '../../lib/words';
import { UnitPage } from './UnitPage';
import { UnitsOverview } from './UnitsOverview';
import { unitsWords } from './words';
import './units.css';

addScreenWords(unitsWords);

// Wilayah: the kelurahan × week heat map and the ranking; units/:code is one unit's own page.
export default function UnitsScreen() {
  return (
    <Routes>
      <Route index element={<UnitsOverview />} />
      <Route path=":code" element={<UnitPage />} />
    </Routes>
  );
}
