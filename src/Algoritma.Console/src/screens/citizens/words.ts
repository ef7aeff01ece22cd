// Warga / Citizens: Indonesian first, English in the switch.
export const citizensWords = {
  id: {
    citizens: {
      title: 'Warga',
      granularity: 'Periode per',
      byMonth: 'Bulan', byWeek: 'Minggu',
      period: 'Periode',
      lifecycleTitle: 'Warga baru, kembali, aktif lagi dan tidak aktif per periode',
      lifecycleSubtitle: 'Warga yang menggunakan layanan (semua kanal); tidak aktif = aktif periode sebelumnya, tidak pada periode ini (di bawah nol)',
      citizens: 'Warga',
      new: 'Baru', returning: 'Kembali', resurrecting: 'Aktif lagi', dormant: 'Tidak aktif', net: 'Perubahan bersih',
      retentionTitle: 'Retensi kohort: porsi warga yang kembali tiap bulan',
      retentionSubtitle: 'Kohort = bulan penggunaan pertama dalam periode; sel = aktif ÷ ukuran kohort, bulan ke-0 = bulan kohort itu sendiri',
      cohort: 'Kohort', size: 'Ukuran kohort', monthOffset: 'Bulan ke-{{offset}}', monthsAfter: 'Bulan setelah penggunaan pertama',
    },
  },
  en: {
    citizens: {
      title: 'Citizens',
      granularity: 'Periods of a',
      byMonth: 'Month', byWeek: 'Week',
      period: 'Period',
      lifecycleTitle: 'New, returning, resurrected and dormant citizens per period',
      lifecycleSubtitle: 'Citizens who used a service (any channel); dormant = active the period before, not in this one (below zero)',
      citizens: 'Citizens',
      new: 'New', returning: 'Returning', resurrecting: 'Resurrected', dormant: 'Dormant', net: 'Net change',
      retentionTitle: 'Cohort retention: share of citizens coming back each month',
      retentionSubtitle: 'Cohort = month of first use within the period; cell = active ÷ cohort size, month 0 = the cohort’s own month',
      cohort: 'Cohort', size: 'Cohort size', monthOffset: 'Month {{offset}}', monthsAfter: 'Months after first use',
    },
  },
};
