// The storefront pages' own words: cs (keys as in en.js).
export default {
  'site.nav': 'Web',
  'nav.orders': 'Vaše objednávky',
  'nav.account': 'Váš účet',
  language: 'Jazyk',
  'buyer.label': 'Ukázkový kupující',
  'buyer.option': '{name} (kupující {n})',
  'buyer.switch': 'Přepnout kupujícího',
  'demo.heading': 'Vyzkoušejte si to živě',
  'demo.text':
    'Vytvořte ukázkovou objednávku: simulovaný dopravce ji každých pár sekund posune o krok dál a její sledování se hned aktualizuje. Po odeslání se e-mail objeví na stránce s poštou.',
  'demo.place': 'Vytvořit ukázkovou objednávku',
  'demo.placing': 'Vytváříme ukázkovou objednávku…',
  'demo.placed': 'Objednávka {number} je vytvořená a předaná dopravci. Její sledování je úplně nahoře.',
  'demo.failed':
    'Ukázkovou objednávku se nepodařilo vytvořit. Zkontrolujte, že API běží v ukázkovém režimu, a zkuste to znovu.',
  'orders.loading': 'Načítáme vaše objednávky…',
  'orders.none': 'Zatím nemáte žádné objednávky.',
  'orders.count': 'Zobrazené objednávky: {count}',
  'orders.failed': 'Vaše objednávky se nepodařilo načíst. Obnovte stránku a zkuste to znovu.',
  'dialog.close': 'Zavřít',
  'dialog.dispute': 'Nahlásit problém s objednávkou',
  'dialog.contact': 'Kontaktovat prodejce',
  'dialog.refund': 'Požádat o vrácení peněz, vrácení zboží nebo náhradu',
  'dialog.help': 'Pomoc s objednávkou',
  'dialog.disputeCase': 'Váš případ',
  'dialog.refundCase': 'Vaše žádost o vrácení peněz',
  'dialog.pay': 'Zaplatit objednávku',
  'dialog.payNumber': 'Zaplatit objednávku {number}',
  'dialog.helpText':
    'Vyberte, co nejlépe odpovídá. Nahlášením problému otevřete případ: v něm komunikujete s prodejcem a náš tým může zasáhnout.',
  'dialog.contactText':
    'Napište prodejci v případu k této objednávce: odpoví vám tam, a pokud se nedohodnete, může zasáhnout náš tým.',
};
