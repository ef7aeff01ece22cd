// Klien / Clients (the city admin's OIDC clients): Indonesian first, English in the switch.
export const clientsWords = {
  id: {
    clients: {
      title: 'Klien', intro: 'Klien OIDC kota: aplikasi peramban atau seluler (publik) dan layanan server (rahasia).',
      tableCaption: 'Klien OIDC kota', clientId: 'ID klien', displayName: 'Nama', roles: 'Peran', rotate: 'Ganti rahasia',
      rotateOf: 'Ganti rahasia {{name}}', register: 'Daftarkan klien', confidential: 'Rahasia (layanan server dengan secret)',
      redirectUris: 'URI pengalihan (satu per baris)', postLogoutRedirectUris: 'URI setelah keluar (satu per baris)',
      clientIdHint: 'Diawali "{{tenant}}-", huruf kecil, angka dan tanda hubung.', submit: 'Daftarkan', saving: 'Menyimpan…',
      registered: 'Klien {{name}} terdaftar.', secret: 'Rahasia klien {{name}} — hanya ditampilkan sekali ini, simpan sekarang:',
      networkError: 'Permintaan gagal: {{message}}', empty: 'Belum ada klien.', none: '—',
      type: 'Jenis', type_PUBLIC: 'Publik', type_CONFIDENTIAL: 'Rahasia', redirectUrisShort: 'URI pengalihan',
      editUris: 'Ubah URI', editUrisOf: 'Ubah URI pengalihan {{name}}', editUrisTitle: 'URI pengalihan {{name}}',
      editUrisHint: 'Asal (origin) URI pengalihan boleh memanggil API kota dari peramban.', saveUris: 'Simpan URI', close: 'Tutup',
      urisSaved: 'URI pengalihan {{name}} disimpan.', error_CLIENT_NOT_FOUND: 'Klien tidak ditemukan.',
      error_TOO_MANY: 'Paling banyak 50 URI.', error_TOO_LONG: 'URI terlalu panjang (paling banyak 2000 karakter).',
      role_CITY_ADMIN: 'Admin kota', role_OFFICER: 'Petugas', role_PROGRAM_MANAGER: 'Manajer program',
      error_INVALID_CLIENT_ID: 'ID klien tidak valid.', error_CLIENT_EXISTS: 'ID klien ini sudah ada.',
      error_INVALID_REDIRECT_URI: 'URI pengalihan tidak valid.', error_REDIRECT_URI_REQUIRED: 'Klien publik perlu URI pengalihan.',
      error_INVALID_ROLE: 'Hanya klien rahasia yang boleh memiliki peran.', error_PUBLIC_CLIENT: 'Klien publik tidak memiliki rahasia.',
    },
  },
  en: {
    clients: {
      title: 'Clients', intro: "The city's OIDC clients: browser or mobile apps (public) and server services (confidential).",
      tableCaption: "The city's OIDC clients", clientId: 'Client id', displayName: 'Name', roles: 'Roles', rotate: 'Rotate secret',
      rotateOf: 'Rotate the secret of {{name}}', register: 'Register a client', confidential: 'Confidential (a server service with a secret)',
      redirectUris: 'Redirect URIs (one per line)', postLogoutRedirectUris: 'Post-logout redirect URIs (one per line)',
      clientIdHint: 'Starts with "{{tenant}}-", lower-case letters, digits and hyphens.', submit: 'Register', saving: 'Saving…',
      registered: 'Client {{name}} registered.', secret: 'The secret of {{name}} — shown this once only, keep it now:',
      networkError: 'The request failed: {{message}}', empty: 'No clients yet.', none: '—',
      type: 'Type', type_PUBLIC: 'Public', type_CONFIDENTIAL: 'Confidential', redirectUrisShort: 'Redirect URIs',
      editUris: 'Edit URIs', editUrisOf: 'Edit the redirect URIs of {{name}}', editUrisTitle: 'Redirect URIs of {{name}}',
      editUrisHint: 'The origins of redirect URIs may call the city API from a browser.', saveUris: 'Save URIs', close: 'Close',
      urisSaved: 'The redirect URIs of {{name}} were saved.',
      role_CITY_ADMIN: 'City admin', role_OFFICER: 'Officer', role_PROGRAM_MANAGER: 'Programme manager',
    },
  },
};
