import type { NotificationWording } from './types.js';

/** Emails and text messages in hu: each SMS is the subject and, where there is one, the next step. */
const whu: NotificationWording = {
  caseNoun: { dispute: 'vita', refund_request: 'visszatérítési kérés' },
  caseSubjects: {
    message_added: 'Új üzenet a(z) {number} számú rendeléssel kapcsolatos ügyében',
    offer_received: 'Az eladó ajánlatot tett a(z) {number} számú rendeléssel kapcsolatos ügyében',
    approved: 'A(z) {number} számú rendeléssel kapcsolatos ügyét jóváhagyták',
    auto_approved: 'A(z) {number} számú rendeléssel kapcsolatos ügyét jóváhagyták',
    rejected: 'Az eladó elutasította a(z) {number} számú rendeléssel kapcsolatos ügyét',
    deadline_passed: 'Lejárt egy határidő a(z) {number} számú rendeléssel kapcsolatos ügyében',
    escalated: 'A(z) {number} számú rendeléssel kapcsolatos ügyét most ügyfélszolgálatunk kezeli',
    info_requested: 'További információra van szükségünk a(z) {number} számú rendeléssel kapcsolatos ügyéhez',
    decided: 'Döntés született a(z) {number} számú rendeléssel kapcsolatos ügyében',
    return_label_ready: 'Elkészült a(z) {number} számú rendelés visszaküldési címkéje',
    return_received: 'Az eladó megkapta a(z) {number} számú rendelésből visszaküldött csomagot',
    refund_issued: 'A(z) {number} számú rendelés visszatérítése úton van',
    replacement_shipped: 'A(z) {number} számú rendelés csereterméke feladásra került',
  },
  caseSms: {
    message_added:
      'Új üzenet a(z) {number} számú rendeléssel kapcsolatos ügyében. Az elolvasásához nyissa meg a rendelés oldalát.',
    offer_received:
      'Az eladó ajánlatot tett a(z) {number} számú rendeléssel kapcsolatos ügyében. A válaszhoz nyissa meg a rendelés oldalát.',
    approved: 'A(z) {number} számú rendeléssel kapcsolatos ügyét jóváhagyták.',
    auto_approved: 'A(z) {number} számú rendeléssel kapcsolatos ügyét jóváhagyták.',
    rejected:
      'Az eladó elutasította a(z) {number} számú rendeléssel kapcsolatos ügyét. A lehetőségeiért nyissa meg a rendelés oldalát.',
    deadline_passed:
      'Lejárt egy határidő a(z) {number} számú rendeléssel kapcsolatos ügyében. A következő lépésért nyissa meg a rendelés oldalát.',
    escalated: 'A(z) {number} számú rendeléssel kapcsolatos ügyét most ügyfélszolgálatunk kezeli.',
    info_requested:
      'További információra van szükségünk a(z) {number} számú rendeléssel kapcsolatos ügyéhez. A válaszhoz nyissa meg a rendelés oldalát.',
    decided:
      'Döntés született a(z) {number} számú rendeléssel kapcsolatos ügyében. A megtekintéséhez nyissa meg a rendelés oldalát.',
    return_label_ready:
      'Elkészült a(z) {number} számú rendelés visszaküldési címkéje. A letöltéséhez nyissa meg a rendelés oldalát.',
    return_received: 'Az eladó megkapta a(z) {number} számú rendelésből visszaküldött csomagot.',
    refund_issued: 'A(z) {number} számú rendelés visszatérítése úton van.',
    replacement_shipped: 'A(z) {number} számú rendelés csereterméke feladásra került.',
  },
  caseSubjectOther: 'Újdonság a(z) {number} számú rendeléssel kapcsolatos ügyében',
  caseSmsOther: 'Újdonság a(z) {number} számú rendeléssel kapcsolatos ügyében.',
  caseText: '{subject}. A részletekért és a következő lépésekért jelentkezzen be, és nyissa meg a rendelést.',
  statusSubjects: {
    awaiting_shipment: 'A(z) {number} számú rendelését visszaigazoltuk',
    in_transit: 'A(z) {number} számú rendelése úton van',
    delivered: 'A(z) {number} számú rendelését kézbesítették',
    cancelled: 'A(z) {number} számú rendelését lemondták',
  },
  milestoneSubjects: {
    out_for_delivery: 'A(z) {number} számú rendelését ma kézbesítik',
    failed_attempt: 'Nem tudtuk kézbesíteni a(z) {number} számú rendelését',
    exception: 'Probléma van a(z) {number} számú rendelés kézbesítésével',
    available_for_pickup: 'A(z) {number} számú rendelése átvehető',
    expired: 'A(z) {number} számú rendelés követése már nem frissül',
    delayed: 'A(z) {number} számú rendelése késik',
  },
  orderSubjectOther: 'Újdonság a(z) {number} számú rendeléssel kapcsolatban',
  orderText: '{subject}. A részletekért nyissa meg a rendelés oldalát.',
  guestTrackText: 'Kövesse rendelését itt: {url}, a(z) {number} rendelésszámmal és ezzel az e-mail-címmel.',
  supportReplySubject: 'Ügyfélszolgálatunk válaszolt a(z) {number} számú rendeléssel kapcsolatos kérdésére',
  supportReplySubjectNoOrder: 'Ügyfélszolgálatunk válaszolt a kérdésére',
  supportReplyText:
    '{subject}. A válasz elolvasásához és a válaszadáshoz jelentkezzen be, és nyissa meg az ügyfélszolgálattal folytatott beszélgetést.',
  supportReplySms:
    'Ügyfélszolgálatunk válaszolt a(z) {number} számú rendeléssel kapcsolatos kérdésére. A válasz elolvasásához jelentkezzen be.',
  supportReplySmsNoOrder: 'Ügyfélszolgálatunk válaszolt a kérdésére. A válasz elolvasásához jelentkezzen be.',
  statusSms: {
    awaiting_shipment: 'A(z) {number} számú rendelését visszaigazoltuk.',
    in_transit: 'A(z) {number} számú rendelése úton van.',
    delivered: 'A(z) {number} számú rendelését kézbesítették.',
    cancelled: 'A(z) {number} számú rendelését lemondták.',
  },
  milestoneSms: {
    out_for_delivery: 'A(z) {number} számú rendelését ma kézbesítik.',
    failed_attempt:
      'Nem tudtuk kézbesíteni a(z) {number} számú rendelését. A következő lépésért nyissa meg a rendelés oldalát.',
    exception:
      'Probléma van a(z) {number} számú rendelés kézbesítésével. A következő lépésért nyissa meg a rendelés oldalát.',
    available_for_pickup: 'A(z) {number} számú rendelése átvehető.',
    expired:
      'A(z) {number} számú rendelés követése már nem frissül. A következő lépésért nyissa meg a rendelés oldalát.',
    delayed: 'A(z) {number} számú rendelése késik. A legfrissebb becslésért nyissa meg a rendelés oldalát.',
  },
  orderSmsOther: 'Újdonság a(z) {number} számú rendeléssel kapcsolatban.',
};

export default whu;
