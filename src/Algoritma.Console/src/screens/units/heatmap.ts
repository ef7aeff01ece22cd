import type { HeatCellFragment } from '../../gql/graphql';

export interface WeekOfUnits { week: string; kelurahan: readonly HeatCellFragment[]; kecamatan: readonly HeatCellFragment[] }

/** A row of the heat map: a kecamatan (its whole area) followed by its kelurahan/desa. */
export interface HeatRow {
  code: string;
  name: string;
  kecamatanCode: string;
  kecamatanName: string;
  isKecamatan: boolean;
  cells: Map<string, HeatCellFragment>;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');

// Rows grouped by kecamatan (alphabetical), each kecamatan's own row first; cells keyed by week.
export function heatRows(weeks: readonly WeekOfUnits[]): HeatRow[] {
  const rows = new Map<string, HeatRow>();
  const rowOf = (cell: HeatCellFragment, isKecamatan: boolean): HeatRow => {
    let row = rows.get(cell.unitCode);
    if (!row) {
      const kecamatan = isKecamatan ? { code: cell.unitCode, name: cell.unit?.name ?? cell.unitCode }
        : cell.unit && 'kecamatan' in cell.unit ? cell.unit.kecamatan : { code: cell.unitCode.slice(0, 8), name: cell.unitCode.slice(0, 8) };
      row = { code: cell.unitCode, name: cell.unit?.name ?? cell.unitCode, kecamatanCode: kecamatan.code, kecamatanName: kecamatan.name, isKecamatan, cells: new Map() };
      rows.set(cell.unitCode, row);
    }
    return row;
  };
  for (const week of weeks) {
    for (const cell of week.kecamatan) rowOf(cell, true).cells.set(week.week, cell);
    for (const cell of week.kelurahan) rowOf(cell, false).cells.set(week.week, cell);
  }
  const kecamatans = [...rows.values()].filter((row) => row.isKecamatan).sort(byName);
  const villages = [...rows.values()].filter((row) => !row.isKecamatan).sort(byName);
  const known = new Set(kecamatans.map((row) => row.code));
  const orphans = villages.filter((row) => !known.has(row.kecamatanCode));
  return [
    ...kecamatans.flatMap((kecamatan) => [kecamatan, ...villages.filter((row) => row.kecamatanCode === kecamatan.code)]),
    ...orphans,
  ];
}
