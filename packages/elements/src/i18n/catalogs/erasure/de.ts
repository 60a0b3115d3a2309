import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** German, with "du" as social-commerce apps address buyers. */
const de = {
  'erasure.blocked_heading': 'Du kannst deine Daten noch nicht löschen',
  'erasure.blocker.open_orders': {
    one: 'Du hast {count} Bestellung, die noch nicht abgeschlossen ist.',
    other: 'Du hast {count} Bestellungen, die noch nicht abgeschlossen sind.',
  },
  'erasure.blocker.open_orders.next_step':
    'Storniere die Bestellungen, bei denen das möglich ist, oder warte, bis sie zugestellt sind, und komm dann hierher zurück.',
  'erasure.blocker.open_refunds': {
    one: 'Du hast {count} laufende Erstattung.',
    other: 'Du hast {count} laufende Erstattungen.',
  },
  'erasure.blocker.open_refunds.next_step':
    'Warte, bis deine Erstattung abgeschlossen ist, und komm dann hierher zurück.',
  'erasure.blocker.open_disputes': {
    one: 'Du hast {count} offenen Streitfall.',
    other: 'Du hast {count} offene Streitfälle.',
  },
  'erasure.blocker.open_disputes.next_step':
    'Warte auf die Entscheidung oder schließe den Streitfall und komm dann hierher zurück.',
  'erasure.records': 'Bestellungen',
  'erasure.confirm_heading': 'Deine Daten endgültig löschen?',
  'erasure.confirm_text':
    'Wir löschen deine personenbezogenen Daten sofort und melden dich ab. Wir können sie nicht wiederherstellen.',
  'erasure.understand': 'Mir ist klar, dass das nicht rückgängig gemacht werden kann',
  'erasure.understand_required': 'Setze das Häkchen, um zu bestätigen, dass du das verstanden hast.',
  'erasure.confirm': 'Meine Daten endgültig löschen',
  'erasure.erasing': 'Deine Daten werden gelöscht…',
  'erasure.cancel': 'Abbrechen',
  'erasure.cancelled': 'Es wurde nichts gelöscht.',
  'erasure.cancel_order': 'Bestellung {number} stornieren',
  'erasure.cancelling': 'Wird storniert…',
  'erasure.order_cancelled': 'Bestellung {number} ist storniert.',
} as const satisfies CompleteCatalog<'erasure'>;

export default de;
