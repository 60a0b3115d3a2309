import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Croatian, with formal “vi” as Croatian web shops address buyers. */
const hr = {
  'privacy.heading': 'Privatnost i vaši podaci',
  'privacy.intro':
    'Odaberite za što se koriste vaši podaci i kako vas kontaktiramo. Svoje podatke možete i preuzeti ili izbrisati.',
  'privacy.loading': 'Učitavamo vaše postavke privatnosti…',
  'privacy.on': 'Uključeno',
  'privacy.off': 'Isključeno',
  'privacy.saving': 'Spremanje…',
  'privacy.saved_on': '„{label}” sada je uključeno.',
  'privacy.saved_off': '„{label}” sada je isključeno.',
  'privacy.save_failed': 'Nismo mogli spremiti „{label}”, pa je vraćeno na prethodno stanje.',

  'privacy.consents.heading': 'Za što koristimo vaše podatke',
  'privacy.consents.intro': 'Promjene stupaju na snagu odmah, a predomisliti se možete u bilo kojem trenutku.',
  'privacy.consents.necessary':
    'Uvijek uključeno: potrebno za dostavu vaših narudžbi. Da biste to zaustavili, izbrišite podatke u nastavku.',
  'privacy.consents.changed': 'Zadnja promjena {date}',
  'privacy.consent.order_processing.label': 'Obrada vaših narudžbi i plaćanja',
  'privacy.consent.order_processing.explanation':
    'Vaše ime, podatke za kontakt i podatke o plaćanju koristimo za naplatu i obradu vaših narudžbi, povrata novca i sporova.',
  'privacy.consent.carrier_address_sharing.label': 'Dijeljenje adrese s dostavnom službom',
  'privacy.consent.carrier_address_sharing.explanation':
    'Dostavna služba dobiva vaše ime, adresu i broj telefona kako bi vam mogla dostaviti paket.',
  'privacy.consent.notifications_email.label': 'Poruke e-poštom',
  'privacy.consent.notifications_email.explanation':
    'Šaljemo vam e-poruke o narudžbama, dostavama, povratima novca i sporovima.',
  'privacy.consent.notifications_sms.label': 'SMS poruke',
  'privacy.consent.notifications_sms.explanation':
    'Šaljemo vam SMS poruke o narudžbama i dostavama. Mogu se primijeniti uobičajene naknade vašeg mobilnog operatera.',
  'privacy.consent.personalisation.label': 'Personalizirani prijedlozi i oglasi',
  'privacy.consent.personalisation.explanation':
    'Na temelju onoga što kupujete i pregledavate predlažemo proizvode i prikazujemo oglase koji vam odgovaraju. Isključeno dok to ne uključite.',

  'privacy.preferences.heading': 'Kako vas kontaktiramo',
  'privacy.preferences.intro': 'Odaberite koje poruke primate i gdje.',
  'privacy.preferences.caption': 'Poruke po kanalu',
  'privacy.preferences.kind_header': 'Poruka',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Pauzirano',
  'privacy.preferences.withdrawn':
    '{channel} je pauziran jer je „{consent}” gore isključeno. Vaši se odabiri ovdje čuvaju za trenutak kad to ponovno uključite.',
  'privacy.kind.order_updates': 'Novosti o narudžbama',
  'privacy.kind.delivery_problems': 'Problemi s dostavom',
  'privacy.kind.refunds_and_disputes': 'Povrati novca i sporovi',
  'privacy.channel.in_app': 'U aplikaciji',
  'privacy.channel.email': 'E-pošta',
  'privacy.channel.sms': 'SMS',

  'privacy.export.heading': 'Preuzmi moje podatke',
  'privacy.export.intro':
    'Dobijte kopiju svega što imamo o vama, kao JSON datoteku koju mogu čitati i druge usluge. Možete je preuzeti jednom, u roku od 24 sata.',
  'privacy.export.request': 'Zatraži moje podatke',

  'privacy.erasure.heading': 'Izbriši moje podatke',
  'privacy.erasure.intro':
    'Time se brišu vaši osobni podaci i zatvara vaš račun u ovoj trgovini. To se ne može poništiti.',
  'privacy.erasure.removed_heading': 'Što brišemo',
  'privacy.erasure.kept_heading': 'Što zadržavamo i zašto',
  'privacy.erasure.removed.contact_details': 'Vaše ime, e-adresu i broj telefona',
  'privacy.erasure.removed.shipping_addresses': 'Adrese dostave na vašim narudžbama',
  'privacy.erasure.removed.preferences_and_messages': 'Vaše privole, postavke obavijesti i poruke',
  'privacy.erasure.removed.activity_history': 'Sesije, izvoze podataka i povijest ažuriranja uživo',
  'privacy.erasure.kept.financial_records.record': 'Narudžbe i plaćanja (proizvodi, iznosi, datumi)',
  'privacy.erasure.kept.financial_records.reason':
    'Porezni i računovodstveni propisi obvezuju nas da čuvamo financijsku evidenciju. Čuva se bez ičega što je povezuje s vama.',
  'privacy.erasure.kept.audit_log.record': 'Sigurnosni revizijski zapisnik',
  'privacy.erasure.kept.audit_log.reason':
    'Bilježi tko je pristupio osobnim podacima, radi vaše zaštite; sadrži samo identifikatore koji više ne vode do vas.',
  'privacy.erasure.start': 'Izbriši moje podatke…',
  'privacy.erasure.done_heading': 'Vaši su podaci izbrisani',
  'privacy.erasure.done_text': 'Vaše smo osobne podatke izbrisali {date}. Odjavljeni ste iz ove trgovine.',
  'privacy.other': 'Druga upotreba vaših podataka',
} as const satisfies CompleteCatalog<'privacy'>;

export default hr;
