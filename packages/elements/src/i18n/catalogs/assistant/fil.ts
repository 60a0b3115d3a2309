import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The help assistant in Filipino. */
const fil = {
  'assistant.heading': 'Tulong',
  'assistant.launcher': 'Humingi ng tulong',
  'assistant.close': 'Isara ang tulong',
  'assistant.loading': 'Tinitingnan ang mga order mo…',
  'assistant.suggestions_heading': 'Mga kailangan mong asikasuhin',
  'assistant.recent_heading': 'Walang kailangang asikasuhin. Ang mga bago mong order:',
  'assistant.no_orders': 'Wala ka pang order.',
  'assistant.updated': 'Na-update ang mga mungkahi.',
  'assistant.guides.button': 'Mga gabay',
  'assistant.trouble.button': 'Hindi natuloy ang transaksyon?',
  'assistant.payment_failed.text': 'Hindi natuloy ang bayad para sa order {number}. {reason}',
  'assistant.parcel_exception.text': 'May problema sa paghahatid ang isang parcel ng order {number}.',
  'assistant.parcel_failed_attempt.text':
    'Sinubukan ng courier na ihatid ang isang parcel ng order {number} pero hindi nagawa.',
  'assistant.parcel_expired.text':
    'Tumigil ang courier sa pagbibigay ng balita tungkol sa isang parcel ng order {number}.',
  'assistant.parcel_late.text': 'Huli ang isang parcel ng order {number}: dapat dumating na ito.',
  'assistant.payment_pending.text':
    'Naghihintay ng bayad ang order {number}. Magbayad na para maipadala ito, o kanselahin ito mula sa order.',
  'assistant.order_help.text': 'Order {number}: {status}. Kung may problema rito, sabihin sa seller.',
  'assistant.action.pay_now': 'Magbayad na',
  'assistant.dispute_reply_needed.text': 'Naghihintay ng sagot mo ang kaso tungkol sa order {number}.',
  'assistant.refund_approved.text':
    'Papunta na ang refund na {amount} para sa order {number}. Dapat matanggap mo ito bago ang {date}.',
  'assistant.recent_order.text': 'Order {number}, {date}, {total}: {status}',
  'assistant.unknown.text': 'Maaaring may kailangan kang gawin sa order {number}.',
  'assistant.action.try_another_card': 'Sumubok ng ibang card',
  'assistant.action.report_problem': 'Mag-ulat ng problema',
  'assistant.action.reply_to_dispute': 'Sumagot bago ang {date}',
  'assistant.action.view_refund': 'Tingnan ang refund',
  'assistant.action.view_order': 'Tingnan ang order {number}',
  'assistant.action.unknown': 'Buksan ang order {number}',
  'assistant.check.button': 'Suriin ang koneksyon ko',
  'assistant.check.heading': 'Pagsuri ng koneksyon',
  'assistant.check.running': 'Sinusuri ang koneksyon mo…',
  'assistant.check.done': 'Tapos na ang pagsuri: {passed} sa {total} ang ayos.',
  'assistant.check.ok': 'Ayos',
  'assistant.check.problem': 'Problema',
  'assistant.check.api.ok': 'Sumasagot ang serbisyo sa loob ng {ms} ms.',
  'assistant.check.api.slow': 'Sumasagot ang serbisyo pero mabagal ({ms} ms). Maaaring matagal mag-load ang mga page.',
  'assistant.check.api.fail': 'Hindi namin maabot ang serbisyo. Suriin ang internet mo at subukan ulit.',
  'assistant.check.stream.ok': 'Gumagana ang live na update.',
  'assistant.check.stream.fail':
    'Hindi nagbubukas dito ang live na update. Gumagana pa rin ang lahat; i-reload para makita ang mga pagbabago.',
  'assistant.check.storage.ok': 'Kayang itabi ng device na ito ang mga draft mo.',
  'assistant.check.storage.fail':
    'Hindi kayang itabi ng browser na ito ang mga draft (private mode?). Tapusin ang mga form nang isang upuan.',
  'assistant.check.browser.ok': 'Nasa browser mo ang lahat ng kailangan ng mga page na ito.',
  'assistant.check.browser.fail': 'Kulang ang browser mo ng {features}. I-update ito o sumubok ng ibang browser.',
  'assistant.check.clock.ok': 'Tama ang orasan ng device mo.',
  'assistant.check.clock.fail':
    'Mali nang {minutes} minuto ang orasan ng device mo. I-set ito na awtomatikong mag-update.',
  'assistant.check.copy': 'Kopyahin ang detalye para sa support',
  'assistant.check.copied': 'Nakopya ang detalye. I-paste ito sa mensahe mo sa support.',
  'assistant.check.copy_failed': 'Hindi makopya. Piliin ang detalye sa ibaba at kopyahin mo.',
  'assistant.check.details': 'Detalye para sa support (walang personal na datos)',
  'assistant.check.again': 'Suriin ulit',
  'assistant.back': 'Bumalik sa mga mungkahi',
  'assistant.sign_in.button': 'Hindi makapag-sign in o hindi mahanap ang order mo?',
  'assistant.sign_in.heading': 'Mag-sign in gamit ang code sa email',
  'assistant.sign_in.intro':
    'Ilagay ang email na ginamit mo sa mga order mo. Magpapadala kami ng code na magbubukas sa mga ito.',
  'assistant.sign_in.email': 'Email',
  'assistant.sign_in.send': 'I-email sa akin ang code',
  'assistant.sign_in.sent':
    'Kung may mga order dito ang {email}, pinadalhan namin ito ng {digits}-digit na code. Isang beses lang ito gagana, sa loob ng {minutes} minuto.',
  'assistant.sign_in.code': 'Code mula sa email',
  'assistant.sign_in.submit': 'Mag-sign in',
  'assistant.sign_in.other_email': 'Gumamit ng ibang email',
  'assistant.sign_in.signed_in': 'Naka-sign in ka na. Narito ang mga order mo.',
  'assistant.sign_in.lookup': 'Maghanap na lang ng isang order gamit ang numero nito',
  'assistant.sign_in.email_invalid': 'Maglagay ng email address gaya ng name@example.com.',
  'assistant.sign_in.code_invalid': 'Ilagay ang {digits}-digit na code mula sa email.',
  'assistant.person.button': 'Makipag-usap sa tao',
} as const satisfies CompleteCatalog<'assistant'>;

export default fil;
