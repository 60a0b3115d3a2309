import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Indonesian, with "kamu", the friendly register of Indonesian marketplaces. */
const id = {
  'privacy.heading': 'Privasi dan datamu',
  'privacy.intro':
    'Pilih untuk apa datamu digunakan dan bagaimana kami menghubungimu. Kamu juga bisa mengunduh atau menghapus datamu.',
  'privacy.loading': 'Memuat pengaturan privasimu…',
  'privacy.on': 'Aktif',
  'privacy.off': 'Nonaktif',
  'privacy.saving': 'Menyimpan…',
  'privacy.saved_on': '“{label}” sekarang aktif.',
  'privacy.saved_off': '“{label}” sekarang nonaktif.',
  'privacy.save_failed': 'Kami tidak bisa menyimpan “{label}”, jadi pengaturannya kembali seperti semula.',
  'privacy.consents.heading': 'Untuk apa kami menggunakan datamu',
  'privacy.consents.intro': 'Perubahan langsung berlaku, dan kamu bisa berubah pikiran kapan saja.',
  'privacy.consents.necessary':
    'Selalu aktif: diperlukan untuk mengirim pesananmu. Untuk menghentikannya, hapus datamu di bawah.',
  'privacy.consents.changed': 'Terakhir diubah pada {date}',
  'privacy.consent.order_processing.label': 'Memproses pesanan dan pembayaranmu',
  'privacy.consent.order_processing.explanation':
    'Kami menggunakan nama, kontak, dan detail pembayaranmu untuk menerima pembayaran serta mengurus pesanan, pengembalian dana, dan sengketa.',
  'privacy.consent.carrier_address_sharing.label': 'Membagikan alamatmu kepada kurir',
  'privacy.consent.carrier_address_sharing.explanation':
    'Kurir menerima nama, alamat, dan nomor teleponmu agar bisa mengantar paketmu.',
  'privacy.consent.notifications_email.label': 'Pesan lewat email',
  'privacy.consent.notifications_email.explanation':
    'Kami mengirim email tentang pesanan, pengiriman, pengembalian dana, dan sengketamu.',
  'privacy.consent.notifications_sms.label': 'Pesan teks (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Kami mengirim SMS tentang pesanan dan pengirimanmu. Tarif biasa dari operatormu mungkin berlaku.',
  'privacy.consent.personalisation.label': 'Saran dan iklan yang dipersonalisasi',
  'privacy.consent.personalisation.explanation':
    'Kami menggunakan apa yang kamu beli dan lihat untuk menyarankan produk dan menampilkan iklan yang cocok untukmu. Nonaktif kecuali kamu mengaktifkannya.',
  'privacy.preferences.heading': 'Cara kami menghubungimu',
  'privacy.preferences.intro': 'Pilih pesan apa yang kamu terima, dan di mana.',
  'privacy.preferences.caption': 'Pesan per saluran',
  'privacy.preferences.kind_header': 'Pesan',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Dijeda',
  'privacy.preferences.withdrawn':
    '{channel} dijeda karena “{consent}” dinonaktifkan di atas. Pilihanmu di sini tetap disimpan sampai kamu mengaktifkannya lagi.',
  'privacy.kind.order_updates': 'Kabar pesanan',
  'privacy.kind.delivery_problems': 'Masalah pengiriman',
  'privacy.kind.refunds_and_disputes': 'Pengembalian dana dan sengketa',
  'privacy.channel.in_app': 'Di aplikasi',
  'privacy.channel.email': 'Email',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Unduh dataku',
  'privacy.export.intro':
    'Dapatkan salinan semua data yang kami simpan tentangmu, dalam file JSON yang bisa dibaca layanan lain. Kamu bisa mengunduhnya sekali, dalam 24 jam.',
  'privacy.export.request': 'Minta dataku',
  'privacy.erasure.heading': 'Hapus dataku',
  'privacy.erasure.intro':
    'Ini menghapus data pribadimu dan menutup akunmu di toko ini. Tindakan ini tidak bisa dibatalkan.',
  'privacy.erasure.removed_heading': 'Yang kami hapus',
  'privacy.erasure.kept_heading': 'Yang kami simpan, dan alasannya',
  'privacy.erasure.removed.contact_details': 'Nama, alamat email, dan nomor teleponmu',
  'privacy.erasure.removed.shipping_addresses': 'Alamat pengiriman di pesananmu',
  'privacy.erasure.removed.preferences_and_messages': 'Persetujuan, preferensi notifikasi, dan pesanmu',
  'privacy.erasure.removed.activity_history': 'Sesi, ekspor data, dan riwayat pembaruan langsung',
  'privacy.erasure.kept.financial_records.record': 'Pesanan dan pembayaran (barang, jumlah, tanggal)',
  'privacy.erasure.kept.financial_records.reason':
    'Hukum pajak dan akuntansi mewajibkan kami menyimpannya, tanpa apa pun yang mengaitkannya denganmu.',
  'privacy.erasure.kept.audit_log.record': 'Log audit keamanan',
  'privacy.erasure.kept.audit_log.reason':
    'Mencatat siapa yang mengakses data pribadi, untuk melindungimu. Isinya hanya ID yang tidak lagi mengarah kepadamu.',
  'privacy.erasure.start': 'Hapus dataku…',
  'privacy.erasure.done_heading': 'Datamu sudah dihapus',
  'privacy.erasure.done_text': 'Kami menghapus data pribadimu pada {date}. Kamu sudah dikeluarkan dari toko ini.',
  'privacy.other': 'Penggunaan lain atas datamu',
} as const satisfies CompleteCatalog<'privacy'>;

export default id;
