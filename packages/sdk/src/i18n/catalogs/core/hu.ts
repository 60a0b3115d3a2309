import type { CompleteCatalog } from '../../catalog.js';

/** Hungarian, with the formal „Ön” Hungarian checkouts use. */
const hu = {
  'status.unpaid.label': 'Fizetésre vár',
  'status.unpaid.explanation':
    'Még nem kaptuk meg a fizetését. Fejezze be a fizetést, hogy az eladó előkészíthesse a rendelését.',
  'status.on_hold.label': 'Várakoztatva',
  'status.on_hold.explanation':
    'A fizetése sikeres volt. Rövid ideig még maga is lemondhatja a rendelést, mielőtt az eladó elkezdi előkészíteni.',
  'status.awaiting_shipment.label': 'Feladásra készül',
  'status.awaiting_shipment.explanation':
    'Az eladó csomagolja a rendelését. A feladás után itt láthatja a nyomkövetési adatokat.',
  'status.partially_shipped.label': 'Részben feladva',
  'status.partially_shipped.explanation': 'Termékei egy része már úton van. A többi egy másik csomagban érkezik.',
  'status.awaiting_collection.label': 'A futárszolgálatra vár',
  'status.awaiting_collection.explanation': 'A csomagja elkészült, és arra vár, hogy a futárszolgálat átvegye.',
  'status.in_transit.label': 'Úton',
  'status.in_transit.explanation': 'A csomag a futárszolgálatnál van, és úton van Önhöz.',
  'status.delivered.label': 'Kézbesítve',
  'status.delivered.explanation':
    'A futárszolgálat szerint a csomagját kézbesítették. Ha valami nincs rendben vele, még kérhet visszatérítést vagy visszaküldést.',
  'status.completed.label': 'Teljesítve',
  'status.completed.explanation': 'Ez a rendelés teljesült. A visszaküldési időszak lezárult.',
  'status.cancelled.label': 'Lemondva',
  'status.cancelled.explanation':
    'Ezt a rendelést lemondták. Ha már fizetett, a pénz visszakerül az eredeti fizetési módjára.',

  'error.code': 'Hibakód: {code}',
  'error.retry': 'Újrapróbálás',
  'error.retrying': 'Újrapróbálkozás…',
  'error.not_configured.title': 'Ez az oldal nincs megfelelően beállítva',
  'error.not_configured.next_step': 'Forduljon az eladóhoz, és adja meg a hibakódot.',
  'error.network.title': 'Most nem tudunk kapcsolódni',
  'error.network.next_step': 'Ellenőrizze az internetkapcsolatát, majd próbálja újra.',
} as const satisfies CompleteCatalog<'core'>;

export default hu;
