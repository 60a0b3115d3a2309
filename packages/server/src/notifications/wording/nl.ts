import type { NotificationWording } from './types.js';

/** Emails and text messages in nl: each SMS is the subject and, where there is one, the next step. */
const wnl: NotificationWording = {
  caseNoun: {
    dispute: 'geschil',
    refund_request: 'terugbetalingsverzoek',
  },
  caseSubjects: {
    message_added: 'Nieuw bericht in je zaak over bestelling {number}',
    offer_received: 'De verkoper heeft een aanbod gedaan in je zaak over bestelling {number}',
    approved: 'Je zaak over bestelling {number} is goedgekeurd',
    auto_approved: 'Je zaak over bestelling {number} is goedgekeurd',
    rejected: 'De verkoper heeft je zaak over bestelling {number} afgewezen',
    deadline_passed: 'Er is een termijn verstreken in je zaak over bestelling {number}',
    escalated: 'Je zaak over bestelling {number} ligt nu bij onze klantenservice',
    info_requested: 'We hebben meer informatie nodig over je zaak over bestelling {number}',
    decided: 'Er is een beslissing genomen in je zaak over bestelling {number}',
    return_label_ready: 'Je retourlabel voor bestelling {number} staat klaar',
    return_received: 'De verkoper heeft je retour voor bestelling {number} ontvangen',
    refund_issued: 'Je terugbetaling voor bestelling {number} is onderweg',
    replacement_shipped: 'Je vervanging voor bestelling {number} is verzonden',
  },
  caseSms: {
    message_added: 'Nieuw bericht in je zaak over bestelling {number}. Open je bestelpagina om het te lezen.',
    offer_received:
      'De verkoper heeft een aanbod gedaan in je zaak over bestelling {number}. Open je bestelpagina om te antwoorden.',
    approved: 'Je zaak over bestelling {number} is goedgekeurd.',
    auto_approved: 'Je zaak over bestelling {number} is goedgekeurd.',
    rejected:
      'De verkoper heeft je zaak over bestelling {number} afgewezen. Open je bestelpagina voor je mogelijkheden.',
    deadline_passed:
      'Er is een termijn verstreken in je zaak over bestelling {number}. Open je bestelpagina voor de volgende stap.',
    escalated: 'Je zaak over bestelling {number} ligt nu bij onze klantenservice.',
    info_requested:
      'We hebben meer informatie nodig over je zaak over bestelling {number}. Open je bestelpagina om te antwoorden.',
    decided:
      'Er is een beslissing genomen in je zaak over bestelling {number}. Open je bestelpagina om die te bekijken.',
    return_label_ready: 'Je retourlabel voor bestelling {number} staat klaar. Open je bestelpagina om het op te halen.',
    return_received: 'De verkoper heeft je retour voor bestelling {number} ontvangen.',
    refund_issued: 'Je terugbetaling voor bestelling {number} is onderweg.',
    replacement_shipped: 'Je vervanging voor bestelling {number} is verzonden.',
  },
  caseSubjectOther: 'Nieuws over je zaak over bestelling {number}',
  caseSmsOther: 'Nieuws over je zaak over bestelling {number}.',
  caseText: '{subject}. Log in en open de bestelling om de details te zien en wat je nu kunt doen.',
  statusSubjects: {
    awaiting_shipment: 'Je bestelling {number} is bevestigd',
    in_transit: 'Je bestelling {number} is onderweg',
    delivered: 'Je bestelling {number} is bezorgd',
    cancelled: 'Je bestelling {number} is geannuleerd',
  },
  milestoneSubjects: {
    out_for_delivery: 'Je bestelling {number} wordt vandaag bezorgd',
    failed_attempt: 'We konden je bestelling {number} niet bezorgen',
    exception: 'Er is een probleem met de bezorging van bestelling {number}',
    available_for_pickup: 'Je bestelling {number} ligt klaar om op te halen',
    expired: 'De tracking van bestelling {number} wordt niet meer bijgewerkt',
    delayed: 'Je bestelling {number} is vertraagd',
  },
  orderSubjectOther: 'Nieuws over bestelling {number}',
  orderText: '{subject}. Open je bestelpagina voor de details.',
  guestTrackText: 'Volg je bestelling op {url} met het bestelnummer {number} en dit e-mailadres.',
  supportReplySubject: 'Onze klantenservice heeft je vraag over bestelling {number} beantwoord',
  supportReplySubjectNoOrder: 'Onze klantenservice heeft je vraag beantwoord',
  supportReplyText:
    '{subject}. Log in en open je gesprek met de klantenservice om het antwoord te lezen en te reageren.',
  supportReplySms: 'Onze klantenservice heeft je vraag over bestelling {number} beantwoord. Log in om het te lezen.',
  supportReplySmsNoOrder: 'Onze klantenservice heeft je vraag beantwoord. Log in om het te lezen.',
  statusSms: {
    awaiting_shipment: 'Bestelling {number} is bevestigd. We sturen je een sms als ze verzonden is.',
    in_transit: 'Bestelling {number} is verzonden en onderweg.',
    delivered: 'Bestelling {number} is bezorgd. Veel plezier ermee!',
    cancelled: 'Bestelling {number} is geannuleerd.',
  },
  milestoneSms: {
    out_for_delivery: 'Bestelling {number} wordt vandaag bezorgd.',
    failed_attempt:
      'We hebben je gemist: bestelling {number} kon niet worden bezorgd. Kijk op je bestelpagina voor de volgende stap.',
    exception: 'Bestelling {number} heeft een bezorgprobleem. Kijk op je bestelpagina voor de volgende stap.',
    available_for_pickup: 'Bestelling {number} ligt klaar om op te halen.',
    expired:
      'De tracking van bestelling {number} wordt niet meer bijgewerkt. Kijk op je bestelpagina voor de volgende stap.',
    delayed: 'Bestelling {number} is vertraagd. Kijk op je bestelpagina voor de nieuwste verwachting.',
  },
  orderSmsOther: 'Nieuws over bestelling {number}.',
};

export default wnl;
