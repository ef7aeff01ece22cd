// Kota baru / Onboard (the platform admin's): Indonesian first, English in the switch.
export const onboardWords = {
  id: {
    onboard: {
      title: 'Tambah kota/kabupaten', intro: 'Pilih provinsi dan kota/kabupaten dari daftar resmi Kemendagri; kecamatan dan kelurahan/desanya diimpor.',
      province: 'Provinsi', allProvinces: 'Semua provinsi', regency: 'Kota/kabupaten', regencyHint: 'Ketik untuk mencari nama atau kode (mis. 64.72).',
      options: '{{count}} pilihan', noOptions: 'Tidak ada kota/kabupaten yang cocok.', searching: 'Mencari…',
      counts: '{{kecamatan}} kecamatan, {{kelurahan}} kelurahan, {{desa}} desa', heldBy: 'sudah dipakai {{slug}}',
      chosen: 'Dipilih: {{name}} ({{code}}), {{province}}', slug: 'Slug', slugHint: '2–40 huruf kecil, angka, tanda hubung: alamat /t/{slug}/.',
      name: 'Nama', timeZone: 'Zona waktu', submit: 'Tambahkan', saving: 'Mengimpor wilayah…',
      done: '{{name}} ditambahkan.', imported: 'Wilayah yang diimpor', kecamatan: 'Kecamatan', kelurahan: 'Kelurahan', desa: 'Desa',
      toList: 'Ke daftar kota', networkError: 'Permintaan gagal: {{message}}', pickRegency: 'Pilih kota/kabupaten dari daftar.',
      zone_Asia_Jakarta: 'WIB (Asia/Jakarta)', zone_Asia_Pontianak: 'WIB (Asia/Pontianak)', zone_Asia_Makassar: 'WITA (Asia/Makassar)',
      zone_Asia_Jayapura: 'WIT (Asia/Jayapura)',
      error_TENANT_EXISTS: 'Slug ini sudah dipakai kota lain.', error_INVALID_SLUG: 'Slug tidak valid.',
      error_REGENCY_TAKEN: 'Kota/kabupaten ini sudah dipegang tenant lain.', error_INVALID_REGENCY_CODE: 'Kode wilayah tidak valid.',
      error_UNKNOWN_TIME_ZONE: 'Zona waktu tidak dikenal.', error_UNKNOWN_REGENCY: 'Kota/kabupaten tidak ada di daftar resmi.', error_NAME_REQUIRED: 'Nama wajib diisi.',
    },
  },
  en: {
    onboard: {
      title: 'Onboard a city or regency', intro: "Pick the province and the city or regency from Kemendagri's official list; its kecamatan and kelurahan/desa are imported.",
      province: 'Province', allProvinces: 'All provinces', regency: 'City or regency', regencyHint: 'Type to search a name or a code (e.g. 64.72).',
      options: '{{count}} options', noOptions: 'No city or regency matches.', searching: 'Searching…',
      counts: '{{kecamatan}} kecamatan, {{kelurahan}} kelurahan, {{desa}} desa', heldBy: 'held by {{slug}}',
      chosen: 'Chosen: {{name}} ({{code}}), {{province}}', slug: 'Slug', slugHint: '2–40 lower-case letters, digits, hyphens: the address /t/{slug}/.',
      name: 'Name', timeZone: 'Time zone', submit: 'Onboard', saving: 'Importing regions…',
      done: '{{name}} onboarded.', imported: 'Regions imported', kecamatan: 'Kecamatan', kelurahan: 'Kelurahan', desa: 'Desa',
      toList: 'To the tenants', networkError: 'The request failed: {{message}}', pickRegency: 'Pick a city or regency from the list.',
      zone_Asia_Jakarta: 'WIB (Asia/Jakarta)', zone_Asia_Pontianak: 'WIB (Asia/Pontianak)', zone_Asia_Makassar: 'WITA (Asia/Makassar)',
      zone_Asia_Jayapura: 'WIT (Asia/Jayapura)',
    },
  },
};
