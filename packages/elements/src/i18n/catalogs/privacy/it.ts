import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Italian, with "tu", the usual register of Italian shopping apps. */
const it = {
  'privacy.heading': 'Privacy e i tuoi dati',
  'privacy.intro':
    'Scegli per cosa vengono usati i tuoi dati e come ti contattiamo. Puoi anche scaricare o eliminare i tuoi dati.',
  'privacy.loading': 'Caricamento delle impostazioni sulla privacy…',
  'privacy.on': 'Attivo',
  'privacy.off': 'Disattivato',
  'privacy.saving': 'Salvataggio…',
  'privacy.saved_on': '“{label}” ora è attivo.',
  'privacy.saved_off': '“{label}” ora è disattivato.',
  'privacy.save_failed': 'Non siamo riusciti a salvare “{label}”, quindi è tornato com’era.',
  'privacy.consents.heading': 'Per cosa usiamo i tuoi dati',
  'privacy.consents.intro': 'Le modifiche valgono subito e puoi cambiare idea in qualsiasi momento.',
  'privacy.consents.necessary':
    'Sempre attivo: serve per consegnare i tuoi ordini. Per interromperlo, elimina i tuoi dati qui sotto.',
  'privacy.consents.changed': 'Ultima modifica il {date}',
  'privacy.consent.order_processing.label': 'Gestione di ordini e pagamenti',
  'privacy.consent.order_processing.explanation':
    'Usiamo il tuo nome, i tuoi contatti e i dati di pagamento per incassare i pagamenti e gestire ordini, rimborsi e contestazioni.',
  'privacy.consent.carrier_address_sharing.label': 'Condivisione dell’indirizzo con il corriere',
  'privacy.consent.carrier_address_sharing.explanation':
    'Il corriere riceve il tuo nome, indirizzo e numero di telefono per consegnarti il pacco.',
  'privacy.consent.notifications_email.label': 'Messaggi via email',
  'privacy.consent.notifications_email.explanation':
    'Ti scriviamo via email su ordini, consegne, rimborsi e contestazioni.',
  'privacy.consent.notifications_sms.label': 'Messaggi di testo (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Ti inviamo SMS su ordini e consegne. Potrebbero essere applicati i normali costi del tuo piano telefonico.',
  'privacy.consent.personalisation.label': 'Suggerimenti e pubblicità personalizzati',
  'privacy.consent.personalisation.explanation':
    'Usiamo ciò che acquisti e guardi per suggerirti prodotti e mostrarti pubblicità adatte a te. Disattivato finché non lo attivi.',
  'privacy.preferences.heading': 'Come ti contattiamo',
  'privacy.preferences.intro': 'Scegli quali messaggi ricevere e dove.',
  'privacy.preferences.caption': 'Messaggi per canale',
  'privacy.preferences.kind_header': 'Messaggio',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'In pausa',
  'privacy.preferences.withdrawn':
    '{channel} è in pausa perché “{consent}” è disattivato qui sopra. Le tue scelte restano salvate per quando lo riattiverai.',
  'privacy.kind.order_updates': 'Aggiornamenti sull’ordine',
  'privacy.kind.delivery_problems': 'Problemi di consegna',
  'privacy.kind.refunds_and_disputes': 'Rimborsi e contestazioni',
  'privacy.channel.in_app': 'Nell’app',
  'privacy.channel.email': 'Email',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Scarica i miei dati',
  'privacy.export.intro':
    'Ricevi una copia di tutto ciò che conserviamo su di te, in un file JSON leggibile da altri servizi. Puoi scaricarlo una volta, entro 24 ore.',
  'privacy.export.request': 'Richiedi i miei dati',
  'privacy.erasure.heading': 'Elimina i miei dati',
  'privacy.erasure.intro':
    'Così elimini i tuoi dati personali e chiudi il tuo account presso questo negozio. Non si può annullare.',
  'privacy.erasure.removed_heading': 'Cosa eliminiamo',
  'privacy.erasure.kept_heading': 'Cosa conserviamo e perché',
  'privacy.erasure.removed.contact_details': 'Il tuo nome, indirizzo email e numero di telefono',
  'privacy.erasure.removed.shipping_addresses': 'Gli indirizzi di spedizione dei tuoi ordini',
  'privacy.erasure.removed.preferences_and_messages': 'I tuoi consensi, le preferenze di notifica e i messaggi',
  'privacy.erasure.removed.activity_history':
    'Sessioni, esportazioni dei dati e cronologia degli aggiornamenti in tempo reale',
  'privacy.erasure.kept.financial_records.record': 'Ordini e pagamenti (articoli, importi, date)',
  'privacy.erasure.kept.financial_records.reason':
    'La normativa fiscale e contabile ci obbliga a conservarli, ma senza nulla che li colleghi a te.',
  'privacy.erasure.kept.audit_log.record': 'Registro di controllo della sicurezza',
  'privacy.erasure.kept.audit_log.reason':
    'Registra chi ha avuto accesso ai dati personali, per proteggerti. Contiene solo ID che non riconducono più a te.',
  'privacy.erasure.start': 'Elimina i miei dati…',
  'privacy.erasure.done_heading': 'I tuoi dati sono stati eliminati',
  'privacy.erasure.done_text':
    'Abbiamo eliminato i tuoi dati personali il {date}. Sei stato disconnesso da questo negozio.',
  'privacy.other': 'Un altro utilizzo dei tuoi dati',
} as const satisfies CompleteCatalog<'privacy'>;

export default it;
