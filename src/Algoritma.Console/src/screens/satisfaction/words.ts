import { addScreenWords } from '../../lib/words';

// The Kepuasan screen's words, registered beside the shell's (src/i18n) under `satisfaction`.
export const words = {
  id: {
    satisfaction: {
      title: 'Kepuasan (IKM)', summary: 'IKM periode ini', responses: 'Survei terjawab', grade: 'Mutu', performance: 'Kinerja unit',
      value: 'IKM', nrr: 'Nilai rata-rata (NRR, 1–4)', converted: 'Nilai konversi (NRR × 25)', element: 'Unsur', code: 'Kode',
      elementsTitle: 'IKM per unsur pelayanan', elementsSubtitle: 'Sembilan unsur PermenPANRB 14/2017, nilai konversi 25–100 dengan mutunya',
      unitsTitle: 'IKM per kecamatan', unitsSubtitle: 'Permohonan yang selesai di tiap kecamatan (termasuk kelurahan/desanya), dengan mutunya',
      servicesTitle: 'IKM per layanan', servicesSubtitle: 'Permohonan yang selesai per layanan, dengan mutunya',
      quartersTitle: 'IKM per triwulan', quartersSubtitle: 'Empat triwulan sampai triwulan akhir periode, dengan mutunya',
      unit: 'Kecamatan', service: 'Layanan', quarter: 'Triwulan', quarterLabel: 'T{{quarter}} {{year}}',
      noAnswers: 'Belum ada survei yang terjawab pada periode ini.',
      U1: 'Persyaratan', U2: 'Sistem, mekanisme, dan prosedur', U3: 'Waktu penyelesaian', U4: 'Biaya/tarif', U5: 'Produk spesifikasi jenis pelayanan',
      U6: 'Kompetensi pelaksana', U7: 'Perilaku pelaksana', U8: 'Penanganan pengaduan, saran dan masukan', U9: 'Sarana dan prasarana',
      grade_A: 'A (Sangat Baik)', grade_B: 'B (Baik)', grade_C: 'C (Kurang Baik)', grade_D: 'D (Tidak Baik)',
    },
  },
  en: {
    satisfaction: {
      title: 'Satisfaction (IKM)', summary: "The period's IKM", responses: 'Surveys answered', grade: 'Grade', performance: 'Unit performance',
      value: 'IKM', nrr: 'Mean score (NRR, 1–4)', converted: 'Converted score (NRR × 25)', element: 'Element', code: 'Code',
      elementsTitle: 'IKM by service element', elementsSubtitle: 'The nine elements of PermenPANRB 14/2017, converted to 25–100, with their grades',
      unitsTitle: 'IKM by kecamatan', unitsSubtitle: 'Requests completed in each kecamatan (with its kelurahan/desa), with grades',
      servicesTitle: 'IKM by service', servicesSubtitle: 'Requests completed per service, with grades',
      quartersTitle: 'IKM by quarter', quartersSubtitle: "Four quarters up to the period's last, with grades",
      unit: 'Kecamatan', service: 'Service', quarter: 'Quarter', quarterLabel: 'Q{{quarter}} {{year}}',
      noAnswers: 'No survey was answered in this period.',
      U1: 'Requirements', U2: 'Systems, mechanisms and procedures', U3: 'Completion time', U4: 'Fee', U5: 'Service product',
      U6: 'Staff competence', U7: 'Staff conduct', U8: 'Handling of complaints and suggestions', U9: 'Facilities',
      grade_A: 'A (Very good)', grade_B: 'B (Good)', grade_C: 'C (Poor)', grade_D: 'D (Very poor)',
    },
  },
};

addScreenWords(words);
