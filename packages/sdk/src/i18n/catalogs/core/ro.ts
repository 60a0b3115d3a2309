import type { CompleteCatalog } from '../../catalog.js';

/** Romanian, with the formal address Romanian checkouts use. */
const ro = {
  'status.unpaid.label': 'Se așteaptă plata',
  'status.unpaid.explanation':
    'Nu am primit încă plata dvs. Finalizați plata pentru ca vânzătorul să vă poată pregăti comanda.',
  'status.on_hold.label': 'În așteptare',
  'status.on_hold.explanation':
    'Plata a fost efectuată. Pentru scurt timp, încă puteți anula singur comanda înainte ca vânzătorul să înceapă pregătirea.',
  'status.awaiting_shipment.label': 'Se pregătește expedierea',
  'status.awaiting_shipment.explanation':
    'Vânzătorul vă împachetează comanda. Veți vedea detaliile de urmărire după expediere.',
  'status.partially_shipped.label': 'Expediată parțial',
  'status.partially_shipped.explanation': 'Unele produse sunt pe drum. Restul vor veni într-un alt colet.',
  'status.awaiting_collection.label': 'Se așteaptă curierul',
  'status.awaiting_collection.explanation': 'Coletul este gata și așteaptă să fie preluat de curier.',
  'status.in_transit.label': 'Pe drum',
  'status.in_transit.explanation': 'Curierul are coletul și vi-l aduce.',
  'status.delivered.label': 'Livrată',
  'status.delivered.explanation':
    'Potrivit curierului, coletul a fost livrat. Dacă e ceva în neregulă, încă puteți solicita o rambursare sau un retur.',
  'status.completed.label': 'Finalizată',
  'status.completed.explanation': 'Această comandă este finalizată. Perioada de retur s-a încheiat.',
  'status.cancelled.label': 'Anulată',
  'status.cancelled.explanation':
    'Această comandă a fost anulată. Dacă ați plătit, banii revin pe metoda de plată inițială.',

  'error.code': 'Cod de eroare: {code}',
  'error.retry': 'Încercați din nou',
  'error.retrying': 'Se încearcă din nou…',
  'error.not_configured.title': 'Această pagină nu este configurată corect',
  'error.not_configured.next_step': 'Contactați vânzătorul și menționați codul de eroare.',
  'error.network.title': 'Nu ne putem conecta acum',
  'error.network.next_step': 'Verificați conexiunea la internet, apoi încercați din nou.',
} as const satisfies CompleteCatalog<'core'>;

export default ro;
