import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Filipino. */
const fil = {
  'support.heading': 'Makipag-usap sa tao',
  'support.hours': 'Sumasagot ang aming team {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Inaasahang unang sagot: sa loob ng {duration}.',
  'support.context_intro': 'Makikita ng agent:',
  'support.context.order': 'Status ng order: {status}',
  'support.context.payment': 'Huling problema sa bayad: {code}',
  'support.context.cases': 'Bukas na kaso: {count}',
  'support.context.none': 'Walang napiling order.',
  'support.topic': 'Paksa',
  'support.topic.payment': 'Isang bayad',
  'support.topic.delivery': 'Isang delivery',
  'support.topic.refund': 'Refund o pagbabalik',
  'support.topic.dispute': 'Isang dispute',
  'support.topic.account': 'Ang account ko',
  'support.topic.other': 'Iba pa',
  'support.order': 'Order (opsyonal)',
  'support.order.none': 'Walang order',
  'support.message': 'Ang mensahe mo',
  'support.message_empty': 'Isulat muna ang mensahe mo.',
  'support.send': 'Ipadala',
  'support.thread': 'Usapan',
  'support.author.buyer': 'Ikaw',
  'support.author.agent': 'Suporta',
  'support.status.open': 'Naghihintay ng sagot',
  'support.status.answered': 'Nasagot na',
  'support.status.closed': 'Sarado',
  'support.reply': 'Sumagot',
  'support.send_reply': 'Ipadala ang sagot',
  'support.close': 'Isara ang usapan',
  'support.sent': 'Naipadala ang mensahe.',
  'support.replied': 'Sumagot ang suporta.',
  'support.closed': 'Sarado na ang usapan.',
} as const satisfies CompleteCatalog<'support'>;

export default fil;
