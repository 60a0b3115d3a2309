import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Hungarian (formal „Ön”). */
const hu = {
  'privacy.heading': 'Adatvédelem és az Ön adatai',
  'privacy.intro':
    'Válassza ki, mire használhatjuk az adatait, és hogyan lépjünk kapcsolatba Önnel. Adatait le is töltheti vagy törölheti.',
  'privacy.loading': 'Az adatvédelmi beállítások betöltése…',
  'privacy.on': 'Be',
  'privacy.off': 'Ki',
  'privacy.saving': 'Mentés…',
  'privacy.saved_on': '„{label}” most be van kapcsolva.',
  'privacy.saved_off': '„{label}” most ki van kapcsolva.',
  'privacy.save_failed': 'Nem sikerült menteni ezt: „{label}”, ezért visszaállt az előző értékre.',
  'privacy.consents.heading': 'Mire használjuk az adatait',
  'privacy.consents.intro': 'A módosítások azonnal érvénybe lépnek, és bármikor meggondolhatja magát.',
  'privacy.consents.necessary':
    'Mindig bekapcsolva: a rendelései kézbesítéséhez szükséges. A leállításához törölje alább az adatait.',
  'privacy.consents.changed': 'Utoljára módosítva: {date}',
  'privacy.consent.order_processing.label': 'Rendelései és fizetései feldolgozása',
  'privacy.consent.order_processing.explanation':
    'A nevét, elérhetőségeit és fizetési adatait a fizetések fogadására, valamint rendelései, visszatérítései és vitái kezelésére használjuk.',
  'privacy.consent.carrier_address_sharing.label': 'Címe átadása a futárszolgálatnak',
  'privacy.consent.carrier_address_sharing.explanation':
    'A futárszolgálat megkapja a nevét, címét és telefonszámát, hogy ki tudja szállítani a csomagját.',
  'privacy.consent.notifications_email.label': 'E-mail-üzenetek',
  'privacy.consent.notifications_email.explanation':
    'E-mailt küldünk rendeléseiről, szállításairól, visszatérítéseiről és vitáiról.',
  'privacy.consent.notifications_sms.label': 'Szöveges üzenetek (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'SMS-t küldünk rendeléseiről és szállításairól. A mobiltarifája szerinti szokásos díjak felszámíthatók.',
  'privacy.consent.personalisation.label': 'Személyre szabott ajánlatok és hirdetések',
  'privacy.consent.personalisation.explanation':
    'Azt, amit vásárol és megnéz, arra használjuk, hogy Önnek megfelelő termékeket ajánljunk és hirdetéseket mutassunk. Kikapcsolva, amíg be nem kapcsolja.',
  'privacy.preferences.heading': 'Hogyan lépünk kapcsolatba Önnel',
  'privacy.preferences.intro': 'Válassza ki, milyen üzeneteket kapjon, és hol.',
  'privacy.preferences.caption': 'Üzenetek csatornánként',
  'privacy.preferences.kind_header': 'Üzenet',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Szüneteltetve',
  'privacy.preferences.withdrawn':
    '{channel}: szüneteltetve, mert fent ki van kapcsolva ez: „{consent}”. Az itteni választásai megmaradnak, amíg újra be nem kapcsolja.',
  'privacy.kind.order_updates': 'Rendelési hírek',
  'privacy.kind.delivery_problems': 'Kézbesítési problémák',
  'privacy.kind.refunds_and_disputes': 'Visszatérítések és viták',
  'privacy.channel.in_app': 'Az alkalmazásban',
  'privacy.channel.email': 'E-mail',
  'privacy.channel.sms': 'Szöveges üzenet',
  'privacy.export.heading': 'Adataim letöltése',
  'privacy.export.intro':
    'Kérjen másolatot mindenről, amit Önről tárolunk, más szolgáltatások által is olvasható JSON-fájlban. 24 órán belül egyszer töltheti le.',
  'privacy.export.request': 'Adataim kérése',
  'privacy.erasure.heading': 'Adataim törlése',
  'privacy.erasure.intro':
    'Ezzel töröljük személyes adatait, és megszüntetjük a fiókját ebben az áruházban. Ez nem vonható vissza.',
  'privacy.erasure.removed_heading': 'Mit törlünk',
  'privacy.erasure.kept_heading': 'Mit őrzünk meg, és miért',
  'privacy.erasure.removed.contact_details': 'Nevét, e-mail-címét és telefonszámát',
  'privacy.erasure.removed.shipping_addresses': 'Rendelései szállítási címeit',
  'privacy.erasure.removed.preferences_and_messages': 'Hozzájárulásait, értesítési beállításait és üzeneteit',
  'privacy.erasure.removed.activity_history': 'A munkameneteket, az adatexportokat és az élő frissítések előzményeit',
  'privacy.erasure.kept.financial_records.record': 'Rendelések és fizetések (termékek, összegek, dátumok)',
  'privacy.erasure.kept.financial_records.reason':
    'Az adó- és kereskedelmi jogszabályok kötelezik a megőrzésüket – de semmi sem köti őket Önhöz.',
  'privacy.erasure.kept.audit_log.record': 'Biztonsági napló',
  'privacy.erasure.kept.audit_log.reason':
    'Az Ön védelmében rögzíti, ki fért hozzá személyes adatokhoz. Csak olyan azonosítókat tartalmaz, amelyek már nem vezetnek Önhöz.',
  'privacy.erasure.start': 'Adataim törlése…',
  'privacy.erasure.done_heading': 'Adatait töröltük',
  'privacy.erasure.done_text': 'Személyes adatait töröltük ekkor: {date}. Kijelentkeztettük ebből az áruházból.',
  'privacy.other': 'Adatai egyéb felhasználása',
} as const satisfies CompleteCatalog<'privacy'>;

export default hu;
