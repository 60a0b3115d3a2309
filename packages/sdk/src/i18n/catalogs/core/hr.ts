import type { CompleteCatalog } from '../../catalog.js';

/** Croatian, with formal “vi” as Croatian web shops address buyers. */
const hr = {
  'status.unpaid.label': 'Čeka plaćanje',
  'status.unpaid.explanation':
    'Još nismo primili vaše plaćanje. Dovršite plaćanje kako bi prodavatelj mogao pripremiti narudžbu.',
  'status.on_hold.label': 'Na čekanju',
  'status.on_hold.explanation':
    'Vaše je plaćanje prošlo. Još kratko vrijeme možete sami otkazati narudžbu prije nego što je prodavatelj počne pripremati.',
  'status.awaiting_shipment.label': 'Priprema za slanje',
  'status.awaiting_shipment.explanation':
    'Prodavatelj pakira vašu narudžbu. Podatke o praćenju vidjet ćete kad bude poslana.',
  'status.partially_shipped.label': 'Djelomično poslano',
  'status.partially_shipped.explanation': 'Neki su vaši proizvodi na putu. Ostali stižu u drugom paketu.',
  'status.awaiting_collection.label': 'Čeka dostavnu službu',
  'status.awaiting_collection.explanation': 'Vaš je paket spreman i čeka da ga dostavna služba preuzme.',
  'status.in_transit.label': 'Na putu',
  'status.in_transit.explanation': 'Dostavna služba ima vaš paket i dostavlja ga vama.',
  'status.delivered.label': 'Dostavljeno',
  'status.delivered.explanation':
    'Dostavna služba javlja da je vaš paket dostavljen. Ako nešto nije u redu, još uvijek možete zatražiti povrat novca ili vraćanje proizvoda.',
  'status.completed.label': 'Završeno',
  'status.completed.explanation': 'Ova je narudžba završena. Rok za vraćanje je istekao.',
  'status.cancelled.label': 'Otkazano',
  'status.cancelled.explanation':
    'Ova je narudžba otkazana. Ako ste platili, novac se vraća na izvorni način plaćanja.',

  'error.code': 'Kod pogreške: {code}',
  'error.retry': 'Pokušaj ponovno',
  'error.retrying': 'Ponovni pokušaj…',
  'error.not_configured.title': 'Ova stranica nije ispravno postavljena',
  'error.not_configured.next_step': 'Obratite se prodavatelju i navedite kod pogreške.',
  'error.network.title': 'Trenutačno se ne možemo povezati',
  'error.network.next_step': 'Provjerite internetsku vezu i pokušajte ponovno.',
} as const satisfies CompleteCatalog<'core'>;

export default hr;
