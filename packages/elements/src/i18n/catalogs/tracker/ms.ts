import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Malay (Malaysia), with "anda", as Malaysian shopping apps address buyers. */
const ms = {
  'tracker.heading': 'Pesanan {number}',
  'tracker.loading': 'Memuatkan pesanan anda…',
  'tracker.loaded': 'Pesanan {number} dimuatkan. Status: {status}.',
  'tracker.placed': 'Dibuat pada {date}',
  'tracker.sold_by': 'Dijual oleh {seller}',
  'tracker.status_heading': 'Status',
  'tracker.items_heading': { other: '{count} barang' },
  'tracker.quantity': 'Kuantiti: {count}',
  'tracker.unit_price': '{price} seunit',
  'tracker.variant': 'Pilihan: {variant}',
  'tracker.summary_heading': 'Ringkasan pembayaran',
  'tracker.subtotal': 'Jumlah kecil',
  'tracker.shipping': 'Penghantaran',
  'tracker.tax': 'Cukai',
  'tracker.discount': 'Diskaun',
  'tracker.total': 'Jumlah',
  'tracker.not_found.title': 'Kami tidak menjumpai pesanan ini',
  'tracker.not_found.next_step':
    'Semak nombor pesanan dalam e-mel pengesahan, dan pastikan anda log masuk dengan akaun yang digunakan untuk membuat pesanan.',
  'tracker.not_configured.title': 'Penjejakan pesanan belum disediakan di halaman ini',
  'tracker.not_configured.next_step': 'Hubungi penjual dan beritahu bahawa tetapan penjejakan pesanan tiada.',
  'tracker.tag.pending.label': 'Menunggu maklumat penjejakan',
  'tracker.tag.pending.explanation':
    'Penjual telah membuat penghantaran. Syarikat kurier belum menghantar sebarang berita.',
  'tracker.tag.info_received.label': 'Label dicipta',
  'tracker.tag.info_received.explanation':
    'Syarikat kurier sudah ada butiran bungkusan dan akan mengambilnya tidak lama lagi.',
  'tracker.tag.in_transit.label': 'Dalam perjalanan',
  'tracker.tag.in_transit.explanation':
    'Syarikat kurier sudah menerima bungkusan anda dan sedang membawanya kepada anda.',
  'tracker.tag.out_for_delivery.label': 'Sedang dihantar',
  'tracker.tag.out_for_delivery.explanation': 'Bungkusan anda bersama pemandu penghantar dan sepatutnya tiba hari ini.',
  'tracker.tag.failed_attempt.label': 'Cubaan penghantaran gagal',
  'tracker.tag.failed_attempt.explanation': 'Syarikat kurier cuba menghantar bungkusan anda tetapi tidak berjaya.',
  'tracker.tag.available_for_pickup.label': 'Sedia untuk diambil',
  'tracker.tag.available_for_pickup.explanation':
    'Bungkusan anda menunggu di tempat pengambilan. Bawa kad pengenalan dan nombor penjejakan anda.',
  'tracker.tag.delivered.label': 'Dihantar',
  'tracker.tag.delivered.explanation': 'Menurut syarikat kurier, bungkusan anda telah dihantar.',
  'tracker.tag.exception.label': 'Masalah penghantaran',
  'tracker.tag.exception.explanation':
    'Sesuatu menahan bungkusan anda, contohnya kerosakan, kastam atau alamat yang salah.',
  'tracker.tag.expired.label': 'Penjejakan dihentikan',
  'tracker.tag.expired.explanation': 'Syarikat kurier sudah lama tidak menghantar berita, jadi penjejakan dihentikan.',
  'tracker.shipments_heading': 'Penjejakan',
  'tracker.no_shipments':
    'Belum ada yang dihantar. Maklumat penjejakan akan muncul di sini selepas penjual menyerahkan bungkusan anda kepada syarikat kurier.',
  'tracker.parcel_heading': 'Bungkusan {index} daripada {total}',
  'tracker.parcel_single': 'Bungkusan anda',
  'tracker.parcel_contents': 'Dalam bungkusan ini: {items}',
  'tracker.carrier': 'Syarikat kurier',
  'tracker.tracking_number': 'Nombor penjejakan',
  'tracker.copy': 'Salin nombor penjejakan',
  'tracker.copied': 'Nombor penjejakan disalin.',
  'tracker.copy_failed': 'Tidak dapat menyalin. Pilih nombor penjejakan dan salin sendiri.',
  'tracker.estimate_range': 'Dijangka tiba antara {from} dan {to}',
  'tracker.estimate_day': 'Dijangka tiba pada {date}',
  'tracker.estimate_relative': 'Tiba {relative}',
  'tracker.estimate_revised': 'Syarikat kurier telah menukar anggaran tarikh.',
  'tracker.delivered_on': 'Dihantar pada {date}',
  'tracker.late': 'Lewat daripada jangkaan',
  'tracker.timeline_heading': 'Berita daripada syarikat kurier',
  'tracker.timeline_show_all': 'Tunjukkan semua berita ({count})',
  'tracker.timeline_show_fewer': 'Tunjukkan kurang berita',
  'tracker.no_checkpoints': 'Belum ada berita daripada syarikat kurier.',
  'tracker.problem.exception.title': 'Ada masalah dengan penghantaran ini',
  'tracker.problem.exception.explanation':
    'Syarikat kurier melaporkan masalah dan bungkusan anda tidak bergerak sekarang. Penjual boleh bertanya kepada syarikat kurier bagi pihak anda.',
  'tracker.problem.failed_attempt.title': 'Syarikat kurier tidak dapat menghantar bungkusan anda',
  'tracker.problem.failed_attempt.explanation':
    'Biasanya mereka cuba lagi pada hari bekerja seterusnya atau meninggalkannya di tempat pengambilan. Jika tiada orang di rumah, hubungi penjual.',
  'tracker.problem.expired.title': 'Bungkusan ini tidak lagi dijejaki',
  'tracker.problem.expired.explanation':
    'Syarikat kurier sudah lama tidak menghantar berita. Bungkusan mungkin hilang. Tanya penjual atau laporkan bahawa ia tidak diterima.',
  'tracker.problem.late.title': 'Bungkusan anda lewat',
  'tracker.problem.late.explanation':
    'Tarikh penghantaran yang dijangka sudah berlalu. Selalunya bungkusan hanya lewat beberapa hari, tetapi anda tidak perlu menunggu: tanya penjual atau laporkan bahawa ia tidak diterima.',
  'tracker.problem.not_received.title': 'Ditanda sebagai dihantar, tetapi tiada pada anda?',
  'tracker.problem.not_received.explanation':
    'Periksa peti surat anda, tanya jiran dan lihat di tempat selamat. Jika tiada, beritahu kami dan kami akan membantu anda mendapatkan bayaran balik atau barang gantian.',
  'tracker.not_received_toggle': 'Saya tidak menerimanya',
  'tracker.action.contact_seller': 'Hubungi penjual',
  'tracker.action.report_not_received': 'Laporkan tidak diterima',
  'tracker.action.get_help': 'Dapatkan bantuan',
  'tracker.live.shipment': 'Berita terkini bungkusan anda: {status}.',
  'tracker.live.order': 'Pesanan anda kini: {status}.',
  'tracker.offline': 'Anda di luar talian. Berita penjejakan akan bersambung apabila anda kembali dalam talian.',
  'tracker.online': 'Anda kembali dalam talian. Penjejakan sudah terkini.',
  'tracker.guest.heading': 'Jejak pesanan anda',
  'tracker.guest.intro': 'Masukkan nombor pesanan dan alamat e-mel yang anda gunakan semasa membuat pesanan.',
  'tracker.guest.order_number': 'Nombor pesanan',
  'tracker.guest.order_number_hint': 'Ia ada dalam e-mel pengesahan anda, contohnya TX-1006.',
  'tracker.guest.email': 'Alamat e-mel',
  'tracker.guest.submit': 'Jejak pesanan',
  'tracker.guest.submitting': 'Mencari pesanan anda…',
  'tracker.guest.summary': 'Semak butiran di bawah',
  'tracker.guest.order_number_missing': 'Masukkan nombor pesanan anda.',
  'tracker.guest.email_invalid':
    'Masukkan alamat e-mel yang anda gunakan semasa membuat pesanan, contohnya nama@contoh.com.',
  'tracker.guest.not_found':
    'Kami tidak menemui pesanan dengan nombor dan alamat e-mel ini. Semak kedua-duanya, kemudian cuba lagi.',
  'tracker.other': 'Status: sedang dikemas kini',
} as const satisfies CompleteCatalog<'tracker'>;

export default ms;
