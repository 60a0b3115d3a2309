import type { CompleteCatalog } from '../../catalog.js';

/** Czech, with formal "vy" as Czech shops and checkouts address buyers. */
const cs = {
  'status.unpaid.label': 'Čeká na platbu',
  'status.unpaid.explanation':
    'Vaši platbu jsme zatím neobdrželi. Dokončete platbu, aby prodejce mohl objednávku připravit.',
  'status.on_hold.label': 'Pozastaveno',
  'status.on_hold.explanation':
    'Vaše platba prošla. Ještě krátce můžete objednávku sami zrušit, než ji prodejce začne připravovat.',
  'status.awaiting_shipment.label': 'Připravuje se k odeslání',
  'status.awaiting_shipment.explanation':
    'Prodejce vaši objednávku balí. Jakmile bude odeslána, uvidíte údaje o sledování.',
  'status.partially_shipped.label': 'Částečně odesláno',
  'status.partially_shipped.explanation': 'Část vašich položek je na cestě. Zbytek přijde v dalším balíku.',
  'status.awaiting_collection.label': 'Čeká na dopravce',
  'status.awaiting_collection.explanation': 'Balík je připravený a čeká, až si ho dopravce vyzvedne.',
  'status.in_transit.label': 'Na cestě',
  'status.in_transit.explanation': 'Dopravce má váš balík a veze ho k vám.',
  'status.delivered.label': 'Doručeno',
  'status.delivered.explanation':
    'Podle dopravce byl balík doručen. Pokud s ním něco není v pořádku, můžete stále požádat o vrácení peněz nebo vrátit zboží.',
  'status.completed.label': 'Dokončeno',
  'status.completed.explanation': 'Tato objednávka je dokončená. Lhůta pro vrácení zboží uplynula.',
  'status.cancelled.label': 'Zrušeno',
  'status.cancelled.explanation':
    'Tato objednávka byla zrušena. Pokud jste platili, peníze se vrátí na původní platební metodu.',

  'error.code': 'Kód chyby: {code}',
  'error.retry': 'Zkusit znovu',
  'error.retrying': 'Zkoušíme to znovu…',
  'error.not_configured.title': 'Tato stránka není správně nastavená',
  'error.not_configured.next_step': 'Kontaktujte prodejce a uveďte kód chyby.',
  'error.network.title': 'Teď se nemůžeme připojit',
  'error.network.next_step': 'Zkontrolujte připojení k internetu a zkuste to znovu.',
} as const satisfies CompleteCatalog<'core'>;

export default cs;
