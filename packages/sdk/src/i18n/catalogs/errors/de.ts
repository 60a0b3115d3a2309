import type { CompleteCatalog } from '../../catalog.js';

/** German, with "du" as social-commerce apps address buyers (Instagram, TikTok Shop and Vinted do). */
const de = {
  'error.request_invalid.title': 'Auf dieser Seite hat etwas nicht funktioniert',
  'error.request_invalid.next_step':
    'Lade die Seite neu und versuch es noch einmal. Passiert es wieder, wende dich mit dem Fehlercode an den Verkäufer.',
  'error.validation_failed.title': 'Einige Angaben fehlen oder sind ungültig',
  'error.validation_failed.next_step': 'Prüfe die markierten Felder und versuch es dann noch einmal.',
  'error.payload_too_large.title': 'Deine Daten sind zu groß',
  'error.payload_too_large.next_step': 'Sende weniger oder kleinere Dateien und versuch es noch einmal.',
  'error.unauthenticated.title': 'Deine Sitzung ist abgelaufen',
  'error.unauthenticated.next_step': 'Melde dich auf dieser Website neu an und lade die Seite dann neu.',
  'error.forbidden.title': 'Das ist für dein Konto nicht verfügbar',
  'error.forbidden.next_step': 'Prüfe, ob du mit dem Konto angemeldet bist, mit dem du bestellt hast.',
  'error.not_found.title': 'Wir finden nicht, was du suchst',
  'error.not_found.next_step': 'Prüfe den Link oder die Nummer und ob du mit dem richtigen Konto angemeldet bist.',
  'error.in_progress.title': 'Deine letzte Anfrage wird noch bearbeitet',
  'error.in_progress.next_step': 'Warte einen Moment und versuch es dann noch einmal.',
  'error.action_unavailable.title': 'Das ist für diese Bestellung nicht mehr möglich',
  'error.action_unavailable.next_step':
    'Lade die Seite neu, um den aktuellen Stand der Bestellung und deine Möglichkeiten zu sehen.',
  'error.rate_limited.title': 'Zu viele Versuche',
  'error.rate_limited.next_step': 'Warte eine Minute und versuch es dann noch einmal.',
  'error.server_error.title': 'Bei uns ist etwas schiefgelaufen',
  'error.server_error.next_step':
    'Warte ein paar Minuten und versuch es noch einmal. Passiert es wieder, wende dich mit dem Fehlercode an den Verkäufer.',
  'error.unavailable.title': 'Dieser Dienst ist gerade nicht verfügbar',
  'error.unavailable.next_step': 'Das Problem liegt bei uns. Warte ein paar Minuten und versuch es dann noch einmal.',
  'error.timeout.title': 'Das dauert zu lange',
  'error.timeout.next_step': 'Warte einen Moment und versuch es dann noch einmal.',
  'error.sign_in_failed.title': 'E-Mail-Adresse oder Passwort stimmt nicht',
  'error.sign_in_failed.next_step': 'Prüfe beides und versuch es noch einmal.',
  'error.code_required.title': 'Gib deinen Bestätigungscode ein',
  'error.code_required.next_step': 'Öffne deine Authenticator-App und gib den angezeigten Code ein.',
  'error.code_invalid.title': 'Der Code stimmt nicht oder ist abgelaufen',
  'error.code_invalid.next_step': 'Gib den neuesten Code aus deiner Authenticator-App ein.',
  'error.consent_required.title': 'Diese Erlaubnis wird für deine Bestellungen gebraucht',
  'error.consent_required.next_step': 'Lass sie eingeschaltet, solange du offene Bestellungen hast.',
  'error.erasure_blocked.title': 'Deine Daten können noch nicht gelöscht werden',
  'error.erasure_blocked.next_step':
    'Eine offene Bestellung oder ein offener Fall braucht sie noch. Versuch es erneut, wenn er abgeschlossen ist.',
  'error.gone.title': 'Das ist nicht mehr verfügbar',
  'error.gone.next_step': 'Fordere es erneut an, um ein neues zu bekommen.',
  'error.unexpected.title': 'Etwas ist schiefgelaufen',
  'error.unexpected.next_step':
    'Versuch es noch einmal. Passiert es wieder, wende dich mit dem Fehlercode an den Verkäufer.',
} as const satisfies CompleteCatalog<'errors'>;

export default de;
