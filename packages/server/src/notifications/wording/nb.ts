import type { NotificationWording } from './types.js';

/** Emails and text messages in nb (du): each SMS is the subject and, where there is one, the next step. */
const wnb: NotificationWording = {
  caseNoun: { dispute: 'tvist', refund_request: 'forespørsel om refusjon' },
  caseSubjects: {
    message_added: 'Ny melding i saken din om bestilling {number}',
    offer_received: 'Selgeren har gitt deg et tilbud i saken din om bestilling {number}',
    approved: 'Saken din om bestilling {number} er godkjent',
    auto_approved: 'Saken din om bestilling {number} er godkjent',
    rejected: 'Selgeren har avslått saken din om bestilling {number}',
    deadline_passed: 'En frist har gått ut i saken din om bestilling {number}',
    escalated: 'Saken din om bestilling {number} ligger nå hos kundeserviceteamet vårt',
    info_requested: 'Vi trenger mer informasjon i saken din om bestilling {number}',
    decided: 'Det er tatt en avgjørelse i saken din om bestilling {number}',
    return_label_ready: 'Returetiketten din for bestilling {number} er klar',
    return_received: 'Selgeren har mottatt returen din for bestilling {number}',
    refund_issued: 'Refusjonen din for bestilling {number} er på vei',
    replacement_shipped: 'Erstatningsvaren din for bestilling {number} er sendt',
  },
  caseSms: {
    message_added: 'Ny melding i saken din om bestilling {number}. Åpne bestillingssiden din for å lese den.',
    offer_received:
      'Selgeren har gitt deg et tilbud i saken din om bestilling {number}. Åpne bestillingssiden din for å svare.',
    approved: 'Saken din om bestilling {number} er godkjent.',
    auto_approved: 'Saken din om bestilling {number} er godkjent.',
    rejected:
      'Selgeren har avslått saken din om bestilling {number}. Åpne bestillingssiden din for å se hva du kan gjøre.',
    deadline_passed:
      'En frist har gått ut i saken din om bestilling {number}. Åpne bestillingssiden din for neste steg.',
    escalated: 'Saken din om bestilling {number} ligger nå hos kundeserviceteamet vårt.',
    info_requested:
      'Vi trenger mer informasjon i saken din om bestilling {number}. Åpne bestillingssiden din for å svare.',
    decided: 'Det er tatt en avgjørelse i saken din om bestilling {number}. Åpne bestillingssiden din for å se den.',
    return_label_ready:
      'Returetiketten din for bestilling {number} er klar. Åpne bestillingssiden din for å hente den.',
    return_received: 'Selgeren har mottatt returen din for bestilling {number}.',
    refund_issued: 'Refusjonen din for bestilling {number} er på vei.',
    replacement_shipped: 'Erstatningsvaren din for bestilling {number} er sendt.',
  },
  caseSubjectOther: 'Nytt i saken din om bestilling {number}',
  caseSmsOther: 'Nytt i saken din om bestilling {number}.',
  caseText: '{subject}. Logg inn og åpne bestillingen for å se detaljene og hva du kan gjøre videre.',
  statusSubjects: {
    awaiting_shipment: 'Bestillingen din {number} er bekreftet',
    in_transit: 'Bestillingen din {number} er på vei',
    delivered: 'Bestillingen din {number} er levert',
    cancelled: 'Bestillingen din {number} er kansellert',
  },
  milestoneSubjects: {
    out_for_delivery: 'Bestillingen din {number} leveres i dag',
    failed_attempt: 'Vi kunne ikke levere bestillingen din {number}',
    exception: 'Det er et problem med leveringen av bestilling {number}',
    available_for_pickup: 'Bestillingen din {number} er klar til henting',
    expired: 'Sporingen av bestilling {number} oppdateres ikke lenger',
    delayed: 'Bestillingen din {number} er forsinket',
  },
  orderSubjectOther: 'Nytt om bestilling {number}',
  orderText: '{subject}. Åpne bestillingssiden din for detaljene.',
  guestTrackText: 'Spor bestillingen din på {url} med ordrenummer {number} og denne e-postadressen.',
  supportReplySubject: 'Kundeserviceteamet vårt har svart på spørsmålet ditt om bestilling {number}',
  supportReplySubjectNoOrder: 'Kundeserviceteamet vårt har svart på spørsmålet ditt',
  supportReplyText: '{subject}. Logg inn og åpne samtalen din med kundeservice for å lese svaret og svare.',
  supportReplySms:
    'Kundeserviceteamet vårt har svart på spørsmålet ditt om bestilling {number}. Logg inn for å lese svaret.',
  supportReplySmsNoOrder: 'Kundeserviceteamet vårt har svart på spørsmålet ditt. Logg inn for å lese svaret.',
  statusSms: {
    awaiting_shipment: 'Bestillingen din {number} er bekreftet.',
    in_transit: 'Bestillingen din {number} er på vei.',
    delivered: 'Bestillingen din {number} er levert.',
    cancelled: 'Bestillingen din {number} er kansellert.',
  },
  milestoneSms: {
    out_for_delivery: 'Bestillingen din {number} leveres i dag.',
    failed_attempt: 'Vi kunne ikke levere bestillingen din {number}. Åpne bestillingssiden din for neste steg.',
    exception: 'Det er et problem med leveringen av bestilling {number}. Åpne bestillingssiden din for neste steg.',
    available_for_pickup: 'Bestillingen din {number} er klar til henting.',
    expired: 'Sporingen av bestilling {number} oppdateres ikke lenger. Åpne bestillingssiden din for neste steg.',
    delayed: 'Bestillingen din {number} er forsinket. Åpne bestillingssiden din for siste anslag.',
  },
  orderSmsOther: 'Nytt om bestilling {number}.',
};

export default wnb;
