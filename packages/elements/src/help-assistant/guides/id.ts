import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Indonesian. */
export default {
  payment_method: {
    title: 'Menambah atau mengganti metode pembayaran',
    keywords: 'kartu kredit debit dompet bayar pembayaran ditolak kartu tersimpan',
    steps: [
      'Buka checkout Anda dan masuk ke langkah Pembayaran (pilih Ubah jika sudah selesai).',
      'Pilih kartu tersimpan, masukkan kartu baru, bayar dengan dompet TxPay, atau pilih bayar di tempat jika tersedia. Kartu yang kedaluwarsa tidak bisa dipilih.',
      'Lanjut ke Tinjau dan pilih Buat pesanan dan bayar.',
      'Jika pembayaran ditolak, pilih Coba kartu lain di Bantuan: alamat dan pilihan pengiriman Anda tetap tersimpan.',
    ],
  },
  track_parcel: {
    title: 'Melacak paket',
    keywords: 'pengiriman kiriman paket nomor resi kurir di mana pesanan saya terlambat',
    steps: [
      'Buka pesanan Anda dan pilih pesanannya.',
      'Setiap paket menampilkan status, perkiraan tiba, kurir, dan nomor resi (Salin untuk menyalinnya).',
      'Pilih Tampilkan semua pembaruan untuk melihat setiap kabar dari kurir, yang terbaru lebih dulu.',
      'Jika paket terlambat atau bermasalah, pilih Hubungi penjual, Laporkan tidak diterima, atau Dapatkan bantuan.',
    ],
  },
  request_refund: {
    title: 'Meminta pengembalian dana',
    keywords: 'uang kembali refund pengembalian dana batal',
    steps: [
      'Buka pesanan dan pilih Minta pengembalian dana. Halaman menunjukkan batas waktunya.',
      'Pilih Pengembalian dana, barang dan jumlahnya, serta alasannya (catatan opsional).',
      'Periksa jumlahnya dan kirim permintaan. Penjual harus menjawab sebelum tanggal yang ditampilkan; jika tidak, permintaan disetujui.',
      'Pantau permintaan di halaman yang sama: terima atau tolak tawaran sebagian, atau batalkan permintaan selagi masih bisa.',
    ],
  },
  start_return: {
    title: 'Memulai retur',
    keywords: 'retur kembalikan tukar penggantian label',
    steps: [
      'Buka pesanan, pilih Minta pengembalian dana, lalu Retur dan pengembalian dana (atau Penggantian).',
      'Pilih barang dan jumlahnya, beri alasan, lalu kirim permintaan.',
      'Saat penjual setuju, label retur muncul dengan kurir, nomor resi, dan batas tanggal pengiriman.',
      'Kirim paketnya dan pilih Sudah saya kirim. Dana dikembalikan setelah penjual menerimanya.',
    ],
  },
  open_dispute: {
    title: 'Membuka sengketa',
    keywords: 'sengketa keluhan komplain masalah tidak diterima rusak barang salah kasus',
    steps: [
      'Buka pesanan dan pilih Laporkan masalah.',
      'Pilih alasan dan barangnya, ceritakan yang terjadi, dan apa yang Anda inginkan: pengembalian dana, penggantian, atau retur dan pengembalian dana.',
      'Tambahkan foto atau dokumen jika ada, lalu kirim. Draf Anda tetap tersimpan di perangkat ini jika Anda pergi.',
      'Pantau kasusnya: tanggapi tawaran penjual, balas pesan, dan pilih Minta tim kami memutuskan jika tersedia.',
    ],
  },
  notifications: {
    title: 'Mengatur notifikasi',
    keywords: 'notifikasi email SMS pesan peringatan preferensi berhenti langganan',
    steps: [
      'Buka pesanan Anda dan pilih tab Pengaturan notifikasi.',
      'Setiap jenis pesan punya sakelar untuk tiap saluran, seperti email atau SMS.',
      'Nyalakan atau matikan sakelar: perubahan langsung tersimpan.',
    ],
  },
  your_data: {
    title: 'Mengunduh atau menghapus data Anda',
    keywords: 'privasi data pribadi ekspor hapus akun',
    steps: [
      'Buka Privasi dan pilih Unduh data saya. File disiapkan; unduh saat sudah siap.',
      'Untuk menghapusnya, pilih Hapus data saya. Anda melihat apa yang dihapus, dan apa yang wajib kami simpan menurut hukum serta alasannya.',
      'Pesanan, pengembalian dana, dan sengketa yang masih terbuka harus selesai dulu; pesanan yang belum dibayar bisa dibatalkan langsung di sana.',
      'Konfirmasi, dan data Anda dihapus.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Cari di panduan',
  search: 'Cari',
  list: 'Semua panduan',
  results: 'Panduan yang cocok dengan “{query}”:',
  found: 'Panduan ditemukan: {count}.',
  no_results:
    'Tidak ada panduan yang cocok dengan “{query}”. Coba kata lain, atau minta bantuan seseorang. Jika halaman tidak dimuat, periksa koneksi Anda.',
  helpful: 'Apakah ini membantu?',
  yes: 'Ya',
  no: 'Tidak',
  thanks: 'Terima kasih atas masukan Anda.',
  back: 'Kembali ke panduan',
  video: 'Video panduan: {title}',
  captions: 'Teks',
  transcript: 'Transkrip',
  no_video: 'Browser ini tidak dapat memutar video. Langkah-langkah di bawah menjelaskan hal yang sama.',
} satisfies GuideWords;
