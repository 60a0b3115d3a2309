import type { NotificationWording } from './types.js';

/** Emails and text messages in ca: each SMS is the subject and, where there is one, the next step. */
const wca: NotificationWording = {
  caseNoun: { dispute: 'disputa', refund_request: 'sol·licitud de reemborsament' },
  caseSubjects: {
    message_added: 'Missatge nou sobre el teu cas de la comanda {number}',
    offer_received: 'El venedor ha fet una oferta en el teu cas de la comanda {number}',
    approved: 'S’ha aprovat el teu cas de la comanda {number}',
    auto_approved: 'S’ha aprovat el teu cas de la comanda {number}',
    rejected: 'El venedor ha rebutjat el teu cas de la comanda {number}',
    deadline_passed: 'Ha vençut un termini del teu cas de la comanda {number}',
    escalated: 'El teu cas de la comanda {number} ha passat al nostre equip d’assistència',
    info_requested: 'Necessitem més informació sobre el teu cas de la comanda {number}',
    decided: 'S’ha pres una decisió sobre el teu cas de la comanda {number}',
    return_label_ready: 'L’etiqueta de devolució de la comanda {number} és a punt',
    return_received: 'El venedor ha rebut la devolució de la comanda {number}',
    refund_issued: 'El reemborsament de la comanda {number} és de camí',
    replacement_shipped: 'S’ha enviat la substitució de la comanda {number}',
  },
  caseSms: {
    message_added: 'Missatge nou sobre el teu cas de la comanda {number}. Obre la pàgina de la comanda per llegir-lo.',
    offer_received:
      'El venedor ha fet una oferta en el teu cas de la comanda {number}. Obre la pàgina de la comanda per respondre.',
    approved: 'S’ha aprovat el teu cas de la comanda {number}.',
    auto_approved: 'S’ha aprovat el teu cas de la comanda {number}.',
    rejected:
      'El venedor ha rebutjat el teu cas de la comanda {number}. Obre la pàgina de la comanda per veure les opcions.',
    deadline_passed:
      'Ha vençut un termini del teu cas de la comanda {number}. Obre la pàgina de la comanda per al pas següent.',
    escalated: 'El teu cas de la comanda {number} ha passat al nostre equip d’assistència.',
    info_requested:
      'Necessitem més informació sobre el teu cas de la comanda {number}. Obre la pàgina de la comanda per respondre.',
    decided:
      'S’ha pres una decisió sobre el teu cas de la comanda {number}. Obre la pàgina de la comanda per veure-la.',
    return_label_ready:
      'L’etiqueta de devolució de la comanda {number} és a punt. Obre la pàgina de la comanda per obtenir-la.',
    return_received: 'El venedor ha rebut la devolució de la comanda {number}.',
    refund_issued: 'El reemborsament de la comanda {number} és de camí.',
    replacement_shipped: 'S’ha enviat la substitució de la comanda {number}.',
  },
  caseSubjectOther: 'Novetats del teu cas de la comanda {number}',
  caseSmsOther: 'Novetats del teu cas de la comanda {number}.',
  caseText: '{subject}. Inicia la sessió i obre la comanda per veure’n els detalls i què pots fer ara.',
  statusSubjects: {
    awaiting_shipment: 'La teva comanda {number} està confirmada',
    in_transit: 'La teva comanda {number} és de camí',
    delivered: 'La teva comanda {number} s’ha lliurat',
    cancelled: 'La teva comanda {number} s’ha cancel·lat',
  },
  milestoneSubjects: {
    out_for_delivery: 'La teva comanda {number} està en repartiment avui',
    failed_attempt: 'No hem pogut lliurar la teva comanda {number}',
    exception: 'Hi ha un problema amb el lliurament de la comanda {number}',
    available_for_pickup: 'La teva comanda {number} és a punt per recollir',
    expired: 'El seguiment de la comanda {number} ha deixat d’actualitzar-se',
    delayed: 'La teva comanda {number} arriba amb retard',
  },
  orderSubjectOther: 'Novetats de la comanda {number}',
  orderText: '{subject}. Obre la pàgina de la comanda per veure’n els detalls.',
  guestTrackText: 'Segueix la teva comanda a {url} amb el número de comanda {number} i aquesta adreça electrònica.',
  supportReplySubject: 'El nostre equip d’assistència ha respost la teva pregunta sobre la comanda {number}',
  supportReplySubjectNoOrder: 'El nostre equip d’assistència ha respost la teva pregunta',
  supportReplyText:
    '{subject}. Inicia la sessió i obre la conversa amb l’assistència per llegir la resposta i contestar.',
  supportReplySms:
    'El nostre equip d’assistència ha respost la teva pregunta sobre la comanda {number}. Inicia la sessió per llegir-la.',
  supportReplySmsNoOrder: 'El nostre equip d’assistència ha respost la teva pregunta. Inicia la sessió per llegir-la.',
  statusSms: {
    awaiting_shipment: 'La comanda {number} està confirmada. T’enviarem un SMS quan surti.',
    in_transit: 'La comanda {number} s’ha enviat i és de camí.',
    delivered: 'La comanda {number} s’ha lliurat. Que la gaudeixis!',
    cancelled: 'La comanda {number} s’ha cancel·lat.',
  },
  milestoneSms: {
    out_for_delivery: 'La comanda {number} està en repartiment avui.',
    failed_attempt:
      'No t’hem trobat: no s’ha pogut lliurar la comanda {number}. Mira la pàgina de la comanda per al pas següent.',
    exception: 'La comanda {number} té un problema de lliurament. Mira la pàgina de la comanda per al pas següent.',
    available_for_pickup: 'La comanda {number} és a punt per recollir.',
    expired:
      'El seguiment de la comanda {number} ha deixat d’actualitzar-se. Mira la pàgina de la comanda per al pas següent.',
    delayed: 'La comanda {number} arriba amb retard. Mira la pàgina de la comanda per a la previsió més recent.',
  },
  orderSmsOther: 'Novetats de la comanda {number}.',
};

export default wca;
