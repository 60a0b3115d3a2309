// The storefront pages' own words: ca (keys as in en.js).
export default {
  'site.nav': 'Lloc',
  'nav.orders': 'Les teves comandes',
  'nav.account': 'El teu compte',
  language: 'Idioma',
  'buyer.label': 'Comprador de demostració',
  'buyer.option': '{name} (comprador {n})',
  'buyer.switch': 'Canvia de comprador',
  'demo.heading': 'Prova-ho en directe',
  'demo.text':
    'Fes una comanda de demostració: el transportista simulat l’avança un pas cada pocs segons i el seguiment s’actualitza en temps real. Quan s’envia, el correu apareix a la pàgina de captura.',
  'demo.place': 'Fes una comanda de demostració',
  'demo.placing': 'S’està fent una comanda de demostració…',
  'demo.placed': 'Comanda {number} feta i lliurada al transportista. El seu seguiment és el primer de la llista.',
  'demo.failed':
    'No s’ha pogut fer la comanda de demostració. Comprova que l’API funciona en mode de demostració i torna-ho a provar.',
  'orders.loading': 'S’estan carregant les teves comandes…',
  'orders.none': 'Encara no tens cap comanda.',
  'orders.count': 'Comandes mostrades: {count}',
  'orders.failed': 'No hem pogut carregar les teves comandes. Torna a carregar la pàgina per provar-ho de nou.',
  'dialog.close': 'Tanca',
  'dialog.dispute': 'Informa d’un problema amb la comanda',
  'dialog.contact': 'Contacta amb el venedor',
  'dialog.refund': 'Demana un reemborsament, una devolució o una substitució',
  'dialog.help': 'Obtén ajuda amb la comanda',
  'dialog.disputeCase': 'El teu cas',
  'dialog.refundCase': 'La teva sol·licitud de reemborsament',
  'dialog.pay': 'Paga la comanda',
  'dialog.payNumber': 'Paga la comanda {number}',
  'dialog.helpText':
    'Tria el que s’hi ajusti més. Informar d’un problema obre un cas: hi parleu tu i el venedor, i el nostre equip hi pot intervenir.',
  'dialog.contactText':
    'Escriu al venedor en un cas sobre aquesta comanda: el venedor hi respon, i el nostre equip hi pot intervenir si no us poseu d’acord.',
};
