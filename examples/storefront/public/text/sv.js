// The storefront pages' own words: sv (keys as in en.js).
export default {
  'site.nav': 'Webbplats',
  'nav.orders': 'Dina beställningar',
  'nav.account': 'Ditt konto',
  language: 'Språk',
  'buyer.label': 'Demoköpare',
  'buyer.option': '{name} (köpare {n})',
  'buyer.switch': 'Byt köpare',
  'demo.heading': 'Prova live',
  'demo.text':
    'Lägg en demobeställning: den simulerade transportören flyttar den ett steg med några sekunders mellanrum, och spårningen uppdateras direkt. När den skickas visas e-postmeddelandet på mejlsidan.',
  'demo.place': 'Lägg en demobeställning',
  'demo.placing': 'Lägger demobeställningen…',
  'demo.placed': 'Beställning {number} är lagd och lämnad till transportören. Spårningen finns högst upp.',
  'demo.failed': 'Demobeställningen kunde inte läggas. Kontrollera att API:et körs i demoläge och försök igen.',
  'orders.loading': 'Laddar dina beställningar…',
  'orders.none': 'Du har inga beställningar än.',
  'orders.count': 'Beställningar som visas: {count}',
  'orders.failed': 'Dina beställningar kunde inte laddas. Ladda om sidan för att försöka igen.',
  'dialog.close': 'Stäng',
  'dialog.dispute': 'Rapportera ett problem med din beställning',
  'dialog.contact': 'Kontakta säljaren',
  'dialog.refund': 'Begär återbetalning, retur eller ersättningsvara',
  'dialog.help': 'Hjälp med din beställning',
  'dialog.disputeCase': 'Ditt ärende',
  'dialog.refundCase': 'Din begäran om återbetalning',
  'dialog.pay': 'Betala beställningen',
  'dialog.payNumber': 'Betala beställning {number}',
  'dialog.helpText':
    'Välj det som passar bäst. När du rapporterar ett problem öppnas ett ärende: där pratar du med säljaren, och vårt team kan gå in.',
  'dialog.contactText':
    'Skriv till säljaren i ett ärende om den här beställningen: säljaren svarar där, och vårt team kan gå in om ni inte kommer överens.',
};
