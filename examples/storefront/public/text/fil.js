// The storefront pages' own words: fil (keys as in en.js).
export default {
  'site.nav': 'Site',
  'nav.orders': 'Iyong mga order',
  'nav.account': 'Iyong account',
  language: 'Wika',
  'buyer.label': 'Demo na mamimili',
  'buyer.option': '{name} (mamimili {n})',
  'buyer.switch': 'Palitan ang mamimili',
  'demo.heading': 'Subukan nang live',
  'demo.text':
    'Mag-order ng demo: iniuusad ito ng simulated na courier nang isang hakbang bawat ilang segundo at agad na nag-a-update ang tracker nito. Kapag naipadala na, lalabas ang email sa capture page.',
  'demo.place': 'Mag-order ng demo',
  'demo.placing': 'Nag-o-order ng demo…',
  'demo.placed': 'Na-order ang {number} at naibigay na sa courier. Nasa unahan ng listahan ang tracker nito.',
  'demo.failed': 'Hindi ma-order ang demo. Tiyaking naka-demo mode ang API, saka subukang muli.',
  'orders.loading': 'Nilo-load ang iyong mga order…',
  'orders.none': 'Wala ka pang order.',
  'orders.count': 'Mga order na ipinapakita: {count}',
  'orders.failed': 'Hindi namin ma-load ang iyong mga order. I-reload ang page para subukang muli.',
  'dialog.close': 'Isara',
  'dialog.dispute': 'Mag-ulat ng problema sa iyong order',
  'dialog.contact': 'Makipag-ugnayan sa nagbebenta',
  'dialog.refund': 'Humingi ng refund, return o kapalit',
  'dialog.help': 'Humingi ng tulong sa iyong order',
  'dialog.disputeCase': 'Iyong kaso',
  'dialog.refundCase': 'Iyong hiling na refund',
  'dialog.pay': 'Bayaran ang iyong order',
  'dialog.payNumber': 'Bayaran ang order {number}',
  'dialog.helpText':
    'Piliin ang pinakaangkop. Nagbubukas ng kaso ang ulat ng problema: doon kayo nag-uusap ng nagbebenta, at puwedeng tumulong ang aming team.',
  'dialog.contactText':
    'Sumulat sa nagbebenta sa isang kaso tungkol sa order na ito: doon sasagot ang nagbebenta, at puwedeng tumulong ang aming team kung hindi kayo magkasundo.',
};
