// The storefront pages' own words: nl (keys as in en.js).
export default {
  'site.nav': 'Website',
  'nav.orders': 'Je bestellingen',
  'nav.account': 'Je account',
  language: 'Taal',
  'buyer.label': 'Demokoper',
  'buyer.option': '{name} (koper {n})',
  'buyer.switch': 'Andere koper',
  'demo.heading': 'Probeer het live',
  'demo.text':
    'Plaats een demobestelling: de gesimuleerde vervoerder zet haar om de paar seconden een stap verder en de tracking wordt meteen bijgewerkt. Zodra ze verzonden is, verschijnt de e-mail op de opvangpagina.',
  'demo.place': 'Demobestelling plaatsen',
  'demo.placing': 'Demobestelling wordt geplaatst…',
  'demo.placed': 'Bestelling {number} is geplaatst en aan de vervoerder gegeven. De tracking staat bovenaan de lijst.',
  'demo.failed':
    'De demobestelling kon niet worden geplaatst. Controleer of de API in demomodus draait en probeer het opnieuw.',
  'orders.loading': 'Je bestellingen worden geladen…',
  'orders.none': 'Je hebt nog geen bestellingen.',
  'orders.count': 'Getoonde bestellingen: {count}',
  'orders.failed': 'We konden je bestellingen niet laden. Laad de pagina opnieuw om het nog eens te proberen.',
  'dialog.close': 'Sluiten',
  'dialog.dispute': 'Een probleem met je bestelling melden',
  'dialog.contact': 'Contact opnemen met de verkoper',
  'dialog.refund': 'Een terugbetaling, retour of vervanging aanvragen',
  'dialog.help': 'Hulp bij je bestelling',
  'dialog.disputeCase': 'Je zaak',
  'dialog.refundCase': 'Je terugbetalingsverzoek',
  'dialog.pay': 'Je bestelling betalen',
  'dialog.payNumber': 'Bestelling {number} betalen',
  'dialog.helpText':
    'Kies wat het beste past. Met een probleemmelding open je een zaak: daar praten jij en de verkoper met elkaar, en ons team kan ingrijpen.',
  'dialog.contactText':
    'Schrijf de verkoper in een zaak over deze bestelling: de verkoper antwoordt daar, en ons team kan ingrijpen als jullie het niet eens worden.',
};
