import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, type CsvCell } from '../lib/csv';

export interface Column<Row> {
  key: string;
  header: string;
  /** The cell as shown (text, or e.g. a link). */
  render: (row: Row) => ReactNode;
  /** The raw value sorted on and written to the CSV. */
  value: (row: Row) => CsvCell;
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  fileName: string;
  testId: string;
}

type Sort = { key: string; direction: 'ascending' | 'descending' } | null;

export function DataTable<Row>({ caption, columns, rows, rowKey, fileName, testId }: DataTableProps<Row>) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>(null);

  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort?.key);
    if (!column || !sort) return rows;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => compare(column.value(a), column.value(b)) * factor);
  }, [rows, columns, sort]);

  const toggle = (key: string) => setSort((current) =>
    current?.key === key && current.direction === 'ascending' ? { key, direction: 'descending' } : { key, direction: 'ascending' });

  return (
    <div className="table-block" data-testid={testId}>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}
                  aria-sort={sort?.key === column.key ? sort.direction : 'none'}>
                  <button type="button" className="sort" onClick={() => toggle(column.key)}
                    aria-label={t('chart.sortBy', { column: column.header })}>
                    {column.header}
                    <span aria-hidden="true">{sort?.key === column.key ? (sort.direction === 'ascending' ? ' ↑' : ' ↓') : ' ↕'}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={rowKey(row)} data-testid={`${testId}-row`}>
                {columns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>{column.render(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button" data-testid={`${testId}-csv`}
        onClick={() => downloadCsv(fileName, columns.map((column) => column.header), sorted.map((row) => columns.map((column) => column.value(row))))}>
        {t('chart.csv')}
      </button>
    </div>
  );
}

function compare(a: CsvCell, b: CsvCell): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'id');
}
