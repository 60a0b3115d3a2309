import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Finnish (sinä). */
const fi = {
  'privacy.heading': 'Yksityisyys ja tietosi',
  'privacy.intro':
    'Valitse, mihin tietojasi käytetään ja miten otamme sinuun yhteyttä. Voit myös ladata tai poistaa tietosi.',
  'privacy.loading': 'Ladataan yksityisyysasetuksiasi…',
  'privacy.on': 'Käytössä',
  'privacy.off': 'Pois',
  'privacy.saving': 'Tallennetaan…',
  'privacy.saved_on': '”{label}” on nyt käytössä.',
  'privacy.saved_off': '”{label}” on nyt pois käytöstä.',
  'privacy.save_failed': 'Emme voineet tallentaa asetusta ”{label}”, joten se palautettiin ennalleen.',

  'privacy.consents.heading': 'Mihin käytämme tietojasi',
  'privacy.consents.intro': 'Muutokset tulevat voimaan heti, ja voit muuttaa mieltäsi milloin tahansa.',
  'privacy.consents.necessary':
    'Aina käytössä: tarvitaan tilaustesi toimittamiseen. Voit lopettaa sen poistamalla tietosi alempana.',
  'privacy.consents.changed': 'Viimeksi muutettu {date}',
  'privacy.consent.order_processing.label': 'Tilaustesi ja maksujesi käsittely',
  'privacy.consent.order_processing.explanation':
    'Käytämme nimeäsi, yhteystietojasi ja maksutietojasi maksujen vastaanottamiseen sekä tilausten, hyvitysten ja kiistojen käsittelyyn.',
  'privacy.consent.carrier_address_sharing.label': 'Osoitteesi jakaminen kuljetusyhtiölle',
  'privacy.consent.carrier_address_sharing.explanation':
    'Kuljetusyhtiö saa nimesi, osoitteesi ja puhelinnumerosi, jotta se voi toimittaa pakettisi.',
  'privacy.consent.notifications_email.label': 'Sähköpostiviestit',
  'privacy.consent.notifications_email.explanation':
    'Lähetämme sinulle sähköpostia tilauksistasi, toimituksista, hyvityksistä ja kiistoista.',
  'privacy.consent.notifications_sms.label': 'Tekstiviestit (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Lähetämme puhelimeesi tekstiviestejä tilauksistasi ja toimituksista. Liittymäsi tavalliset maksut voivat koskea niitä.',
  'privacy.consent.personalisation.label': 'Henkilökohtaiset suositukset ja mainokset',
  'privacy.consent.personalisation.explanation':
    'Käytämme ostamiasi ja katselemiasi tuotteita ehdottaaksemme tuotteita ja näyttääksemme sinulle sopivia mainoksia. Pois käytöstä, ellet ota sitä käyttöön.',

  'privacy.preferences.heading': 'Miten otamme sinuun yhteyttä',
  'privacy.preferences.intro': 'Valitse, mitä viestejä saat ja mihin.',
  'privacy.preferences.caption': 'Viestit kanavittain',
  'privacy.preferences.kind_header': 'Viesti',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Keskeytetty',
  'privacy.preferences.withdrawn':
    '{channel} on keskeytetty, koska ”{consent}” on pois käytöstä yllä. Valintasi säilyvät täällä siihen asti, kun otat sen taas käyttöön.',
  'privacy.kind.order_updates': 'Tilauspäivitykset',
  'privacy.kind.delivery_problems': 'Toimitusongelmat',
  'privacy.kind.refunds_and_disputes': 'Hyvitykset ja kiistat',
  'privacy.channel.in_app': 'Sovelluksessa',
  'privacy.channel.email': 'Sähköposti',
  'privacy.channel.sms': 'Tekstiviesti',

  'privacy.export.heading': 'Lataa tietoni',
  'privacy.export.intro':
    'Saat kopion kaikista sinusta tallentamistamme tiedoista JSON-tiedostona, jota muut palvelut voivat lukea. Voit ladata sen kerran 24 tunnin kuluessa.',
  'privacy.export.request': 'Pyydä tietoni',

  'privacy.erasure.heading': 'Poista tietoni',
  'privacy.erasure.intro': 'Tämä poistaa henkilötietosi ja sulkee tilisi tässä kaupassa. Toimintoa ei voi kumota.',
  'privacy.erasure.removed_heading': 'Mitä poistamme',
  'privacy.erasure.kept_heading': 'Mitä säilytämme ja miksi',
  'privacy.erasure.removed.contact_details': 'Nimesi, sähköpostiosoitteesi ja puhelinnumerosi',
  'privacy.erasure.removed.shipping_addresses': 'Tilaustesi toimitusosoitteet',
  'privacy.erasure.removed.preferences_and_messages': 'Suostumuksesi, ilmoitusasetuksesi ja viestisi',
  'privacy.erasure.removed.activity_history': 'Istunnot, tietojen viennit ja reaaliaikaisten päivitysten historia',
  'privacy.erasure.kept.financial_records.record': 'Tilaukset ja maksut (tuotteet, summat, päivämäärät)',
  'privacy.erasure.kept.financial_records.reason':
    'Vero- ja kirjanpitolainsäädäntö velvoittaa meidät säilyttämään kirjanpitoaineiston. Se säilytetään ilman mitään, mikä yhdistäisi sen sinuun.',
  'privacy.erasure.kept.audit_log.record': 'Tietoturvan tarkastusloki',
  'privacy.erasure.kept.audit_log.reason':
    'Siihen kirjataan, kuka on käsitellyt henkilötietoja, sinun suojaksesi; se sisältää vain tunnisteita, jotka eivät enää johda sinuun.',
  'privacy.erasure.start': 'Poista tietoni…',
  'privacy.erasure.done_heading': 'Tietosi on poistettu',
  'privacy.erasure.done_text': 'Poistimme henkilötietosi {date}. Sinut on kirjattu ulos tästä kaupasta.',
  'privacy.other': 'Tietojesi muu käyttö',
} as const satisfies CompleteCatalog<'privacy'>;

export default fi;
