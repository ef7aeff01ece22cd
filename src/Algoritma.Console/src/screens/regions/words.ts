// Data wilayah / Region details (the city admin's): Indonesian first, English in the switch.
export const regionsWords = {
  id: {
    regions: {
      title: 'Data wilayah', intro: 'Alamat kantor, telepon, kepala dan jumlah petugas setiap kecamatan dan kelurahan/desa.',
      kecamatan: 'Kecamatan', allKecamatan: 'Semua kecamatan', tableCaption: 'Kecamatan dan kelurahan/desa beserta datanya',
      code: 'Kode', name: 'Nama', kind: 'Jenis', address: 'Alamat', phone: 'Telepon', headName: 'Kepala (camat/lurah/kepala desa)',
      officerCount: 'Jumlah petugas', updatedAt: 'Terakhir diubah', edit: 'Ubah', editOf: 'Ubah data {{name}}',
      kind_KECAMATAN: 'Kecamatan', kind_KELURAHAN: 'Kelurahan', kind_DESA: 'Desa',
      back: 'Kembali ke data wilayah', save: 'Simpan', saving: 'Menyimpan…', saved: 'Data {{name}} disimpan.',
      phoneHint: '6–15 angka; boleh spasi, +, -, ( dan ).', clearHint: 'Kosongkan untuk menghapus.',
      notFound: 'Tidak ada wilayah dengan kode {{code}}.', empty: 'Belum ada wilayah. Impor kode resmi terlebih dahulu.',
      networkError: 'Permintaan gagal: {{message}}', inKecamatan: 'di Kecamatan {{name}}',
      error_REGION_NOT_FOUND: 'Wilayah ini tidak ditemukan.', error_OUT_OF_SCOPE: 'Wilayah ini di luar cakupan Anda.',
      error_OUT_OF_RANGE: 'Jumlah petugas 0 sampai 10.000.', error_INVALID_PHONE: 'Nomor telepon 6–15 angka (boleh spasi, +, -, ( dan )).',
      error_TOO_LONG: 'Isian terlalu panjang.',
    },
  },
  en: {
    regions: {
      title: 'Region details', intro: "Each kecamatan's and kelurahan/desa's office address, phone, head and officer count.",
      kecamatan: 'Kecamatan', allKecamatan: 'Every kecamatan', tableCaption: 'Kecamatan and kelurahan/desa with their details',
      code: 'Code', name: 'Name', kind: 'Kind', address: 'Address', phone: 'Phone', headName: 'Head (camat/lurah/village head)',
      officerCount: 'Officers', updatedAt: 'Last changed', edit: 'Edit', editOf: 'Edit the details of {{name}}',
      kind_KECAMATAN: 'Kecamatan', kind_KELURAHAN: 'Kelurahan', kind_DESA: 'Desa',
      back: 'Back to the region details', save: 'Save', saving: 'Saving…', saved: 'The details of {{name}} were saved.',
      phoneHint: '6–15 digits; spaces, +, -, ( and ) allowed.', clearHint: 'Leave empty to clear.',
      notFound: 'There is no region with code {{code}}.', empty: 'No regions yet. Import the official codes first.',
      networkError: 'The request failed: {{message}}', inKecamatan: 'in Kecamatan {{name}}',
    },
  },
};
