// The IANA zone a province's cities keep their days in: WIT in Maluku and Papua, WITA in Bali, Nusa Tenggara,
// Kalimantan Selatan/Timur/Utara and Sulawesi, WIB elsewhere (Kalimantan Barat and Tengah: Asia/Pontianak).
export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'] as const;

const WITA = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'];
const WIT = ['81', '82', '91', '92', '93', '94', '95', '96'];

export function zoneOfProvince(code: string): (typeof TIME_ZONES)[number] {
  if (WIT.includes(code)) return 'Asia/Jayapura';
  if (WITA.includes(code)) return 'Asia/Makassar';
  if (code === '61' || code === '62') return 'Asia/Pontianak';
  return 'Asia/Jakarta';
}

/** "Kabupaten Penajam Paser Utara" → "penajam-paser-utara"; "Kota Samarinda" → "samarinda". */
export function slugOf(name: string): string {
  return name.replace(/^(Kabupaten|Kota)\s+/i, '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}
