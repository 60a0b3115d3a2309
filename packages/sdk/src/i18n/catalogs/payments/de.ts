import type { CompleteCatalog } from '../../catalog.js';

const de = {
  'payments.declined.title': 'Deine Zahlung wurde abgelehnt',
  'payments.decline.generic_decline': 'Deine Bank hat die Zahlung ohne Angabe von Gründen abgelehnt.',
  'payments.decline.insufficient_funds': 'Auf der Karte ist nicht genug Guthaben für diese Zahlung.',
  'payments.decline.expired_card': 'Die Karte ist abgelaufen.',
  'payments.decline.incorrect_cvc': 'Der Sicherheitscode (CVC) passt nicht zur Karte.',
  'payments.decline.processing_error': 'Bei der Verarbeitung der Karte ist etwas schiefgelaufen.',
  'payments.decline.authentication_failed': 'Wir konnten nicht bestätigen, dass diese Zahlung von dir stammt.',
  'payments.decline.card_velocity_exceeded': 'Das Ausgabenlimit der Karte ist vorerst erreicht.',
  'payments.next_step.use_another_card': 'Verwende eine andere Karte oder Zahlungsart.',
  'payments.next_step.check_details':
    'Prüfe Kartennummer, Ablaufdatum und Sicherheitscode und versuche es dann erneut.',
  'payments.next_step.contact_bank': 'Wende dich an deine Bank oder verwende eine andere Karte.',
  'payments.next_step.try_again': 'Warte einen Moment und versuche es dann erneut.',
  'payments.not_charged': 'Dir wurde nichts berechnet.',
  'payments.failed.title': 'Diese Zahlung konnte nicht abgeschlossen werden',
  'payments.review.title': 'Wir prüfen deine Bestellung',
  'payments.review.body':
    'Die Bestellung {number} ist angehalten, während wir die Zahlung prüfen. Wir schreiben dir bald, und dir wird nichts doppelt berechnet.',
} as const satisfies CompleteCatalog<'payments'>;

export default de;
