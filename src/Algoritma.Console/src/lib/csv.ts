import Papa from 'papaparse';
import { downloadBlob } from './download';

export type CsvCell = string | number | null | undefined;

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return Papa.unparse({ fields: header, data: rows.map((row) => row.map((cell) => cell ?? '')) });
}

export function downloadCsv(fileName: string, header: string[], rows: CsvCell[][]): void {
  // A BOM makes spreadsheet programs read the UTF-8 (kelurahan names, "—") correctly.
  downloadBlob(fileName, new Blob(['\ufeff', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
}
