import type { NotificationWording } from './types.js';

/** Emails and text messages in ms: each SMS is the subject and, where there is one, the next step. */
const wms: NotificationWording = {
  caseNoun: { dispute: 'pertikaian', refund_request: 'permintaan bayaran balik' },
  caseSubjects: {
    message_added: 'Mesej baharu tentang kes anda untuk pesanan {number}',
    offer_received: 'Penjual membuat tawaran pada kes anda untuk pesanan {number}',
    approved: 'Kes anda untuk pesanan {number} telah diluluskan',
    auto_approved: 'Kes anda untuk pesanan {number} telah diluluskan',
    rejected: 'Penjual menolak kes anda untuk pesanan {number}',
    deadline_passed: 'Tarikh akhir telah berlalu pada kes anda untuk pesanan {number}',
    escalated: 'Kes anda untuk pesanan {number} telah dihantar kepada pasukan sokongan kami',
    info_requested: 'Kami memerlukan maklumat lanjut tentang kes anda untuk pesanan {number}',
    decided: 'Keputusan telah dibuat tentang kes anda untuk pesanan {number}',
    return_label_ready: 'Label pemulangan untuk pesanan {number} sudah sedia',
    return_received: 'Penjual telah menerima pemulangan anda untuk pesanan {number}',
    refund_issued: 'Bayaran balik untuk pesanan {number} sedang diproses',
    replacement_shipped: 'Barang ganti untuk pesanan {number} telah dihantar',
  },
  caseSms: {
    message_added: 'Mesej baharu tentang kes anda untuk pesanan {number}. Buka halaman pesanan anda untuk membacanya.',
    offer_received:
      'Penjual membuat tawaran pada kes anda untuk pesanan {number}. Buka halaman pesanan anda untuk menjawab.',
    approved: 'Kes anda untuk pesanan {number} telah diluluskan.',
    auto_approved: 'Kes anda untuk pesanan {number} telah diluluskan.',
    rejected: 'Penjual menolak kes anda untuk pesanan {number}. Buka halaman pesanan anda untuk melihat pilihan anda.',
    deadline_passed:
      'Tarikh akhir telah berlalu pada kes anda untuk pesanan {number}. Buka halaman pesanan anda untuk langkah seterusnya.',
    escalated: 'Kes anda untuk pesanan {number} telah dihantar kepada pasukan sokongan kami.',
    info_requested:
      'Kami memerlukan maklumat lanjut tentang kes anda untuk pesanan {number}. Buka halaman pesanan anda untuk menjawab.',
    decided:
      'Keputusan telah dibuat tentang kes anda untuk pesanan {number}. Buka halaman pesanan anda untuk melihatnya.',
    return_label_ready:
      'Label pemulangan untuk pesanan {number} sudah sedia. Buka halaman pesanan anda untuk mendapatkannya.',
    return_received: 'Penjual telah menerima pemulangan anda untuk pesanan {number}.',
    refund_issued: 'Bayaran balik untuk pesanan {number} sedang diproses.',
    replacement_shipped: 'Barang ganti untuk pesanan {number} telah dihantar.',
  },
  caseSubjectOther: 'Berita terkini tentang kes anda untuk pesanan {number}',
  caseSmsOther: 'Berita terkini tentang kes anda untuk pesanan {number}.',
  caseText:
    '{subject}. Log masuk dan buka pesanan untuk melihat butiran dan perkara yang boleh anda lakukan seterusnya.',
  statusSubjects: {
    awaiting_shipment: 'Pesanan anda {number} telah disahkan',
    in_transit: 'Pesanan anda {number} dalam perjalanan',
    delivered: 'Pesanan anda {number} telah dihantar',
    cancelled: 'Pesanan anda {number} telah dibatalkan',
  },
  milestoneSubjects: {
    out_for_delivery: 'Pesanan anda {number} akan dihantar hari ini',
    failed_attempt: 'Kami tidak dapat menghantar pesanan anda {number}',
    exception: 'Terdapat masalah dengan penghantaran pesanan {number}',
    available_for_pickup: 'Pesanan anda {number} sedia untuk diambil',
    expired: 'Penjejakan pesanan {number} berhenti dikemas kini',
    delayed: 'Pesanan anda {number} lewat',
  },
  orderSubjectOther: 'Berita terkini tentang pesanan {number}',
  orderText: '{subject}. Buka halaman pesanan anda untuk melihat butirannya.',
  guestTrackText: 'Jejaki pesanan anda di {url} dengan nombor pesanan {number} dan alamat e-mel ini.',
  supportReplySubject: 'Pasukan sokongan kami telah menjawab soalan anda tentang pesanan {number}',
  supportReplySubjectNoOrder: 'Pasukan sokongan kami telah menjawab soalan anda',
  supportReplyText:
    '{subject}. Log masuk dan buka perbualan anda dengan pasukan sokongan untuk membaca jawapan dan membalas.',
  supportReplySms:
    'Pasukan sokongan kami telah menjawab soalan anda tentang pesanan {number}. Log masuk untuk membacanya.',
  supportReplySmsNoOrder: 'Pasukan sokongan kami telah menjawab soalan anda. Log masuk untuk membacanya.',
  statusSms: {
    awaiting_shipment: 'Pesanan anda {number} telah disahkan.',
    in_transit: 'Pesanan anda {number} dalam perjalanan.',
    delivered: 'Pesanan anda {number} telah dihantar.',
    cancelled: 'Pesanan anda {number} telah dibatalkan.',
  },
  milestoneSms: {
    out_for_delivery: 'Pesanan anda {number} akan dihantar hari ini.',
    failed_attempt:
      'Kami tidak dapat menghantar pesanan anda {number}. Buka halaman pesanan anda untuk langkah seterusnya.',
    exception:
      'Terdapat masalah dengan penghantaran pesanan {number}. Buka halaman pesanan anda untuk langkah seterusnya.',
    available_for_pickup: 'Pesanan anda {number} sedia untuk diambil.',
    expired: 'Penjejakan pesanan {number} berhenti dikemas kini. Buka halaman pesanan anda untuk langkah seterusnya.',
    delayed: 'Pesanan anda {number} lewat. Buka halaman pesanan anda untuk anggaran terkini.',
  },
  orderSmsOther: 'Berita terkini tentang pesanan {number}.',
};

export default wms;
