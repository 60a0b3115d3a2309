import type { NotificationWording } from './types.js';

/** Emails and text messages in de: each SMS is the subject and, where there is one, the next step. */
const wde: NotificationWording = {
  caseNoun: { dispute: 'Streitfall', refund_request: 'Erstattungsanfrage' },
  caseSubjects: {
    message_added: 'Neue Nachricht zu Ihrem Fall zur Bestellung {number}',
    offer_received: 'Der Verkäufer hat Ihnen im Fall zur Bestellung {number} ein Angebot gemacht',
    approved: 'Ihr Fall zur Bestellung {number} wurde genehmigt',
    auto_approved: 'Ihr Fall zur Bestellung {number} wurde genehmigt',
    rejected: 'Der Verkäufer hat Ihren Fall zur Bestellung {number} abgelehnt',
    deadline_passed: 'In Ihrem Fall zur Bestellung {number} ist eine Frist abgelaufen',
    escalated: 'Ihr Fall zur Bestellung {number} liegt jetzt bei unserem Support-Team',
    info_requested: 'Wir brauchen mehr Informationen zu Ihrem Fall zur Bestellung {number}',
    decided: 'In Ihrem Fall zur Bestellung {number} wurde entschieden',
    return_label_ready: 'Ihr Rücksendeetikett für Bestellung {number} ist bereit',
    return_received: 'Der Verkäufer hat Ihre Rücksendung zur Bestellung {number} erhalten',
    refund_issued: 'Ihre Erstattung für Bestellung {number} ist unterwegs',
    replacement_shipped: 'Ihr Ersatz für Bestellung {number} wurde versandt',
  },
  caseSms: {
    message_added:
      'Neue Nachricht zu Ihrem Fall zur Bestellung {number}. Öffnen Sie Ihre Bestellseite, um sie zu lesen.',
    offer_received:
      'Der Verkäufer hat Ihnen im Fall zur Bestellung {number} ein Angebot gemacht. Öffnen Sie Ihre Bestellseite, um zu antworten.',
    approved: 'Ihr Fall zur Bestellung {number} wurde genehmigt.',
    auto_approved: 'Ihr Fall zur Bestellung {number} wurde genehmigt.',
    rejected:
      'Der Verkäufer hat Ihren Fall zur Bestellung {number} abgelehnt. Öffnen Sie Ihre Bestellseite für Ihre Möglichkeiten.',
    deadline_passed:
      'In Ihrem Fall zur Bestellung {number} ist eine Frist abgelaufen. Öffnen Sie Ihre Bestellseite für den nächsten Schritt.',
    escalated: 'Ihr Fall zur Bestellung {number} liegt jetzt bei unserem Support-Team.',
    info_requested:
      'Wir brauchen mehr Informationen zu Ihrem Fall zur Bestellung {number}. Öffnen Sie Ihre Bestellseite, um zu antworten.',
    decided: 'In Ihrem Fall zur Bestellung {number} wurde entschieden. Öffnen Sie Ihre Bestellseite, um sie anzusehen.',
    return_label_ready:
      'Ihr Rücksendeetikett für Bestellung {number} ist bereit. Öffnen Sie Ihre Bestellseite, um es abzurufen.',
    return_received: 'Der Verkäufer hat Ihre Rücksendung zur Bestellung {number} erhalten.',
    refund_issued: 'Ihre Erstattung für Bestellung {number} ist unterwegs.',
    replacement_shipped: 'Ihr Ersatz für Bestellung {number} wurde versandt.',
  },
  caseSubjectOther: 'Neues zu Ihrem Fall zur Bestellung {number}',
  caseSmsOther: 'Neues zu Ihrem Fall zur Bestellung {number}.',
  caseText:
    '{subject}. Melden Sie sich an und öffnen Sie die Bestellung, um die Details und Ihre nächsten Schritte zu sehen.',
  statusSubjects: {
    awaiting_shipment: 'Ihre Bestellung {number} ist bestätigt',
    in_transit: 'Ihre Bestellung {number} ist unterwegs',
    delivered: 'Ihre Bestellung {number} wurde zugestellt',
    cancelled: 'Ihre Bestellung {number} wurde storniert',
  },
  milestoneSubjects: {
    out_for_delivery: 'Ihre Bestellung {number} wird heute zugestellt',
    failed_attempt: 'Wir konnten Ihre Bestellung {number} nicht zustellen',
    exception: 'Es gibt ein Problem bei der Zustellung der Bestellung {number}',
    available_for_pickup: 'Ihre Bestellung {number} liegt zur Abholung bereit',
    expired: 'Die Sendungsverfolgung für Bestellung {number} wird nicht mehr aktualisiert',
    delayed: 'Ihre Bestellung {number} verspätet sich',
  },
  orderSubjectOther: 'Neues zu Bestellung {number}',
  orderText: '{subject}. Öffnen Sie Ihre Bestellseite für die Details.',
  guestTrackText: 'Verfolgen Sie Ihre Bestellung unter {url} mit der Bestellnummer {number} und dieser E-Mail-Adresse.',
  supportReplySubject: 'Unser Support-Team hat Ihre Frage zur Bestellung {number} beantwortet',
  supportReplySubjectNoOrder: 'Unser Support-Team hat Ihre Frage beantwortet',
  supportReplyText:
    '{subject}. Melden Sie sich an und öffnen Sie Ihre Unterhaltung mit dem Support, um die Antwort zu lesen und zu antworten.',
  supportReplySms:
    'Unser Support-Team hat Ihre Frage zur Bestellung {number} beantwortet. Melden Sie sich an, um die Antwort zu lesen.',
  supportReplySmsNoOrder: 'Unser Support-Team hat Ihre Frage beantwortet. Melden Sie sich an, um die Antwort zu lesen.',
  statusSms: {
    awaiting_shipment: 'Ihre Bestellung {number} ist bestätigt.',
    in_transit: 'Ihre Bestellung {number} ist unterwegs.',
    delivered: 'Ihre Bestellung {number} wurde zugestellt.',
    cancelled: 'Ihre Bestellung {number} wurde storniert.',
  },
  milestoneSms: {
    out_for_delivery: 'Ihre Bestellung {number} wird heute zugestellt.',
    failed_attempt:
      'Wir konnten Ihre Bestellung {number} nicht zustellen. Öffnen Sie Ihre Bestellseite für den nächsten Schritt.',
    exception:
      'Es gibt ein Problem bei der Zustellung der Bestellung {number}. Öffnen Sie Ihre Bestellseite für den nächsten Schritt.',
    available_for_pickup: 'Ihre Bestellung {number} liegt zur Abholung bereit.',
    expired:
      'Die Sendungsverfolgung für Bestellung {number} wird nicht mehr aktualisiert. Öffnen Sie Ihre Bestellseite für den nächsten Schritt.',
    delayed: 'Ihre Bestellung {number} verspätet sich. Öffnen Sie Ihre Bestellseite für die neueste Schätzung.',
  },
  orderSmsOther: 'Neues zu Bestellung {number}.',
};

export default wde;
