import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Romanian (formal address). */
const ro = {
  'privacy.heading': 'Confidențialitatea și datele dvs.',
  'privacy.intro':
    'Alegeți la ce sunt folosite datele dvs. și cum vă contactăm. De asemenea, vă puteți descărca sau șterge datele.',
  'privacy.loading': 'Se încarcă setările de confidențialitate…',
  'privacy.on': 'Activat',
  'privacy.off': 'Dezactivat',
  'privacy.saving': 'Se salvează…',
  'privacy.saved_on': '„{label}” este acum activat.',
  'privacy.saved_off': '„{label}” este acum dezactivat.',
  'privacy.save_failed': 'Nu am putut salva „{label}”, așa că setarea a revenit la cum era.',
  'privacy.consents.heading': 'La ce folosim datele dvs.',
  'privacy.consents.intro': 'Modificările au efect imediat și vă puteți răzgândi oricând.',
  'privacy.consents.necessary':
    'Mereu activat: necesar pentru livrarea comenzilor. Pentru a opri acest lucru, ștergeți-vă datele mai jos.',
  'privacy.consents.changed': 'Modificat ultima dată la {date}',
  'privacy.consent.order_processing.label': 'Procesarea comenzilor și plăților dvs.',
  'privacy.consent.order_processing.explanation':
    'Folosim numele, datele de contact și datele de plată pentru a încasa plățile și a gestiona comenzile, rambursările și disputele dvs.',
  'privacy.consent.carrier_address_sharing.label': 'Transmiterea adresei către curier',
  'privacy.consent.carrier_address_sharing.explanation':
    'Firma de curierat primește numele, adresa și numărul dvs. de telefon pentru a vă putea aduce coletul.',
  'privacy.consent.notifications_email.label': 'Mesaje prin e-mail',
  'privacy.consent.notifications_email.explanation':
    'Vă scriem prin e-mail despre comenzi, livrări, rambursări și dispute.',
  'privacy.consent.notifications_sms.label': 'Mesaje text (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Vă trimitem SMS-uri despre comenzi și livrări. Se pot aplica tarifele obișnuite ale abonamentului dvs.',
  'privacy.consent.personalisation.label': 'Recomandări și reclame personalizate',
  'privacy.consent.personalisation.explanation':
    'Folosim ce cumpărați și ce vizualizați pentru a vă sugera produse și a vă afișa reclame potrivite. Dezactivat până când îl activați.',
  'privacy.preferences.heading': 'Cum vă contactăm',
  'privacy.preferences.intro': 'Alegeți ce mesaje primiți și unde.',
  'privacy.preferences.caption': 'Mesaje pe canale',
  'privacy.preferences.kind_header': 'Mesaj',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Întrerupt',
  'privacy.preferences.withdrawn':
    '{channel} este întrerupt deoarece „{consent}” este dezactivat mai sus. Alegerile de aici se păstrează până îl reactivați.',
  'privacy.kind.order_updates': 'Noutăți despre comenzi',
  'privacy.kind.delivery_problems': 'Probleme de livrare',
  'privacy.kind.refunds_and_disputes': 'Rambursări și dispute',
  'privacy.channel.in_app': 'În aplicație',
  'privacy.channel.email': 'E-mail',
  'privacy.channel.sms': 'Mesaje SMS',
  'privacy.export.heading': 'Descărcați datele mele',
  'privacy.export.intro':
    'Primiți o copie a tot ce păstrăm despre dvs., ca fișier JSON pe care îl pot citi alte servicii. O puteți descărca o singură dată, în 24 de ore.',
  'privacy.export.request': 'Solicitați datele mele',
  'privacy.erasure.heading': 'Ștergeți datele mele',
  'privacy.erasure.intro':
    'Astfel vă ștergeți datele personale și vă închideți contul la acest magazin. Acțiunea nu poate fi anulată.',
  'privacy.erasure.removed_heading': 'Ce ștergem',
  'privacy.erasure.kept_heading': 'Ce păstrăm și de ce',
  'privacy.erasure.removed.contact_details': 'Numele, adresa de e-mail și numărul de telefon',
  'privacy.erasure.removed.shipping_addresses': 'Adresele de livrare ale comenzilor',
  'privacy.erasure.removed.preferences_and_messages': 'Consimțămintele, setările de notificări și mesajele',
  'privacy.erasure.removed.activity_history': 'Sesiunile, exporturile de date și istoricul actualizărilor în timp real',
  'privacy.erasure.kept.financial_records.record': 'Comenzile și plățile (produse, sume, date)',
  'privacy.erasure.kept.financial_records.reason':
    'Legislația fiscală și comercială ne obligă să le păstrăm — fără nimic care să le lege de dvs.',
  'privacy.erasure.kept.audit_log.record': 'Jurnalul de securitate',
  'privacy.erasure.kept.audit_log.reason':
    'Înregistrează cine a accesat date personale, pentru a vă proteja. Conține doar identificatori care nu mai duc la dvs.',
  'privacy.erasure.start': 'Ștergeți datele mele…',
  'privacy.erasure.done_heading': 'Datele dvs. au fost șterse',
  'privacy.erasure.done_text': 'Am șters datele dvs. personale la {date}. Ați fost deconectat de la acest magazin.',
  'privacy.other': 'O altă utilizare a datelor dvs.',
} as const satisfies CompleteCatalog<'privacy'>;

export default ro;
