// The storefront pages' own words: fi (keys as in en.js).
export default {
  'site.nav': 'Sivusto',
  'nav.orders': 'Tilauksesi',
  'nav.account': 'Tilisi',
  language: 'Kieli',
  'buyer.label': 'Demo-ostaja',
  'buyer.option': '{name} (ostaja {n})',
  'buyer.switch': 'Vaihda ostajaa',
  'demo.heading': 'Kokeile livenä',
  'demo.text':
    'Tee demotilaus: simuloitu kuljetusyhtiö siirtää sitä vaihe kerrallaan muutaman sekunnin välein, ja sen seuranta päivittyy heti. Kun tilaus lähetetään, sähköposti näkyy sähköpostisivulla.',
  'demo.place': 'Tee demotilaus',
  'demo.placing': 'Tehdään demotilausta…',
  'demo.placed': 'Tilaus {number} on tehty ja luovutettu kuljetusyhtiölle. Sen seuranta on ylimpänä.',
  'demo.failed': 'Demotilausta ei voitu tehdä. Tarkista, että API on käynnissä demotilassa, ja yritä uudelleen.',
  'orders.loading': 'Ladataan tilauksiasi…',
  'orders.none': 'Sinulla ei ole vielä tilauksia.',
  'orders.count': 'Näytettäviä tilauksia: {count}',
  'orders.failed': 'Tilauksiasi ei voitu ladata. Lataa sivu uudelleen yrittääksesi uudelleen.',
  'dialog.close': 'Sulje',
  'dialog.dispute': 'Ilmoita tilaustasi koskevasta ongelmasta',
  'dialog.contact': 'Ota yhteyttä myyjään',
  'dialog.refund': 'Pyydä hyvitystä, palautusta tai korvaavaa tuotetta',
  'dialog.help': 'Apua tilaukseesi',
  'dialog.disputeCase': 'Tapauksesi',
  'dialog.refundCase': 'Hyvityspyyntösi',
  'dialog.pay': 'Maksa tilaus',
  'dialog.payNumber': 'Maksa tilaus {number}',
  'dialog.helpText':
    'Valitse sopivin vaihtoehto. Ongelmasta ilmoittaminen avaa tapauksen: siinä keskustelet myyjän kanssa, ja tiimimme voi puuttua asiaan.',
  'dialog.contactText':
    'Kirjoita myyjälle tätä tilausta koskevassa tapauksessa: myyjä vastaa siellä, ja tiimimme voi puuttua asiaan, jos ette pääse sopuun.',
};
