// The storefront pages' own words in English (the elements word themselves from their catalogs).
// Every other locale file has the same keys; `{name}`-style placeholders are filled in by page-text.js.
export default {
  'site.nav': 'Site',
  'nav.orders': 'Your orders',
  'nav.account': 'Your account',
  language: 'Language',
  'buyer.label': 'Demo buyer',
  'buyer.option': '{name} (buyer {n})',
  'buyer.switch': 'Switch buyer',
  'demo.heading': 'Try it live',
  'demo.text':
    'Place a demo order: the simulated carrier moves it a step every few seconds and its tracker updates as it happens. When it ships, the email appears on the capture page.',
  'demo.place': 'Place a demo order',
  'demo.placing': 'Placing a demo order…',
  'demo.placed': 'Order {number} placed and handed to the carrier. Its tracker is first in the list.',
  'demo.failed': 'The demo order could not be placed. Check that the API runs in demo mode, then try again.',
  'orders.loading': 'Loading your orders…',
  'orders.none': 'You have no orders yet.',
  'orders.count': 'Orders shown: {count}',
  'orders.failed': 'We could not load your orders. Reload the page to try again.',
  'dialog.close': 'Close',
  'dialog.dispute': 'Report a problem with your order',
  'dialog.contact': 'Contact the seller',
  'dialog.refund': 'Ask for a refund, return or replacement',
  'dialog.help': 'Get help with your order',
  'dialog.disputeCase': 'Your case',
  'dialog.refundCase': 'Your refund request',
  'dialog.pay': 'Pay for your order',
  'dialog.payNumber': 'Pay for order {number}',
  'dialog.helpText':
    'Choose what fits best. A problem report opens a case: you and the seller talk there, and our team can step in.',
  'dialog.contactText':
    'Write to the seller in a case about this order: the seller answers there, and our team can step in if you don’t agree.',
};
