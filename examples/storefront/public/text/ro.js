// The storefront pages' own words: ro (keys as in en.js).
export default {
  'site.nav': 'Meniul site-ului',
  'nav.orders': 'Comenzile dvs.',
  'nav.account': 'Contul dvs.',
  language: 'Limbă',
  'buyer.label': 'Cumpărător demo',
  'buyer.option': '{name} (cumpărătorul {n})',
  'buyer.switch': 'Schimbați cumpărătorul',
  'demo.heading': 'Încercați live',
  'demo.text':
    'Plasați o comandă demo: curierul simulat o avansează cu un pas la câteva secunde, iar urmărirea ei se actualizează pe loc. Când este expediată, e-mailul apare pe pagina de e-mail.',
  'demo.place': 'Plasați o comandă demo',
  'demo.placing': 'Se plasează comanda demo…',
  'demo.placed': 'Comanda {number} a fost plasată și predată curierului. Urmărirea ei este sus.',
  'demo.failed':
    'Comanda demo nu a putut fi plasată. Verificați dacă API-ul rulează în modul demo și încercați din nou.',
  'orders.loading': 'Se încarcă comenzile dvs.…',
  'orders.none': 'Nu aveți încă nicio comandă.',
  'orders.count': 'Comenzi afișate: {count}',
  'orders.failed': 'Comenzile dvs. nu au putut fi încărcate. Reîncărcați pagina pentru a încerca din nou.',
  'dialog.close': 'Închideți',
  'dialog.dispute': 'Raportați o problemă cu comanda',
  'dialog.contact': 'Contactați vânzătorul',
  'dialog.refund': 'Solicitați o rambursare, un retur sau o înlocuire',
  'dialog.help': 'Ajutor pentru comanda dvs.',
  'dialog.disputeCase': 'Cazul dvs.',
  'dialog.refundCase': 'Cererea dvs. de rambursare',
  'dialog.pay': 'Plătiți comanda',
  'dialog.payNumber': 'Plătiți comanda {number}',
  'dialog.helpText':
    'Alegeți ce se potrivește cel mai bine. Raportarea unei probleme deschide un caz: acolo discutați cu vânzătorul, iar echipa noastră poate interveni.',
  'dialog.contactText':
    'Scrieți-i vânzătorului într-un caz pentru această comandă: vă răspunde acolo, iar echipa noastră poate interveni dacă nu ajungeți la o înțelegere.',
};
