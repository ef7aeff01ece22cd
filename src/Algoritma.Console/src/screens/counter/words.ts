import { addScreenWords } from '../../lib/words';

// The Layanan loket screen's words, registered beside the shell's under `counter`.
export const words = {
  id: {
    counter: {
      title: 'Layanan loket', record: 'Catat layanan loket', service: 'Layanan', chooseService: 'Pilih layanan', unit: 'Unit',
      documents: 'Dokumen yang dibawa', optional: '(tidak wajib)', nik: 'NIK warga', nikHint: '16 angka; disimpan terenkripsi, tidak ditampilkan lagi.',
      showNik: 'Tampilkan NIK', hideNik: 'Sembunyikan NIK', submit: 'Simpan layanan', saving: 'Menyimpan…',
      recorded: 'Layanan dicatat: kode lacak {{code}}.', noServices: 'Tidak ada layanan loket di unit Anda.',
      noUnit: 'Akun Anda tidak memiliki unit; hubungi admin kota.', networkError: 'Tidak tersimpan: {{message}}',
      survey: 'Survei kepuasan (IKM) warga', surveyHint: 'Catat jawaban warga sendiri (kertas atau tablet), 1 = tidak baik … 4 = sangat baik.',
      surveySubmit: 'Simpan jawaban survei', rated: 'Jawaban survei dicatat.', another: 'Catat layanan berikutnya',
      score_1: '1 — Tidak baik', score_2: '2 — Kurang baik', score_3: '3 — Baik', score_4: '4 — Sangat baik',
      U1: 'Persyaratan', U2: 'Sistem, mekanisme, dan prosedur', U3: 'Waktu penyelesaian', U4: 'Biaya/tarif', U5: 'Produk spesifikasi jenis pelayanan',
      U6: 'Kompetensi pelaksana', U7: 'Perilaku pelaksana', U8: 'Penanganan pengaduan, saran dan masukan', U9: 'Sarana dan prasarana',
      conflict: 'Permohonan ini sudah diubah orang lain. Jawaban yang Anda pilih tetap ada.',
    },
  },
  en: {
    counter: {
      title: 'Counter', record: 'Record a counter service', service: 'Service', chooseService: 'Choose a service', unit: 'Unit',
      documents: 'Documents brought', optional: '(optional)', nik: "Citizen's NIK", nikHint: '16 digits; stored encrypted, never shown again.',
      showNik: 'Show NIK', hideNik: 'Hide NIK', submit: 'Save service', saving: 'Saving…',
      recorded: 'Service recorded: tracking code {{code}}.', noServices: 'No counter service at your unit.',
      noUnit: 'Your account has no unit; ask the city admin.', networkError: 'Not saved: {{message}}',
      survey: "Citizen's satisfaction survey (IKM)", surveyHint: "Record the citizen's own answers (paper or tablet), 1 = poor … 4 = very good.",
      surveySubmit: 'Save survey answers', rated: 'Survey answers recorded.', another: 'Record the next service',
      score_1: '1 — Poor', score_2: '2 — Fair', score_3: '3 — Good', score_4: '4 — Very good',
      U1: 'Requirements', U2: 'Systems, mechanisms and procedures', U3: 'Completion time', U4: 'Fee', U5: 'Service product',
      U6: 'Staff competence', U7: 'Staff conduct', U8: 'Handling of complaints and suggestions', U9: 'Facilities',
      conflict: 'Someone else changed this request. The answers you chose are kept.',
    },
  },
};

addScreenWords(words);
