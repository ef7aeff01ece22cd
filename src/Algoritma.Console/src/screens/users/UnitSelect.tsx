import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { UserUnitsQuery } from './queries';
import { inService } from '../../lib/units';

// The unit picker: each kecamatan, then its kelurahan/desa in its group; empty = the whole city.
export function UnitSelect({ value, onChange, invalid, describedBy, testId }: {
  value: string; onChange: (unit: string) => void; invalid?: boolean; describedBy?: string; testId: string;
}) {
  const { t } = useTranslation();
  const [result] = useQuery({ query: UserUnitsQuery });
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId} aria-invalid={invalid} aria-describedby={describedBy}>
      <option value="">{t('users.noUnit')}</option>
      {inService(result.data?.kecamatans.nodes ?? []).map((kecamatan) => (
        <optgroup key={kecamatan.code} label={`Kec. ${kecamatan.name}`}>
          <option value={kecamatan.code}>Kec. {kecamatan.name} ({kecamatan.code})</option>
          {inService(kecamatan.villages.nodes).map((village) => <option key={village.code} value={village.code}>{village.name} ({village.code})</option>)}
        </optgroup>
      ))}
    </select>
  );
}
