import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in German. */
const de = {
  'support.heading': 'Mit einem Menschen sprechen',
  'support.hours': 'Unser Team antwortet {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Erste Antwort erwartet: innerhalb von {duration}.',
  'support.context_intro': 'Die Mitarbeiterin sieht:',
  'support.context.order': 'Bestellstatus: {status}',
  'support.context.payment': 'Letztes Zahlungsproblem: {code}',
  'support.context.cases': 'Offene Fälle: {count}',
  'support.context.none': 'Keine Bestellung gewählt.',
  'support.topic': 'Thema',
  'support.topic.payment': 'Eine Zahlung',
  'support.topic.delivery': 'Eine Lieferung',
  'support.topic.refund': 'Eine Erstattung oder Rücksendung',
  'support.topic.dispute': 'Ein Konflikt',
  'support.topic.account': 'Mein Konto',
  'support.topic.other': 'Etwas anderes',
  'support.order': 'Bestellung (optional)',
  'support.order.none': 'Keine Bestellung',
  'support.message': 'Deine Nachricht',
  'support.message_empty': 'Schreib zuerst deine Nachricht.',
  'support.send': 'Senden',
  'support.thread': 'Unterhaltung',
  'support.author.buyer': 'Du',
  'support.author.agent': 'Support',
  'support.status.open': 'Wartet auf Antwort',
  'support.status.answered': 'Beantwortet',
  'support.status.closed': 'Geschlossen',
  'support.reply': 'Antworten',
  'support.send_reply': 'Antwort senden',
  'support.close': 'Unterhaltung schließen',
  'support.sent': 'Nachricht gesendet.',
  'support.replied': 'Der Support hat geantwortet.',
  'support.closed': 'Unterhaltung geschlossen.',
} as const satisfies CompleteCatalog<'support'>;

export default de;
