import type { NotificationWording } from './types.js';

/** Emails and text messages in id: each SMS is the subject and, where there is one, the next step. */
const wid: NotificationWording = {
  caseNoun: { dispute: 'sengketa', refund_request: 'permintaan pengembalian dana' },
  caseSubjects: {
    message_added: 'Pesan baru tentang kasus Anda untuk pesanan {number}',
    offer_received: 'Penjual membuat penawaran pada kasus Anda untuk pesanan {number}',
    approved: 'Kasus Anda untuk pesanan {number} disetujui',
    auto_approved: 'Kasus Anda untuk pesanan {number} disetujui',
    rejected: 'Penjual menolak kasus Anda untuk pesanan {number}',
    deadline_passed: 'Tenggat waktu terlewati pada kasus Anda untuk pesanan {number}',
    escalated: 'Kasus Anda untuk pesanan {number} diteruskan ke tim dukungan kami',
    info_requested: 'Kami memerlukan informasi lebih lanjut tentang kasus Anda untuk pesanan {number}',
    decided: 'Keputusan telah dibuat atas kasus Anda untuk pesanan {number}',
    return_label_ready: 'Label retur untuk pesanan {number} sudah siap',
    return_received: 'Penjual telah menerima retur Anda untuk pesanan {number}',
    refund_issued: 'Pengembalian dana untuk pesanan {number} sedang diproses',
    replacement_shipped: 'Pengganti untuk pesanan {number} sudah dikirim',
  },
  caseSms: {
    message_added: 'Pesan baru tentang kasus Anda untuk pesanan {number}. Buka halaman pesanan Anda untuk membacanya.',
    offer_received:
      'Penjual membuat penawaran pada kasus Anda untuk pesanan {number}. Buka halaman pesanan Anda untuk menjawab.',
    approved: 'Kasus Anda untuk pesanan {number} disetujui.',
    auto_approved: 'Kasus Anda untuk pesanan {number} disetujui.',
    rejected:
      'Penjual menolak kasus Anda untuk pesanan {number}. Buka halaman pesanan Anda untuk melihat pilihan Anda.',
    deadline_passed:
      'Tenggat waktu terlewati pada kasus Anda untuk pesanan {number}. Buka halaman pesanan Anda untuk langkah berikutnya.',
    escalated: 'Kasus Anda untuk pesanan {number} diteruskan ke tim dukungan kami.',
    info_requested:
      'Kami memerlukan informasi lebih lanjut tentang kasus Anda untuk pesanan {number}. Buka halaman pesanan Anda untuk menjawab.',
    decided:
      'Keputusan telah dibuat atas kasus Anda untuk pesanan {number}. Buka halaman pesanan Anda untuk melihatnya.',
    return_label_ready: 'Label retur untuk pesanan {number} sudah siap. Buka halaman pesanan Anda untuk mengambilnya.',
    return_received: 'Penjual telah menerima retur Anda untuk pesanan {number}.',
    refund_issued: 'Pengembalian dana untuk pesanan {number} sedang diproses.',
    replacement_shipped: 'Pengganti untuk pesanan {number} sudah dikirim.',
  },
  caseSubjectOther: 'Kabar terbaru tentang kasus Anda untuk pesanan {number}',
  caseSmsOther: 'Kabar terbaru tentang kasus Anda untuk pesanan {number}.',
  caseText: '{subject}. Masuk dan buka pesanan untuk melihat detail dan langkah yang dapat Anda ambil.',
  statusSubjects: {
    awaiting_shipment: 'Pesanan Anda {number} sudah dikonfirmasi',
    in_transit: 'Pesanan Anda {number} sedang dalam perjalanan',
    delivered: 'Pesanan Anda {number} sudah diterima',
    cancelled: 'Pesanan Anda {number} dibatalkan',
  },
  milestoneSubjects: {
    out_for_delivery: 'Pesanan Anda {number} diantar hari ini',
    failed_attempt: 'Kami tidak dapat mengantar pesanan Anda {number}',
    exception: 'Ada masalah dengan pengiriman pesanan {number}',
    available_for_pickup: 'Pesanan Anda {number} siap diambil',
    expired: 'Pelacakan pesanan {number} berhenti diperbarui',
    delayed: 'Pesanan Anda {number} terlambat',
  },
  orderSubjectOther: 'Kabar terbaru tentang pesanan {number}',
  orderText: '{subject}. Buka halaman pesanan Anda untuk melihat detailnya.',
  guestTrackText: 'Lacak pesanan Anda di {url} dengan nomor pesanan {number} dan alamat email ini.',
  supportReplySubject: 'Tim dukungan kami telah menjawab pertanyaan Anda tentang pesanan {number}',
  supportReplySubjectNoOrder: 'Tim dukungan kami telah menjawab pertanyaan Anda',
  supportReplyText:
    '{subject}. Masuk dan buka percakapan Anda dengan tim dukungan untuk membaca jawabannya dan membalas.',
  supportReplySms: 'Tim dukungan kami telah menjawab pertanyaan Anda tentang pesanan {number}. Masuk untuk membacanya.',
  supportReplySmsNoOrder: 'Tim dukungan kami telah menjawab pertanyaan Anda. Masuk untuk membacanya.',
  statusSms: {
    awaiting_shipment: 'Pesanan Anda {number} sudah dikonfirmasi.',
    in_transit: 'Pesanan Anda {number} sedang dalam perjalanan.',
    delivered: 'Pesanan Anda {number} sudah diterima.',
    cancelled: 'Pesanan Anda {number} dibatalkan.',
  },
  milestoneSms: {
    out_for_delivery: 'Pesanan Anda {number} diantar hari ini.',
    failed_attempt:
      'Kami tidak dapat mengantar pesanan Anda {number}. Buka halaman pesanan Anda untuk langkah berikutnya.',
    exception: 'Ada masalah dengan pengiriman pesanan {number}. Buka halaman pesanan Anda untuk langkah berikutnya.',
    available_for_pickup: 'Pesanan Anda {number} siap diambil.',
    expired: 'Pelacakan pesanan {number} berhenti diperbarui. Buka halaman pesanan Anda untuk langkah berikutnya.',
    delayed: 'Pesanan Anda {number} terlambat. Buka halaman pesanan Anda untuk perkiraan terbaru.',
  },
  orderSmsOther: 'Kabar terbaru tentang pesanan {number}.',
};

export default wid;
