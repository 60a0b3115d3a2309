import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Turkish. */
const tr = {
  'support.heading': 'Bir temsilciyle görüşün',
  'support.hours': 'Ekibimiz {days}, {opens}–{closes} ({zone}) saatleri arasında yanıt verir.',
  'support.first_response': 'Beklenen ilk yanıt süresi: {duration} içinde.',
  'support.context_intro': 'Temsilci şunları görecek:',
  'support.context.order': 'Sipariş durumu: {status}',
  'support.context.payment': 'Son ödeme sorunu: {code}',
  'support.context.cases': 'Açık başvurular: {count}',
  'support.context.none': 'Sipariş seçilmedi.',
  'support.topic': 'Konu',
  'support.topic.payment': 'Bir ödeme',
  'support.topic.delivery': 'Bir teslimat',
  'support.topic.refund': 'Bir para iadesi veya ürün iadesi',
  'support.topic.dispute': 'Bir anlaşmazlık',
  'support.topic.account': 'Hesabım',
  'support.topic.other': 'Başka bir konu',
  'support.order': 'Sipariş (isteğe bağlı)',
  'support.order.none': 'Sipariş yok',
  'support.message': 'Mesajınız',
  'support.message_empty': 'Önce mesajınızı yazın.',
  'support.send': 'Gönder',
  'support.thread': 'Yazışma',
  'support.author.buyer': 'Siz',
  'support.author.agent': 'Destek',
  'support.status.open': 'Yanıt bekleniyor',
  'support.status.answered': 'Yanıtlandı',
  'support.status.closed': 'Kapatıldı',
  'support.reply': 'Yanıtla',
  'support.send_reply': 'Yanıtı gönder',
  'support.close': 'Yazışmayı kapat',
  'support.sent': 'Mesaj gönderildi.',
  'support.replied': 'Destek ekibi yanıt verdi.',
  'support.closed': 'Yazışma kapatıldı.',
} as const satisfies CompleteCatalog<'support'>;

export default tr;
