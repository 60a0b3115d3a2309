import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** German, with "du" as social-commerce apps address buyers. */
const de = {
  'privacy.heading': 'Datenschutz und deine Daten',
  'privacy.intro':
    'Lege fest, wofür deine Daten verwendet werden und wie wir dich kontaktieren. Du kannst deine Daten auch herunterladen oder löschen.',
  'privacy.loading': 'Deine Datenschutzeinstellungen werden geladen…',
  'privacy.on': 'An',
  'privacy.off': 'Aus',
  'privacy.saving': 'Wird gespeichert…',
  'privacy.saved_on': '„{label}“ ist jetzt an.',
  'privacy.saved_off': '„{label}“ ist jetzt aus.',
  'privacy.save_failed': 'Wir konnten „{label}“ nicht speichern. Die Einstellung ist wieder wie vorher.',
  'privacy.consents.heading': 'Wofür wir deine Daten verwenden',
  'privacy.consents.intro': 'Änderungen gelten sofort, und du kannst deine Meinung jederzeit ändern.',
  'privacy.consents.necessary':
    'Immer an: nötig, um deine Bestellungen zu liefern. Um das zu beenden, lösche unten deine Daten.',
  'privacy.consents.changed': 'Zuletzt geändert am {date}',
  'privacy.consent.order_processing.label': 'Abwicklung deiner Bestellungen und Zahlungen',
  'privacy.consent.order_processing.explanation':
    'Wir verwenden deinen Namen, deine Kontakt- und Zahlungsdaten, um Zahlungen abzuwickeln und deine Bestellungen, Erstattungen und Streitfälle zu bearbeiten.',
  'privacy.consent.carrier_address_sharing.label': 'Weitergabe deiner Adresse an den Versanddienst',
  'privacy.consent.carrier_address_sharing.explanation':
    'Der Versanddienst erhält deinen Namen, deine Adresse und Telefonnummer, damit er dir dein Paket bringen kann.',
  'privacy.consent.notifications_email.label': 'Nachrichten per E-Mail',
  'privacy.consent.notifications_email.explanation':
    'Wir schreiben dir per E-Mail zu deinen Bestellungen, Lieferungen, Erstattungen und Streitfällen.',
  'privacy.consent.notifications_sms.label': 'Textnachrichten (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Wir schicken dir SMS zu deinen Bestellungen und Lieferungen. Es können die üblichen Kosten deines Mobilfunktarifs anfallen.',
  'privacy.consent.personalisation.label': 'Persönliche Empfehlungen und Werbung',
  'privacy.consent.personalisation.explanation':
    'Wir nutzen, was du kaufst und ansiehst, um dir passende Produkte und Werbung zu zeigen. Aus, solange du es nicht einschaltest.',
  'privacy.preferences.heading': 'Wie wir dich kontaktieren',
  'privacy.preferences.intro': 'Wähle, welche Nachrichten du bekommst und wo.',
  'privacy.preferences.caption': 'Nachrichten nach Kanal',
  'privacy.preferences.kind_header': 'Nachricht',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Pausiert',
  'privacy.preferences.withdrawn':
    '{channel} ist pausiert, weil „{consent}“ oben ausgeschaltet ist. Deine Auswahl hier bleibt gespeichert, bis du es wieder einschaltest.',
  'privacy.kind.order_updates': 'Bestell\u00adupdates',
  'privacy.kind.delivery_problems': 'Liefer\u00adprobleme',
  'privacy.kind.refunds_and_disputes': 'Erstat\u00adtungen und Streit\u00adfälle',
  'privacy.channel.in_app': 'In der App',
  'privacy.channel.email': 'E-Mail',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Meine Daten herunterladen',
  'privacy.export.intro':
    'Erhalte eine Kopie von allem, was wir über dich speichern, als JSON-Datei, die andere Dienste lesen können. Du kannst sie einmal herunterladen, innerhalb von 24 Stunden.',
  'privacy.export.request': 'Meine Daten anfordern',
  'privacy.erasure.heading': 'Meine Daten löschen',
  'privacy.erasure.intro':
    'Damit werden deine personenbezogenen Daten gelöscht und dein Konto bei diesem Shop geschlossen. Das lässt sich nicht rückgängig machen.',
  'privacy.erasure.removed_heading': 'Was wir löschen',
  'privacy.erasure.kept_heading': 'Was wir behalten und warum',
  'privacy.erasure.removed.contact_details': 'Dein Name, deine E-Mail-Adresse und Telefonnummer',
  'privacy.erasure.removed.shipping_addresses': 'Lieferadressen deiner Bestellungen',
  'privacy.erasure.removed.preferences_and_messages':
    'Deine Einwilligungen, Benachrichtigungseinstellungen und Nachrichten',
  'privacy.erasure.removed.activity_history': 'Sitzungen, Datenexporte und Verlauf der Live-Updates',
  'privacy.erasure.kept.financial_records.record': 'Bestellungen und Zahlungen (Artikel, Beträge, Daten)',
  'privacy.erasure.kept.financial_records.reason':
    'Steuer- und Handelsrecht verpflichten uns, sie aufzubewahren – ohne etwas, das sie mit dir verbindet.',
  'privacy.erasure.kept.audit_log.record': 'Sicherheitsprotokoll',
  'privacy.erasure.kept.audit_log.reason':
    'Es hält zu deinem Schutz fest, wer auf personenbezogene Daten zugegriffen hat. Es enthält nur IDs, die nicht mehr zu dir führen.',
  'privacy.erasure.start': 'Meine Daten löschen…',
  'privacy.erasure.done_heading': 'Deine Daten wurden gelöscht',
  'privacy.erasure.done_text':
    'Wir haben deine personenbezogenen Daten am {date} gelöscht. Du wurdest bei diesem Shop abgemeldet.',
  'privacy.other': 'Eine weitere Nutzung deiner Daten',
} as const satisfies CompleteCatalog<'privacy'>;

export default de;
