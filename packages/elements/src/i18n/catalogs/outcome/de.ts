import type { CompleteCatalog } from '@txassist/sdk/i18n';

const de = {
  'outcome.declined.heading': 'Deine Zahlung ist nicht durchgegangen',
  'outcome.declined.kept':
    'Alles andere, was du eingegeben hast, ist noch da. Nur die Kartendaten musst du erneut eingeben.',
  'outcome.challenge.heading': 'Bestätige, dass du es bist',
  'outcome.challenge.code': 'Bestätigungscode',
  'outcome.challenge.code_hint': 'Du kannst den Code einfügen. Er läuft um {time} ab.',
  'outcome.challenge.verify': 'Bestätigen und bezahlen',
  'outcome.challenge.resend': 'Neuen Code senden',
  'outcome.challenge.resend_wait': 'Du kannst in {seconds} s einen neuen Code anfordern.',
  'outcome.challenge.resent': 'Wir haben einen neuen Code gesendet. Nur der neueste Code gilt.',
  'outcome.challenge.attempts_left': 'Verbleibende Versuche: {count}',
  'outcome.challenge.required': 'Gib den 6-stelligen Code ein, den wir dir gesendet haben.',
  'outcome.challenge.format': 'Der Code hat 6 Ziffern. Prüfe ihn und gib ihn erneut ein.',
  'outcome.challenge.wrong': 'Dieser Code stimmt nicht. Prüfe die neueste Nachricht und versuche es erneut.',
  'outcome.challenge.expired': 'Dieser Code ist abgelaufen. Fordere einen neuen Code an und gib ihn ein.',
  'outcome.challenge.locked':
    'Zu viele falsche Codes – zu deinem Schutz haben wir diese Zahlung gestoppt. Wähle eine andere Zahlungsart oder versuche es später erneut.',
  'outcome.challenge.verifying': 'Code wird geprüft …',
  'outcome.wallet.returned': 'Willkommen zurück. Wir bestätigen deine TxPay-Zahlung …',
  'outcome.wallet.cancelled': 'Du hast TxPay ohne Zahlung verlassen. Wähle eine Zahlungsart und versuche es erneut.',
  'outcome.on_hold.heading': 'Deine Bestellung ist aufgegeben und wird kurz geprüft',
  'outcome.on_hold.body':
    'Wir prüfen diese Zahlung, bevor deine Bestellung vorbereitet wird. Du musst nichts tun: Wir schreiben dir eine E-Mail, sobald wir fertig sind, meist innerhalb eines Tages.',
  'outcome.confirmation.heading': 'Danke, deine Bestellung ist aufgegeben',
  'outcome.confirmation.number': 'Bestellnummer: {number}',
  'outcome.confirmation.paid': '{total} bezahlt mit {method}',
  'outcome.confirmation.cod_due': 'Halte {total} für den Zusteller bereit.',
  'outcome.confirmation.track': 'Bestellung verfolgen',
  'outcome.confirmation.next_heading': 'Wie es weitergeht',
  'outcome.confirmation.next':
    'Der Verkäufer bereitet Ihre Bestellung jetzt vor. Wir sagen Ihnen Bescheid, sobald sie unterwegs ist, und Sie können sie jederzeit mit Ihrer Bestellnummer verfolgen.',
  'outcome.failure.network':
    'Wir konnten den Shop nicht erreichen. Prüfe deine Verbindung und versuche es erneut. Dir wird nichts doppelt berechnet.',
  'outcome.failure.generic':
    'Bei uns ist etwas schiefgelaufen. Versuche es gleich noch einmal; dir wird nichts doppelt berechnet.',
} as const satisfies CompleteCatalog<'outcome'>;

export default de;
