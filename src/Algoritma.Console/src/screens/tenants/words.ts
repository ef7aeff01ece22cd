// Daftar kota / Tenants (the platform admin's): Indonesian first, English in the switch.
export const tenantsWords = {
  id: {
    tenants: {
      title: 'Daftar kota', intro: 'Kota dan kabupaten yang dilayani platform. Kota yang dinonaktifkan tidak dapat diakses (404), datanya tetap tersimpan.',
      tableCaption: 'Kota dan kabupaten di platform', slug: 'Slug', name: 'Nama', regency: 'Kode wilayah', timeZone: 'Zona waktu',
      status: 'Status', enabled: 'Aktif', disabled: 'Nonaktif', source: 'Sumber', source_config: 'tenants-config', source_runtime: 'Konsol/API',
      createdAt: 'Dibuat', action: 'Tindakan', disable: 'Nonaktifkan', enable: 'Aktifkan', disableOf: 'Nonaktifkan {{name}}',
      enableOf: 'Aktifkan {{name}}', confirmDisable: 'Nonaktifkan {{name}}?', confirmEnable: 'Aktifkan kembali {{name}}?',
      confirmDisableText: 'Semua rute {{slug}} (API, konsol, masuk) akan menjawab 404 sampai diaktifkan kembali. Data tidak dihapus.',
      confirmEnableText: 'Rute {{slug}} akan melayani kembali.', yesDisable: 'Ya, nonaktifkan', yesEnable: 'Ya, aktifkan', cancel: 'Batal',
      switchedOff: '{{name}} dinonaktifkan.', switchedOn: '{{name}} diaktifkan kembali.', empty: 'Belum ada kota.',
      onboard: 'Tambah kota/kabupaten', networkError: 'Permintaan gagal: {{message}}',
      error_TENANT_NOT_FOUND: 'Kota ini tidak ditemukan.',
    },
  },
  en: {
    tenants: {
      title: 'Tenants', intro: 'The cities and regencies the platform serves. A disabled one cannot be reached (404); its data stays.',
      tableCaption: 'Cities and regencies on the platform', slug: 'Slug', name: 'Name', regency: 'Regency code', timeZone: 'Time zone',
      status: 'Status', enabled: 'Enabled', disabled: 'Disabled', source: 'Source', source_config: 'tenants-config', source_runtime: 'Console/API',
      createdAt: 'Created', action: 'Action', disable: 'Disable', enable: 'Enable', disableOf: 'Disable {{name}}',
      enableOf: 'Enable {{name}}', confirmDisable: 'Disable {{name}}?', confirmEnable: 'Enable {{name}} again?',
      confirmDisableText: 'Every route of {{slug}} (API, console, sign-in) answers 404 until it is enabled again. No data is deleted.',
      confirmEnableText: 'The routes of {{slug}} serve again.', yesDisable: 'Yes, disable', yesEnable: 'Yes, enable', cancel: 'Cancel',
      switchedOff: '{{name}} disabled.', switchedOn: '{{name}} enabled again.', empty: 'No tenants yet.',
      onboard: 'Onboard a city or regency', networkError: 'The request failed: {{message}}',
    },
  },
};
