// The storefront pages' own words: da (keys as in en.js).
export default {
  'site.nav': 'Websted',
  'nav.orders': 'Dine ordrer',
  'nav.account': 'Din konto',
  language: 'Sprog',
  'buyer.label': 'Demokøber',
  'buyer.option': '{name} (køber {n})',
  'buyer.switch': 'Skift køber',
  'demo.heading': 'Prøv det live',
  'demo.text':
    'Afgiv en demoordre: det simulerede fragtfirma flytter den et trin med få sekunders mellemrum, og sporingen opdateres med det samme. Når den er afsendt, vises e-mailen på mailsiden.',
  'demo.place': 'Afgiv en demoordre',
  'demo.placing': 'Afgiver demoordren…',
  'demo.placed': 'Ordre {number} er afgivet og afleveret til fragtfirmaet. Sporingen står øverst.',
  'demo.failed': 'Demoordren kunne ikke afgives. Tjek, at API’et kører i demotilstand, og prøv igen.',
  'orders.loading': 'Indlæser dine ordrer…',
  'orders.none': 'Du har ingen ordrer endnu.',
  'orders.count': 'Viste ordrer: {count}',
  'orders.failed': 'Dine ordrer kunne ikke indlæses. Genindlæs siden for at prøve igen.',
  'dialog.close': 'Luk',
  'dialog.dispute': 'Rapportér et problem med din ordre',
  'dialog.contact': 'Kontakt sælgeren',
  'dialog.refund': 'Anmod om refusion, returnering eller erstatningsvare',
  'dialog.help': 'Hjælp til din ordre',
  'dialog.disputeCase': 'Din sag',
  'dialog.refundCase': 'Din anmodning om refusion',
  'dialog.pay': 'Betal ordren',
  'dialog.payNumber': 'Betal ordre {number}',
  'dialog.helpText':
    'Vælg det, der passer bedst. Når du rapporterer et problem, oprettes en sag: der taler du med sælgeren, og vores team kan gribe ind.',
  'dialog.contactText':
    'Skriv til sælgeren i en sag om denne ordre: sælgeren svarer der, og vores team kan gribe ind, hvis I ikke bliver enige.',
};
