import type { NotificationWording } from './types.js';

/** Emails and text messages in tr: each SMS is the subject and, where there is one, the next step. */
const wtr: NotificationWording = {
  caseNoun: { dispute: 'anlaşmazlık', refund_request: 'para iadesi talebi' },
  caseSubjects: {
    message_added: '{number} numaralı siparişle ilgili başvurunuzda yeni mesaj var',
    offer_received: 'Satıcı, {number} numaralı siparişle ilgili başvurunuzda size bir teklif yaptı',
    approved: '{number} numaralı siparişle ilgili başvurunuz onaylandı',
    auto_approved: '{number} numaralı siparişle ilgili başvurunuz onaylandı',
    rejected: 'Satıcı, {number} numaralı siparişle ilgili başvurunuzu reddetti',
    deadline_passed: '{number} numaralı siparişle ilgili başvurunuzda bir süre doldu',
    escalated: '{number} numaralı siparişle ilgili başvurunuz artık destek ekibimizde',
    info_requested: '{number} numaralı siparişle ilgili başvurunuz için ek bilgiye ihtiyacımız var',
    decided: '{number} numaralı siparişle ilgili başvurunuz karara bağlandı',
    return_label_ready: '{number} numaralı sipariş için iade gönderi etiketiniz hazır',
    return_received: 'Satıcı, {number} numaralı siparişe ait iade paketinizi teslim aldı',
    refund_issued: '{number} numaralı sipariş için para iadeniz yolda',
    replacement_shipped: '{number} numaralı sipariş için yeni ürününüz kargoya verildi',
  },
  caseSms: {
    message_added:
      '{number} numaralı siparişle ilgili başvurunuzda yeni mesaj var. Okumak için sipariş sayfanızı açın.',
    offer_received:
      'Satıcı, {number} numaralı siparişle ilgili başvurunuzda size bir teklif yaptı. Yanıtlamak için sipariş sayfanızı açın.',
    approved: '{number} numaralı siparişle ilgili başvurunuz onaylandı.',
    auto_approved: '{number} numaralı siparişle ilgili başvurunuz onaylandı.',
    rejected:
      'Satıcı, {number} numaralı siparişle ilgili başvurunuzu reddetti. Seçeneklerinizi görmek için sipariş sayfanızı açın.',
    deadline_passed:
      '{number} numaralı siparişle ilgili başvurunuzda bir süre doldu. Sonraki adım için sipariş sayfanızı açın.',
    escalated: '{number} numaralı siparişle ilgili başvurunuz artık destek ekibimizde.',
    info_requested:
      '{number} numaralı siparişle ilgili başvurunuz için ek bilgiye ihtiyacımız var. Yanıtlamak için sipariş sayfanızı açın.',
    decided: '{number} numaralı siparişle ilgili başvurunuz karara bağlandı. Görmek için sipariş sayfanızı açın.',
    return_label_ready:
      '{number} numaralı sipariş için iade gönderi etiketiniz hazır. Almak için sipariş sayfanızı açın.',
    return_received: 'Satıcı, {number} numaralı siparişe ait iade paketinizi teslim aldı.',
    refund_issued: '{number} numaralı sipariş için para iadeniz yolda.',
    replacement_shipped: '{number} numaralı sipariş için yeni ürününüz kargoya verildi.',
  },
  caseSubjectOther: '{number} numaralı siparişle ilgili başvurunuzda yenilik var',
  caseSmsOther: '{number} numaralı siparişle ilgili başvurunuzda yenilik var.',
  caseText: '{subject}. Ayrıntıları ve sonraki adımlarınızı görmek için giriş yapıp siparişi açın.',
  statusSubjects: {
    awaiting_shipment: '{number} numaralı siparişiniz onaylandı',
    in_transit: '{number} numaralı siparişiniz yolda',
    delivered: '{number} numaralı siparişiniz teslim edildi',
    cancelled: '{number} numaralı siparişiniz iptal edildi',
  },
  milestoneSubjects: {
    out_for_delivery: '{number} numaralı siparişiniz bugün teslim edilecek',
    failed_attempt: '{number} numaralı siparişinizi teslim edemedik',
    exception: '{number} numaralı siparişin teslimatında bir sorun var',
    available_for_pickup: '{number} numaralı siparişiniz teslim almaya hazır',
    expired: '{number} numaralı siparişin takip bilgileri artık güncellenmiyor',
    delayed: '{number} numaralı siparişiniz gecikiyor',
  },
  orderSubjectOther: '{number} numaralı siparişle ilgili yenilik var',
  orderText: '{subject}. Ayrıntılar için sipariş sayfanızı açın.',
  guestTrackText: 'Siparişinizi {url} adresinde {number} sipariş numarası ve bu e-posta adresiyle takip edin.',
  supportReplySubject: 'Destek ekibimiz {number} numaralı siparişle ilgili sorunuzu yanıtladı',
  supportReplySubjectNoOrder: 'Destek ekibimiz sorunuzu yanıtladı',
  supportReplyText: '{subject}. Yanıtı okumak ve cevap vermek için giriş yapıp destek yazışmanızı açın.',
  supportReplySms:
    'Destek ekibimiz {number} numaralı siparişle ilgili sorunuzu yanıtladı. Yanıtı okumak için giriş yapın.',
  supportReplySmsNoOrder: 'Destek ekibimiz sorunuzu yanıtladı. Yanıtı okumak için giriş yapın.',
  statusSms: {
    awaiting_shipment: '{number} numaralı siparişiniz onaylandı.',
    in_transit: '{number} numaralı siparişiniz yolda.',
    delivered: '{number} numaralı siparişiniz teslim edildi.',
    cancelled: '{number} numaralı siparişiniz iptal edildi.',
  },
  milestoneSms: {
    out_for_delivery: '{number} numaralı siparişiniz bugün teslim edilecek.',
    failed_attempt: '{number} numaralı siparişinizi teslim edemedik. Sonraki adım için sipariş sayfanızı açın.',
    exception: '{number} numaralı siparişin teslimatında bir sorun var. Sonraki adım için sipariş sayfanızı açın.',
    available_for_pickup: '{number} numaralı siparişiniz teslim almaya hazır.',
    expired:
      '{number} numaralı siparişin takip bilgileri artık güncellenmiyor. Sonraki adım için sipariş sayfanızı açın.',
    delayed: '{number} numaralı siparişiniz gecikiyor. En güncel tahmin için sipariş sayfanızı açın.',
  },
  orderSmsOther: '{number} numaralı siparişle ilgili yenilik var.',
};

export default wtr;
