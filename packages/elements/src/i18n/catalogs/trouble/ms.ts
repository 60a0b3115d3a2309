import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Malay. */
const ms = {
  'trouble.heading': 'Transaksi gagal',
  'trouble.payments': 'Pembayaran yang gagal',
  'trouble.none': 'Tiada pesanan terkini anda yang mempunyai pembayaran gagal.',
  'trouble.pick': 'Pembayaran mana yang gagal?',
  'trouble.attempt': 'Pesanan {number}, {total}, {date}',
  'trouble.cause': 'Sebab:',
  'trouble.steps': 'Apa yang perlu dilakukan:',
  'trouble.step.address': 'Pastikan alamat pengebilan sama dengan yang ada pada bank anda untuk kad ini.',
  'trouble.step.kept': 'Pesanan {number} disimpan: bayar dengan kad lain dan tiada apa yang hilang.',
  'trouble.address': 'Masalah alamat',
  'trouble.country': 'Negara penghantaran',
  'trouble.field.name': 'Nama penuh: wajib.',
  'trouble.field.line1': 'Alamat jalan: wajib.',
  'trouble.field.city': 'Bandar: wajib.',
  'trouble.field.region_required': 'Negeri, wilayah atau rantau: wajib di {country}.',
  'trouble.field.region_optional': 'Negeri, wilayah atau rantau: pilihan di {country}.',
  'trouble.field.postal_required': 'Poskod: wajib di {country}, dalam format tempatan.',
  'trouble.field.postal_optional': 'Poskod: pilihan di {country}.',
  'trouble.field.postal_none': 'Poskod: {country} tidak menggunakannya, biarkan kosong.',
  'trouble.field.phone': 'Telefon: pilihan, hanya untuk syarikat penghantaran.',
  'trouble.postal.label': 'Semak poskod untuk {country}',
  'trouble.postal.check': 'Semak',
  'trouble.postal.ok': '{code} ialah poskod yang sah untuk {country}.',
  'trouble.postal.invalid': '{code} bukan poskod {country}. Salin daripada surat yang dihantar ke alamat itu.',
  'trouble.postal.empty': 'Masukkan poskod, kemudian pilih Semak.',
} as const satisfies CompleteCatalog<'trouble'>;

export default ms;
