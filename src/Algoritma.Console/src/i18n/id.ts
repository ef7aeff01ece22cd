// Indonesian first (docs/console-guide words); en.ts mirrors these keys.
export const id = {
  app: { title: 'Konsol Algoritma', skip: 'Lewati ke konten utama', menu: 'Menu', language: 'Bahasa', signOut: 'Keluar', signIn: 'Masuk', signingIn: 'Sedang masuk…', nav: 'Navigasi utama' },
  nav: { overview: 'Ringkasan', units: 'Wilayah', citizens: 'Warga', satisfaction: 'Kepuasan', campaigns: 'Kampanye', queue: 'Antrian', counter: 'Layanan loket', regions: 'Data wilayah', catalog: 'Layanan', users: 'Pengguna', clients: 'Klien', tenants: 'Daftar kota', onboard: 'Kota baru', settings: 'Pengaturan' },
  state: { loading: 'Memuat…', empty: 'Belum ada data untuk periode ini.', error: 'Data tidak dapat dimuat.', retry: 'Coba lagi', soon: 'Segera', soonText: 'Layar ini sedang dibuat.', noScreens: 'Belum ada layar untuk peran Anda', noScreensText: 'Konsol ini menampilkan layar untuk manajer program, admin kota dan petugas.', notFound: 'Halaman tidak ditemukan' },
  period: { legend: 'Periode', preset: 'Rentang', weeks: '{{count}} minggu lengkap terakhir', custom: 'Pilih tanggal', from: 'Dari', to: 'Sampai (tidak termasuk)', apply: 'Terapkan', compared: 'dibandingkan {{from}} – {{to}}', invalid: 'Periode tidak valid (paling lama 3660 hari).' },
  kpi: {
    digitalTakeUp: 'Penggunaan layanan digital', completionRate: 'Tingkat penyelesaian', slaCompliance: 'Kepatuhan SLA',
    ikm: 'IKM (Indeks Kepuasan Masyarakat)', activeDigitalCitizens: 'Warga digital aktif (rata-rata per minggu)',
    newDigitalCitizens: 'Warga digital baru', counterVisitsAvoided: 'Kunjungan loket yang terhindarkan', citizenHoursSaved: 'Jam warga yang dihemat',
    previous: 'Sebelumnya', change: 'Perubahan', points: 'poin', grade: 'Mutu {{grade}}',
  },
  chart: {
    table: 'Tampilkan tabel', hideTable: 'Sembunyikan tabel', png: 'Unduh PNG', csv: 'Unduh CSV', sortBy: 'Urutkan menurut {{column}}',
    takeUpTitle: 'Penggunaan layanan digital per minggu', takeUpSubtitle: 'Digital selesai ÷ semua selesai; gelombang kampanye ditandai, garis putus-putus = target',
    week: 'Minggu', takeUp: 'Penggunaan digital', completed: 'Permohonan selesai', digitalCompleted: 'Selesai digital', target: 'Target', wave: 'Gelombang', selected: 'Periode dipilih',
    mixTitle: 'Bauran kanal per minggu', mixSubtitle: 'Permohonan selesai per kanal',
    share: 'Porsi', live: 'Diperbarui otomatis setiap 30 detik', updated: 'Diperbarui {{time}}',
  },
  channel: { COUNTER: 'Layanan loket', ONLINE: 'Daring', KIOSK: 'Kios', ASSISTED: 'Dibantu petugas' },
  overview: { title: 'Ringkasan', kpis: 'Indikator utama' },
};

export type Resources = typeof id;
