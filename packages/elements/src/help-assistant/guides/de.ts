import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in German. */
export default {
  payment_method: {
    title: 'Zahlungsmethode hinzufügen oder ändern',
    keywords: 'Karte Kreditkarte Debitkarte Wallet bezahlen Zahlung abgelehnt gespeicherte Karte',
    steps: [
      'Öffnen Sie Ihren Checkout und gehen Sie zum Schritt Zahlung (wählen Sie Ändern, wenn Sie ihn schon abgeschlossen haben).',
      'Wählen Sie eine gespeicherte Karte, geben Sie eine neue Karte ein, zahlen Sie mit dem TxPay-Wallet oder wählen Sie Nachnahme, wo sie angeboten wird. Eine abgelaufene Karte ist nicht wählbar.',
      'Gehen Sie weiter zur Übersicht und wählen Sie Bestellen und bezahlen.',
      'Wurde eine Zahlung abgelehnt, wählen Sie in der Hilfe Andere Karte versuchen: Adresse und Versandart bleiben erhalten.',
    ],
  },
  track_parcel: {
    title: 'Paket verfolgen',
    keywords: 'Lieferung Sendung Versand Paket Sendungsnummer Zusteller wo ist meine Bestellung verspätet',
    steps: [
      'Öffnen Sie Ihre Bestellungen und wählen Sie die Bestellung.',
      'Jedes Paket zeigt seinen Status, wann es ankommen soll, den Zusteller und die Sendungsnummer (Kopieren kopiert sie).',
      'Wählen Sie Alle Updates anzeigen, um jede Meldung des Zustellers zu sehen, die neueste zuerst.',
      'Ist ein Paket verspätet oder gibt es ein Problem, wählen Sie Verkäufer kontaktieren, Nicht erhalten melden oder Hilfe holen.',
    ],
  },
  request_refund: {
    title: 'Erstattung anfordern',
    keywords: 'Geld zurück Rückerstattung Erstattung stornieren',
    steps: [
      'Öffnen Sie die Bestellung und wählen Sie Erstattung anfordern. Die Seite zeigt, bis wann Sie das können.',
      'Wählen Sie Erstattung, die Artikel und Mengen und einen Grund (eine Notiz ist freiwillig).',
      'Prüfen Sie den Betrag und senden Sie die Anfrage. Der Verkäufer muss bis zum angezeigten Datum antworten; sonst gilt sie als genehmigt.',
      'Verfolgen Sie die Anfrage auf derselben Seite: Nehmen Sie ein Teilangebot an oder lehnen Sie es ab, oder ziehen Sie die Anfrage zurück, solange das geht.',
    ],
  },
  start_return: {
    title: 'Rücksendung starten',
    keywords: 'Rücksendung zurückschicken Umtausch Ersatz Etikett Retoure',
    steps: [
      'Öffnen Sie die Bestellung, wählen Sie Erstattung anfordern und dann Rücksendung und Erstattung (oder Ersatz).',
      'Wählen Sie die Artikel und Mengen, geben Sie einen Grund an und senden Sie die Anfrage.',
      'Stimmt der Verkäufer zu, erscheint das Rücksendeetikett mit Zusteller, Sendungsnummer und dem Datum, bis zu dem Sie es abschicken müssen.',
      'Schicken Sie das Paket ab und wählen Sie Ich habe es abgeschickt. Die Erstattung folgt, wenn der Verkäufer es erhält.',
    ],
  },
  open_dispute: {
    title: 'Reklamation eröffnen',
    keywords: 'Streitfall Beschwerde Problem nicht erhalten beschädigt falscher Artikel Fall Anspruch',
    steps: [
      'Öffnen Sie die Bestellung und wählen Sie Problem melden.',
      'Wählen Sie einen Grund und die Artikel, beschreiben Sie, was passiert ist, und was Sie möchten: eine Erstattung, einen Ersatz oder Rücksendung und Erstattung.',
      'Fügen Sie Fotos oder Dokumente hinzu, wenn Sie welche haben, und senden Sie ab. Ihr Entwurf bleibt auf diesem Gerät, wenn Sie die Seite verlassen.',
      'Verfolgen Sie den Fall: Beantworten Sie das Angebot des Verkäufers, antworten Sie auf Nachrichten und wählen Sie Unser Team entscheiden lassen, wenn es angeboten wird.',
    ],
  },
  notifications: {
    title: 'Benachrichtigungen verwalten',
    keywords: 'Benachrichtigungen E-Mail SMS Nachrichten Hinweise Einstellungen abbestellen',
    steps: [
      'Öffnen Sie Ihre Bestellungen und wählen Sie den Tab Benachrichtigungseinstellungen.',
      'Jede Art von Nachricht hat einen Schalter pro Kanal, etwa E-Mail oder SMS.',
      'Schalten Sie einen Schalter ein oder aus: Die Änderung wird sofort gespeichert.',
    ],
  },
  your_data: {
    title: 'Ihre Daten herunterladen oder löschen',
    keywords: 'Datenschutz persönliche Daten Export löschen Konto DSGVO',
    steps: [
      'Öffnen Sie Datenschutz und wählen Sie Meine Daten herunterladen. Die Datei wird vorbereitet; laden Sie sie herunter, sobald sie bereit ist.',
      'Zum Löschen wählen Sie Meine Daten löschen. Sie sehen, was entfernt wird und was wir gesetzlich aufbewahren müssen und warum.',
      'Offene Bestellungen, Erstattungen und Reklamationen müssen zuerst abgeschlossen sein; eine unbezahlte Bestellung können Sie direkt dort stornieren.',
      'Bestätigen Sie, und Ihre Daten werden gelöscht.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Anleitungen durchsuchen',
  search: 'Suchen',
  list: 'Alle Anleitungen',
  results: 'Anleitungen zu „{query}“:',
  found: 'Gefundene Anleitungen: {count}.',
  no_results:
    'Keine Anleitung passt zu „{query}“. Versuchen Sie andere Wörter oder fragen Sie eine Person um Hilfe. Wenn Seiten nicht laden, prüfen Sie Ihre Verbindung.',
  helpful: 'War das hilfreich?',
  yes: 'Ja',
  no: 'Nein',
  thanks: 'Danke für Ihre Rückmeldung.',
  back: 'Zurück zu den Anleitungen',
  video: 'Anleitungsvideo: {title}',
  captions: 'Untertitel',
  transcript: 'Transkript',
  no_video: 'Dieser Browser kann das Video nicht abspielen. Die Schritte unten sagen dasselbe.',
} satisfies GuideWords;
