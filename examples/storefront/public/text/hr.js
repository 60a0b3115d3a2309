// The storefront pages' own words: hr (keys as in en.js).
export default {
  'site.nav': 'Stranica',
  'nav.orders': 'Vaše narudžbe',
  'nav.account': 'Vaš račun',
  language: 'Jezik',
  'buyer.label': 'Demo kupac',
  'buyer.option': '{name} (kupac {n})',
  'buyer.switch': 'Promijeni kupca',
  'demo.heading': 'Isprobajte uživo',
  'demo.text':
    'Napravite demo narudžbu: simulirana dostavna služba pomiče je korak dalje svakih nekoliko sekundi, a njezino se praćenje odmah ažurira. Kad bude poslana, e-poruka se pojavljuje na stranici za hvatanje pošte.',
  'demo.place': 'Napravi demo narudžbu',
  'demo.placing': 'Izrađujemo demo narudžbu…',
  'demo.placed': 'Narudžba {number} je napravljena i predana dostavnoj službi. Njezino praćenje prvo je na popisu.',
  'demo.failed':
    'Demo narudžba nije se mogla napraviti. Provjerite radi li API u demo načinu rada i pokušajte ponovno.',
  'orders.loading': 'Učitavamo vaše narudžbe…',
  'orders.none': 'Još nemate narudžbi.',
  'orders.count': 'Prikazane narudžbe: {count}',
  'orders.failed': 'Nismo mogli učitati vaše narudžbe. Ponovno učitajte stranicu da biste pokušali opet.',
  'dialog.close': 'Zatvori',
  'dialog.dispute': 'Prijavite problem s narudžbom',
  'dialog.contact': 'Obratite se prodavatelju',
  'dialog.refund': 'Zatražite povrat novca, vraćanje ili zamjenu',
  'dialog.help': 'Pomoć s narudžbom',
  'dialog.disputeCase': 'Vaš slučaj',
  'dialog.refundCase': 'Vaš zahtjev za povrat novca',
  'dialog.pay': 'Platite narudžbu',
  'dialog.payNumber': 'Platite narudžbu {number}',
  'dialog.helpText':
    'Odaberite ono što najbolje odgovara. Prijava problema otvara slučaj: ondje razgovarate vi i prodavatelj, a naš se tim može uključiti.',
  'dialog.contactText':
    'Pišite prodavatelju u slučaju o ovoj narudžbi: prodavatelj odgovara ondje, a naš se tim može uključiti ako se ne slažete.',
};
