import type { CompleteCatalog } from '../../catalog.js';

/** Danish, with "du" as Danish shops and PostNord address buyers. */
const da = {
  'status.unpaid.label': 'Venter på betaling',
  'status.unpaid.explanation':
    'Vi har ikke modtaget din betaling endnu. Gennemfør betalingen, så sælgeren kan gøre din ordre klar.',
  'status.on_hold.label': 'På hold',
  'status.on_hold.explanation':
    'Din betaling er gået igennem. I et kort stykke tid kan du stadig selv annullere, før sælgeren begynder at gøre ordren klar.',
  'status.awaiting_shipment.label': 'Gøres klar til afsendelse',
  'status.awaiting_shipment.explanation':
    'Sælgeren pakker din ordre. Du kan se sporingsoplysningerne, når den er afsendt.',
  'status.partially_shipped.label': 'Delvist afsendt',
  'status.partially_shipped.explanation': 'Nogle af dine varer er på vej. Resten kommer i en anden pakke.',
  'status.awaiting_collection.label': 'Venter på fragtfirmaet',
  'status.awaiting_collection.explanation': 'Din pakke er klar og venter på, at fragtfirmaet henter den.',
  'status.in_transit.label': 'På vej',
  'status.in_transit.explanation': 'Fragtfirmaet har din pakke og er på vej med den til dig.',
  'status.delivered.label': 'Leveret',
  'status.delivered.explanation':
    'Ifølge fragtfirmaet er din pakke leveret. Hvis der er noget galt, kan du stadig anmode om refusion eller returnering.',
  'status.completed.label': 'Gennemført',
  'status.completed.explanation': 'Denne ordre er gennemført. Returperioden er udløbet.',
  'status.cancelled.label': 'Annulleret',
  'status.cancelled.explanation':
    'Denne ordre er annulleret. Hvis du har betalt, går pengene tilbage til den betalingsmåde, du brugte.',

  'error.code': 'Fejlkode: {code}',
  'error.retry': 'Prøv igen',
  'error.retrying': 'Prøver igen…',
  'error.not_configured.title': 'Denne side er ikke sat korrekt op',
  'error.not_configured.next_step': 'Kontakt sælgeren, og oplys fejlkoden.',
  'error.network.title': 'Vi kan ikke oprette forbindelse lige nu',
  'error.network.next_step': 'Tjek din internetforbindelse, og prøv igen.',
} as const satisfies CompleteCatalog<'core'>;

export default da;
