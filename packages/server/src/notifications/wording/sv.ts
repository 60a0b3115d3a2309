import type { NotificationWording } from './types.js';

/** Emails and text messages in sv (du): each SMS is the subject and, where there is one, the next step. */
const wsv: NotificationWording = {
  caseNoun: { dispute: 'tvist', refund_request: 'begäran om återbetalning' },
  caseSubjects: {
    message_added: 'Nytt meddelande i ditt ärende om beställning {number}',
    offer_received: 'Säljaren har lämnat ett erbjudande i ditt ärende om beställning {number}',
    approved: 'Ditt ärende om beställning {number} har godkänts',
    auto_approved: 'Ditt ärende om beställning {number} har godkänts',
    rejected: 'Säljaren har avslagit ditt ärende om beställning {number}',
    deadline_passed: 'En tidsfrist har gått ut i ditt ärende om beställning {number}',
    escalated: 'Ditt ärende om beställning {number} ligger nu hos vårt supportteam',
    info_requested: 'Vi behöver mer information om ditt ärende om beställning {number}',
    decided: 'Ett beslut har fattats i ditt ärende om beställning {number}',
    return_label_ready: 'Din returetikett för beställning {number} är klar',
    return_received: 'Säljaren har tagit emot din retur för beställning {number}',
    refund_issued: 'Din återbetalning för beställning {number} är på väg',
    replacement_shipped: 'Din ersättningsvara för beställning {number} har skickats',
  },
  caseSms: {
    message_added:
      'Nytt meddelande i ditt ärende om beställning {number}. Öppna din beställningssida för att läsa det.',
    offer_received:
      'Säljaren har lämnat ett erbjudande i ditt ärende om beställning {number}. Öppna din beställningssida för att svara.',
    approved: 'Ditt ärende om beställning {number} har godkänts.',
    auto_approved: 'Ditt ärende om beställning {number} har godkänts.',
    rejected:
      'Säljaren har avslagit ditt ärende om beställning {number}. Öppna din beställningssida för att se dina alternativ.',
    deadline_passed:
      'En tidsfrist har gått ut i ditt ärende om beställning {number}. Öppna din beställningssida för nästa steg.',
    escalated: 'Ditt ärende om beställning {number} ligger nu hos vårt supportteam.',
    info_requested:
      'Vi behöver mer information om ditt ärende om beställning {number}. Öppna din beställningssida för att svara.',
    decided: 'Ett beslut har fattats i ditt ärende om beställning {number}. Öppna din beställningssida för att se det.',
    return_label_ready:
      'Din returetikett för beställning {number} är klar. Öppna din beställningssida för att hämta den.',
    return_received: 'Säljaren har tagit emot din retur för beställning {number}.',
    refund_issued: 'Din återbetalning för beställning {number} är på väg.',
    replacement_shipped: 'Din ersättningsvara för beställning {number} har skickats.',
  },
  caseSubjectOther: 'Nytt i ditt ärende om beställning {number}',
  caseSmsOther: 'Nytt i ditt ärende om beställning {number}.',
  caseText: '{subject}. Logga in och öppna beställningen för att se detaljerna och vad du kan göra härnäst.',
  statusSubjects: {
    awaiting_shipment: 'Din beställning {number} är bekräftad',
    in_transit: 'Din beställning {number} är på väg',
    delivered: 'Din beställning {number} har levererats',
    cancelled: 'Din beställning {number} har avbrutits',
  },
  milestoneSubjects: {
    out_for_delivery: 'Din beställning {number} levereras i dag',
    failed_attempt: 'Vi kunde inte leverera din beställning {number}',
    exception: 'Det finns ett problem med leveransen av beställning {number}',
    available_for_pickup: 'Din beställning {number} är redo att hämtas',
    expired: 'Spårningen av beställning {number} uppdateras inte längre',
    delayed: 'Din beställning {number} är försenad',
  },
  orderSubjectOther: 'Nytt om beställning {number}',
  orderText: '{subject}. Öppna din beställningssida för detaljerna.',
  guestTrackText: 'Följ din beställning på {url} med beställningsnumret {number} och den här e-postadressen.',
  supportReplySubject: 'Vårt supportteam har svarat på din fråga om beställning {number}',
  supportReplySubjectNoOrder: 'Vårt supportteam har svarat på din fråga',
  supportReplyText: '{subject}. Logga in och öppna din konversation med supporten för att läsa svaret och svara.',
  supportReplySms: 'Vårt supportteam har svarat på din fråga om beställning {number}. Logga in för att läsa svaret.',
  supportReplySmsNoOrder: 'Vårt supportteam har svarat på din fråga. Logga in för att läsa svaret.',
  statusSms: {
    awaiting_shipment: 'Din beställning {number} är bekräftad.',
    in_transit: 'Din beställning {number} är på väg.',
    delivered: 'Din beställning {number} har levererats.',
    cancelled: 'Din beställning {number} har avbrutits.',
  },
  milestoneSms: {
    out_for_delivery: 'Din beställning {number} levereras i dag.',
    failed_attempt: 'Vi kunde inte leverera din beställning {number}. Öppna din beställningssida för nästa steg.',
    exception:
      'Det finns ett problem med leveransen av beställning {number}. Öppna din beställningssida för nästa steg.',
    available_for_pickup: 'Din beställning {number} är redo att hämtas.',
    expired: 'Spårningen av beställning {number} uppdateras inte längre. Öppna din beställningssida för nästa steg.',
    delayed: 'Din beställning {number} är försenad. Öppna din beställningssida för den senaste beräkningen.',
  },
  orderSmsOther: 'Nytt om beställning {number}.',
};

export default wsv;
