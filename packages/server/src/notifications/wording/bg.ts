import type { NotificationWording } from './types.js';

/** Emails and text messages in bg: each SMS is the subject and, where there is one, the next step. */
const wbg: NotificationWording = {
  caseNoun: { dispute: 'спор', refund_request: 'заявка за възстановяване на сума' },
  caseSubjects: {
    message_added: 'Ново съобщение по случая ви за поръчка {number}',
    offer_received: 'Продавачът направи предложение по случая ви за поръчка {number}',
    approved: 'Случаят ви за поръчка {number} е одобрен',
    auto_approved: 'Случаят ви за поръчка {number} е одобрен',
    rejected: 'Продавачът отказа случая ви за поръчка {number}',
    deadline_passed: 'Изтече срок по случая ви за поръчка {number}',
    escalated: 'Случаят ви за поръчка {number} е предаден на нашия екип по поддръжка',
    info_requested: 'Нуждаем се от още информация по случая ви за поръчка {number}',
    decided: 'Взето е решение по случая ви за поръчка {number}',
    return_label_ready: 'Етикетът ви за връщане за поръчка {number} е готов',
    return_received: 'Продавачът получи върнатата пратка по поръчка {number}',
    refund_issued: 'Възстановяването на сумата за поръчка {number} е на път',
    replacement_shipped: 'Замяната за поръчка {number} е изпратена',
  },
  caseSms: {
    message_added:
      'Ново съобщение по случая ви за поръчка {number}. Отворете страницата на поръчката, за да го прочетете.',
    offer_received:
      'Продавачът направи предложение по случая ви за поръчка {number}. Отворете страницата на поръчката, за да отговорите.',
    approved: 'Случаят ви за поръчка {number} е одобрен.',
    auto_approved: 'Случаят ви за поръчка {number} е одобрен.',
    rejected:
      'Продавачът отказа случая ви за поръчка {number}. Отворете страницата на поръчката, за да видите възможностите си.',
    deadline_passed:
      'Изтече срок по случая ви за поръчка {number}. Отворете страницата на поръчката за следващата стъпка.',
    escalated: 'Случаят ви за поръчка {number} е предаден на нашия екип по поддръжка.',
    info_requested:
      'Нуждаем се от още информация по случая ви за поръчка {number}. Отворете страницата на поръчката, за да отговорите.',
    decided: 'Взето е решение по случая ви за поръчка {number}. Отворете страницата на поръчката, за да го видите.',
    return_label_ready:
      'Етикетът ви за връщане за поръчка {number} е готов. Отворете страницата на поръчката, за да го вземете.',
    return_received: 'Продавачът получи върнатата пратка по поръчка {number}.',
    refund_issued: 'Възстановяването на сумата за поръчка {number} е на път.',
    replacement_shipped: 'Замяната за поръчка {number} е изпратена.',
  },
  caseSubjectOther: 'Новини по случая ви за поръчка {number}',
  caseSmsOther: 'Новини по случая ви за поръчка {number}.',
  caseText:
    '{subject}. Влезте и отворете поръчката, за да видите подробностите и какво можете да направите по-нататък.',
  statusSubjects: {
    awaiting_shipment: 'Поръчка {number} е потвърдена',
    in_transit: 'Поръчка {number} е на път',
    delivered: 'Поръчка {number} е доставена',
    cancelled: 'Поръчка {number} е анулирана',
  },
  milestoneSubjects: {
    out_for_delivery: 'Поръчка {number} се доставя днес',
    failed_attempt: 'Не успяхме да доставим поръчка {number}',
    exception: 'Има проблем с доставката на поръчка {number}',
    available_for_pickup: 'Поръчка {number} е готова за вземане',
    expired: 'Проследяването на поръчка {number} спря да се обновява',
    delayed: 'Поръчка {number} закъснява',
  },
  orderSubjectOther: 'Новини за поръчка {number}',
  orderText: '{subject}. Отворете страницата на поръчката за подробности.',
  guestTrackText: 'Проследете поръчката си на {url} с номер на поръчката {number} и този имейл адрес.',
  supportReplySubject: 'Нашият екип по поддръжка отговори на въпроса ви за поръчка {number}',
  supportReplySubjectNoOrder: 'Нашият екип по поддръжка отговори на въпроса ви',
  supportReplyText:
    '{subject}. Влезте и отворете разговора си с поддръжката, за да прочетете отговора и да отговорите.',
  supportReplySms: 'Нашият екип по поддръжка отговори на въпроса ви за поръчка {number}. Влезте, за да го прочетете.',
  supportReplySmsNoOrder: 'Нашият екип по поддръжка отговори на въпроса ви. Влезте, за да го прочетете.',
  statusSms: {
    awaiting_shipment: 'Поръчка {number} е потвърдена. Ще ви пишем, когато бъде изпратена.',
    in_transit: 'Поръчка {number} е изпратена и е на път.',
    delivered: 'Поръчка {number} е доставена. Приятно ползване!',
    cancelled: 'Поръчка {number} е анулирана.',
  },
  milestoneSms: {
    out_for_delivery: 'Поръчка {number} се доставя днес.',
    failed_attempt:
      'Не ви открихме: поръчка {number} не беше доставена. Вижте следващата стъпка на страницата на поръчката.',
    exception: 'Поръчка {number} има проблем с доставката. Вижте следващата стъпка на страницата на поръчката.',
    available_for_pickup: 'Поръчка {number} е готова за вземане.',
    expired:
      'Проследяването на поръчка {number} спря да се обновява. Вижте следващата стъпка на страницата на поръчката.',
    delayed: 'Поръчка {number} закъснява. Вижте най-новата прогноза на страницата на поръчката.',
  },
  orderSmsOther: 'Новини за поръчка {number}.',
};

export default wbg;
