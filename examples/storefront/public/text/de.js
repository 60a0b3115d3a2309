// The storefront pages' own words: de (keys as in en.js).
export default {
  'site.nav': 'Website',
  'nav.orders': 'Ihre Bestellungen',
  'nav.account': 'Ihr Konto',
  language: 'Sprache',
  'buyer.label': 'Demo-Käufer',
  'buyer.option': '{name} (Käufer {n})',
  'buyer.switch': 'Käufer wechseln',
  'demo.heading': 'Live ausprobieren',
  'demo.text':
    'Geben Sie eine Demo-Bestellung auf: Der simulierte Versanddienst bewegt sie alle paar Sekunden einen Schritt weiter, und ihre Sendungsverfolgung aktualisiert sich sofort. Wird sie versandt, erscheint die E-Mail auf der Mail-Seite.',
  'demo.place': 'Demo-Bestellung aufgeben',
  'demo.placing': 'Demo-Bestellung wird aufgegeben…',
  'demo.placed':
    'Bestellung {number} aufgegeben und dem Versanddienst übergeben. Ihre Sendungsverfolgung steht ganz oben.',
  'demo.failed':
    'Die Demo-Bestellung konnte nicht aufgegeben werden. Prüfen Sie, ob die API im Demo-Modus läuft, und versuchen Sie es erneut.',
  'orders.loading': 'Ihre Bestellungen werden geladen…',
  'orders.none': 'Sie haben noch keine Bestellungen.',
  'orders.count': 'Angezeigte Bestellungen: {count}',
  'orders.failed':
    'Ihre Bestellungen konnten nicht geladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'dialog.close': 'Schließen',
  'dialog.dispute': 'Ein Problem mit Ihrer Bestellung melden',
  'dialog.contact': 'Verkäufer kontaktieren',
  'dialog.refund': 'Erstattung, Rücksendung oder Ersatz anfragen',
  'dialog.help': 'Hilfe zu Ihrer Bestellung',
  'dialog.disputeCase': 'Ihr Fall',
  'dialog.refundCase': 'Ihre Erstattungsanfrage',
  'dialog.pay': 'Bestellung bezahlen',
  'dialog.payNumber': 'Bestellung {number} bezahlen',
  'dialog.helpText':
    'Wählen Sie, was am besten passt. Eine Problemmeldung eröffnet einen Fall: Dort sprechen Sie mit dem Verkäufer, und unser Team kann eingreifen.',
  'dialog.contactText':
    'Schreiben Sie dem Verkäufer in einem Fall zu dieser Bestellung: Er antwortet dort, und unser Team kann eingreifen, wenn Sie sich nicht einigen.',
};
