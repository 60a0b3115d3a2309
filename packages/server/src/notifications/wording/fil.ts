import type { NotificationWording } from './types.js';

/** Emails and text messages in fil: each SMS is the subject and, where there is one, the next step. */
const wfil: NotificationWording = {
  caseNoun: { dispute: 'dispute', refund_request: 'hiling na refund' },
  caseSubjects: {
    message_added: 'Bagong mensahe tungkol sa iyong kaso para sa order {number}',
    offer_received: 'Nag-alok ang nagbebenta sa iyong kaso para sa order {number}',
    approved: 'Inaprubahan ang iyong kaso para sa order {number}',
    auto_approved: 'Inaprubahan ang iyong kaso para sa order {number}',
    rejected: 'Tinanggihan ng nagbebenta ang iyong kaso para sa order {number}',
    deadline_passed: 'Lumipas ang isang deadline sa iyong kaso para sa order {number}',
    escalated: 'Napunta sa aming support team ang iyong kaso para sa order {number}',
    info_requested: 'Kailangan namin ng higit pang impormasyon tungkol sa iyong kaso para sa order {number}',
    decided: 'May desisyon na sa iyong kaso para sa order {number}',
    return_label_ready: 'Handa na ang iyong return label para sa order {number}',
    return_received: 'Natanggap ng nagbebenta ang iyong ibinalik para sa order {number}',
    refund_issued: 'Parating na ang iyong refund para sa order {number}',
    replacement_shipped: 'Naipadala na ang kapalit para sa order {number}',
  },
  caseSms: {
    message_added:
      'Bagong mensahe tungkol sa iyong kaso para sa order {number}. Buksan ang page ng iyong order para basahin ito.',
    offer_received:
      'Nag-alok ang nagbebenta sa iyong kaso para sa order {number}. Buksan ang page ng iyong order para sumagot.',
    approved: 'Inaprubahan ang iyong kaso para sa order {number}.',
    auto_approved: 'Inaprubahan ang iyong kaso para sa order {number}.',
    rejected:
      'Tinanggihan ng nagbebenta ang iyong kaso para sa order {number}. Buksan ang page ng iyong order para sa iyong mga opsyon.',
    deadline_passed:
      'Lumipas ang isang deadline sa iyong kaso para sa order {number}. Buksan ang page ng iyong order para sa susunod na hakbang.',
    escalated: 'Napunta sa aming support team ang iyong kaso para sa order {number}.',
    info_requested:
      'Kailangan namin ng higit pang impormasyon tungkol sa iyong kaso para sa order {number}. Buksan ang page ng iyong order para sumagot.',
    decided: 'May desisyon na sa iyong kaso para sa order {number}. Buksan ang page ng iyong order para makita ito.',
    return_label_ready:
      'Handa na ang iyong return label para sa order {number}. Buksan ang page ng iyong order para makuha ito.',
    return_received: 'Natanggap ng nagbebenta ang iyong ibinalik para sa order {number}.',
    refund_issued: 'Parating na ang iyong refund para sa order {number}.',
    replacement_shipped: 'Naipadala na ang kapalit para sa order {number}.',
  },
  caseSubjectOther: 'Balita tungkol sa iyong kaso para sa order {number}',
  caseSmsOther: 'Balita tungkol sa iyong kaso para sa order {number}.',
  caseText: '{subject}. Mag-sign in at buksan ang order para makita ang mga detalye at ang susunod mong magagawa.',
  statusSubjects: {
    awaiting_shipment: 'Kumpirmado na ang iyong order {number}',
    in_transit: 'Papunta na ang iyong order {number}',
    delivered: 'Naihatid na ang iyong order {number}',
    cancelled: 'Kinansela ang iyong order {number}',
  },
  milestoneSubjects: {
    out_for_delivery: 'Ihahatid ngayong araw ang iyong order {number}',
    failed_attempt: 'Hindi namin naihatid ang iyong order {number}',
    exception: 'May problema sa paghahatid ng order {number}',
    available_for_pickup: 'Handa nang kunin ang iyong order {number}',
    expired: 'Huminto ang pag-update ng tracking ng order {number}',
    delayed: 'Nahuhuli ang iyong order {number}',
  },
  orderSubjectOther: 'Balita tungkol sa order {number}',
  orderText: '{subject}. Buksan ang page ng iyong order para sa mga detalye.',
  guestTrackText: 'Subaybayan ang iyong order sa {url} gamit ang order number na {number} at ang email address na ito.',
  supportReplySubject: 'Sinagot ng aming support team ang tanong mo tungkol sa order {number}',
  supportReplySubjectNoOrder: 'Sinagot ng aming support team ang tanong mo',
  supportReplyText: '{subject}. Mag-sign in at buksan ang usapan ninyo ng support para mabasa ang sagot at makatugon.',
  supportReplySms:
    'Sinagot ng aming support team ang tanong mo tungkol sa order {number}. Mag-sign in para mabasa ito.',
  supportReplySmsNoOrder: 'Sinagot ng aming support team ang tanong mo. Mag-sign in para mabasa ito.',
  statusSms: {
    awaiting_shipment: 'Kumpirmado na ang iyong order {number}.',
    in_transit: 'Papunta na ang iyong order {number}.',
    delivered: 'Naihatid na ang iyong order {number}.',
    cancelled: 'Kinansela ang iyong order {number}.',
  },
  milestoneSms: {
    out_for_delivery: 'Ihahatid ngayong araw ang iyong order {number}.',
    failed_attempt:
      'Hindi namin naihatid ang iyong order {number}. Buksan ang page ng iyong order para sa susunod na hakbang.',
    exception:
      'May problema sa paghahatid ng order {number}. Buksan ang page ng iyong order para sa susunod na hakbang.',
    available_for_pickup: 'Handa nang kunin ang iyong order {number}.',
    expired:
      'Huminto ang pag-update ng tracking ng order {number}. Buksan ang page ng iyong order para sa susunod na hakbang.',
    delayed: 'Nahuhuli ang iyong order {number}. Buksan ang page ng iyong order para sa pinakabagong tantiya.',
  },
  orderSmsOther: 'Balita tungkol sa order {number}.',
};

export default wfil;
