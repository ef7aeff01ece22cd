import type { IkmGrade } from '../../gql/graphql';

// PermenPANRB 14/2017 intervals on the converted scale (25–100), as the API grades IKM values (schema: IkmGrade).
export function gradeOf(converted: number): IkmGrade {
  if (converted >= 88.31) return 'A';
  if (converted >= 76.61) return 'B';
  if (converted >= 65) return 'C';
  return 'D';
}

/** The nine elements' mean scores (1–4) converted to the IKM scale. */
export const converted = (nrr: number) => nrr * 25;
