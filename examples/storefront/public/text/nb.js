// The storefront pages' own words: nb (keys as in en.js).
export default {
  'site.nav': 'Nettsted',
  'nav.orders': 'Bestillingene dine',
  'nav.account': 'Kontoen din',
  language: 'Språk',
  'buyer.label': 'Demokjøper',
  'buyer.option': '{name} (kjøper {n})',
  'buyer.switch': 'Bytt kjøper',
  'demo.heading': 'Prøv det live',
  'demo.text':
    'Legg inn en demobestilling: den simulerte transportøren flytter den ett trinn med noen sekunders mellomrom, og sporingen oppdateres med en gang. Når den sendes, vises e-posten på e-postsiden.',
  'demo.place': 'Legg inn en demobestilling',
  'demo.placing': 'Legger inn demobestillingen…',
  'demo.placed': 'Bestilling {number} er lagt inn og levert til transportøren. Sporingen står øverst.',
  'demo.failed': 'Demobestillingen kunne ikke legges inn. Sjekk at API-et kjører i demomodus, og prøv igjen.',
  'orders.loading': 'Laster inn bestillingene dine…',
  'orders.none': 'Du har ingen bestillinger ennå.',
  'orders.count': 'Bestillinger som vises: {count}',
  'orders.failed': 'Bestillingene dine kunne ikke lastes inn. Last inn siden på nytt for å prøve igjen.',
  'dialog.close': 'Lukk',
  'dialog.dispute': 'Meld fra om et problem med bestillingen din',
  'dialog.contact': 'Kontakt selgeren',
  'dialog.refund': 'Be om refusjon, retur eller erstatningsvare',
  'dialog.help': 'Hjelp med bestillingen din',
  'dialog.disputeCase': 'Saken din',
  'dialog.refundCase': 'Forespørselen din om refusjon',
  'dialog.pay': 'Betal bestillingen',
  'dialog.payNumber': 'Betal bestilling {number}',
  'dialog.helpText':
    'Velg det som passer best. Når du melder fra om et problem, opprettes en sak: der snakker du med selgeren, og teamet vårt kan gripe inn.',
  'dialog.contactText':
    'Skriv til selgeren i en sak om denne bestillingen: selgeren svarer der, og teamet vårt kan gripe inn hvis dere ikke blir enige.',
};
