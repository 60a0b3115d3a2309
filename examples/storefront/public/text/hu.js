// The storefront pages' own words: hu (keys as in en.js).
export default {
  'site.nav': 'Webhely',
  'nav.orders': 'Rendelései',
  'nav.account': 'Fiókja',
  language: 'Nyelv',
  'buyer.label': 'Demóvásárló',
  'buyer.option': '{name} ({n}. vásárló)',
  'buyer.switch': 'Vásárló váltása',
  'demo.heading': 'Próbálja ki élőben',
  'demo.text':
    'Adjon le egy demórendelést: a szimulált futárszolgálat néhány másodpercenként egy lépéssel továbbviszi, és a követése azonnal frissül. Amikor feladják, az e-mail megjelenik a levelek oldalán.',
  'demo.place': 'Demórendelés leadása',
  'demo.placing': 'Demórendelés leadása…',
  'demo.placed': 'A(z) {number} számú rendelést leadtuk és átadtuk a futárszolgálatnak. A követése legfelül látható.',
  'demo.failed': 'A demórendelést nem sikerült leadni. Ellenőrizze, hogy az API demó módban fut-e, és próbálja újra.',
  'orders.loading': 'Rendelései betöltése…',
  'orders.none': 'Még nincs rendelése.',
  'orders.count': 'Megjelenített rendelések: {count}',
  'orders.failed': 'Rendeléseit nem sikerült betölteni. Töltse újra az oldalt, hogy újra próbálja.',
  'dialog.close': 'Bezárás',
  'dialog.dispute': 'Probléma bejelentése a rendelésével kapcsolatban',
  'dialog.contact': 'Kapcsolatfelvétel az eladóval',
  'dialog.refund': 'Visszatérítés, visszaküldés vagy csere kérése',
  'dialog.help': 'Segítség a rendelésével kapcsolatban',
  'dialog.disputeCase': 'Az Ön ügye',
  'dialog.refundCase': 'Visszatérítési kérése',
  'dialog.pay': 'Rendelés kifizetése',
  'dialog.payNumber': 'A(z) {number} számú rendelés kifizetése',
  'dialog.helpText':
    'Válassza ki, ami a legjobban illik. A probléma bejelentése egy ügyet nyit: ott az eladóval egyeztet, és csapatunk közbeléphet.',
  'dialog.contactText':
    'Írjon az eladónak egy ehhez a rendeléshez tartozó ügyben: ott válaszol, és ha nem jutnak megegyezésre, csapatunk közbeléphet.',
};
