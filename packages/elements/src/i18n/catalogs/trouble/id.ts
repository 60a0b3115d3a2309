import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Indonesian. */
const id = {
  'trouble.heading': 'Transaksi gagal',
  'trouble.payments': 'Pembayaran yang gagal',
  'trouble.none': 'Tidak ada pesanan terbaru Anda dengan pembayaran yang gagal.',
  'trouble.pick': 'Pembayaran mana yang gagal?',
  'trouble.attempt': 'Pesanan {number}, {total}, {date}',
  'trouble.cause': 'Penyebab:',
  'trouble.steps': 'Yang perlu dilakukan:',
  'trouble.step.address': 'Pastikan alamat penagihan sama dengan yang dimiliki bank Anda untuk kartu ini.',
  'trouble.step.kept': 'Pesanan {number} tetap tersimpan: bayar dengan kartu lain dan tidak ada yang hilang.',
  'trouble.address': 'Masalah alamat',
  'trouble.country': 'Negara tujuan pengiriman',
  'trouble.field.name': 'Nama lengkap: wajib.',
  'trouble.field.line1': 'Alamat jalan: wajib.',
  'trouble.field.city': 'Kota: wajib.',
  'trouble.field.region_required': 'Provinsi atau wilayah: wajib di {country}.',
  'trouble.field.region_optional': 'Provinsi atau wilayah: opsional di {country}.',
  'trouble.field.postal_required': 'Kode pos: wajib di {country}, dengan format setempat.',
  'trouble.field.postal_optional': 'Kode pos: opsional di {country}.',
  'trouble.field.postal_none': 'Kode pos: {country} tidak memakainya, kosongkan kolom ini.',
  'trouble.field.phone': 'Telepon: opsional, hanya untuk kurir.',
  'trouble.postal.label': 'Periksa kode pos untuk {country}',
  'trouble.postal.check': 'Periksa',
  'trouble.postal.ok': '{code} adalah kode pos yang valid untuk {country}.',
  'trouble.postal.invalid': '{code} bukan kode pos {country}. Salin dari surat yang dikirim ke alamat itu.',
  'trouble.postal.empty': 'Masukkan kode pos, lalu pilih Periksa.',
} as const satisfies CompleteCatalog<'trouble'>;

export default id;
