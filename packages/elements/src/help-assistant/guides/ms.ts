import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Malay. */
export default {
  payment_method: {
    title: 'Tambah atau tukar kaedah pembayaran',
    keywords: 'kad kredit debit dompet bayar pembayaran ditolak kad disimpan',
    steps: [
      'Buka checkout anda dan pergi ke langkah Pembayaran (pilih Tukar jika anda sudah selesai).',
      'Pilih kad yang disimpan, masukkan kad baharu, bayar dengan dompet TxPay atau pilih tunai semasa penghantaran jika ditawarkan. Kad yang tamat tempoh tidak boleh dipilih.',
      'Teruskan ke Semakan dan pilih Buat pesanan dan bayar.',
      'Jika pembayaran ditolak, pilih Cuba kad lain dalam Bantuan: alamat dan pilihan penghantaran anda dikekalkan.',
    ],
  },
  track_parcel: {
    title: 'Jejak bungkusan',
    keywords: 'penghantaran kiriman bungkusan nombor penjejakan kurier di mana pesanan saya lewat',
    steps: [
      'Buka pesanan anda dan pilih pesanan itu.',
      'Setiap bungkusan menunjukkan status, bila ia patut tiba, kurier dan nombor penjejakan (Salin untuk menyalinnya).',
      'Pilih Tunjukkan semua kemas kini untuk melihat setiap berita daripada kurier, yang terbaharu dahulu.',
      'Jika bungkusan lewat atau bermasalah, pilih Hubungi penjual, Laporkan tidak diterima atau Dapatkan bantuan.',
    ],
  },
  request_refund: {
    title: 'Minta bayaran balik',
    keywords: 'wang balik bayaran balik pulangan wang batal',
    steps: [
      'Buka pesanan dan pilih Minta bayaran balik. Halaman menunjukkan sehingga bila anda boleh meminta.',
      'Pilih Bayaran balik, item dan kuantiti, serta sebab (nota adalah pilihan).',
      'Semak jumlahnya dan hantar permintaan. Penjual mesti menjawab sebelum tarikh yang ditunjukkan; jika tidak, ia diluluskan.',
      'Ikuti permintaan di halaman yang sama: terima atau tolak tawaran separa, atau batalkan permintaan selagi boleh.',
    ],
  },
  start_return: {
    title: 'Mulakan pemulangan',
    keywords: 'pemulangan pulangkan tukar ganti label',
    steps: [
      'Buka pesanan, pilih Minta bayaran balik, kemudian Pemulangan dan bayaran balik (atau Penggantian).',
      'Pilih item dan kuantiti, beri sebab dan hantar permintaan.',
      'Apabila penjual bersetuju, label pemulangan dipaparkan dengan kurier, nombor penjejakan dan tarikh akhir untuk menghantarnya.',
      'Hantar bungkusan dan pilih Saya sudah menghantarnya. Bayaran balik menyusul apabila penjual menerimanya.',
    ],
  },
  open_dispute: {
    title: 'Buka pertikaian',
    keywords: 'pertikaian aduan masalah tidak diterima rosak item salah kes tuntutan',
    steps: [
      'Buka pesanan dan pilih Laporkan masalah.',
      'Pilih sebab dan item, terangkan apa yang berlaku dan apa yang anda mahu: bayaran balik, penggantian, atau pemulangan dan bayaran balik.',
      'Tambah foto atau dokumen jika ada, kemudian hantar. Draf anda disimpan pada peranti ini jika anda keluar.',
      'Ikuti kes: jawab tawaran penjual, balas mesej dan pilih Minta pasukan kami membuat keputusan apabila ditawarkan.',
    ],
  },
  notifications: {
    title: 'Urus pemberitahuan',
    keywords: 'pemberitahuan e-mel SMS mesej makluman keutamaan berhenti langgan',
    steps: [
      'Buka pesanan anda dan pilih tab Tetapan pemberitahuan.',
      'Setiap jenis mesej ada suis untuk setiap saluran, seperti e-mel atau SMS.',
      'Hidupkan atau matikan suis: perubahan disimpan serta-merta.',
    ],
  },
  your_data: {
    title: 'Muat turun atau padam data anda',
    keywords: 'privasi data peribadi eksport padam hapus akaun',
    steps: [
      'Buka Privasi dan pilih Muat turun data saya. Fail disediakan; muat turunnya apabila sedia.',
      'Untuk memadamnya, pilih Padam data saya. Anda nampak apa yang dibuang, dan apa yang undang-undang wajibkan kami simpan serta sebabnya.',
      'Pesanan, bayaran balik dan pertikaian yang masih terbuka mesti selesai dahulu; pesanan yang belum dibayar boleh dibatalkan di situ juga.',
      'Sahkan, dan data anda dipadam.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Cari dalam panduan',
  search: 'Cari',
  list: 'Semua panduan',
  results: 'Panduan yang sepadan dengan “{query}”:',
  found: 'Panduan ditemui: {count}.',
  no_results:
    'Tiada panduan yang sepadan dengan “{query}”. Cuba perkataan lain, atau minta bantuan seseorang. Jika halaman tidak dimuatkan, semak sambungan anda.',
  helpful: 'Adakah ini membantu?',
  yes: 'Ya',
  no: 'Tidak',
  thanks: 'Terima kasih kerana memberitahu kami.',
  back: 'Kembali ke panduan',
  video: 'Video panduan: {title}',
  captions: 'Sari kata',
  transcript: 'Transkrip',
  no_video: 'Pelayar ini tidak dapat memainkan video. Langkah di bawah menerangkan perkara yang sama.',
} satisfies GuideWords;
