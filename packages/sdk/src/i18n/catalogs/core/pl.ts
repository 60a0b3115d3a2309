import type { CompleteCatalog } from '../../catalog.js';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'status.unpaid.label': 'Czeka na płatność',
  'status.unpaid.explanation':
    'Nie otrzymaliśmy jeszcze Twojej płatności. Dokończ płatność, żeby sprzedawca mógł przygotować zamówienie.',
  'status.on_hold.label': 'Wstrzymane',
  'status.on_hold.explanation':
    'Płatność przeszła. Przez krótki czas możesz jeszcze sam anulować zamówienie, zanim sprzedawca zacznie je przygotowywać.',
  'status.awaiting_shipment.label': 'Przygotowywane do wysyłki',
  'status.awaiting_shipment.explanation':
    'Sprzedawca pakuje Twoje zamówienie. Dane do śledzenia zobaczysz, gdy zostanie wysłane.',
  'status.partially_shipped.label': 'Wysłane częściowo',
  'status.partially_shipped.explanation': 'Część produktów jest już w drodze. Reszta przyjdzie w osobnej paczce.',
  'status.awaiting_collection.label': 'Czeka na przewoźnika',
  'status.awaiting_collection.explanation': 'Paczka jest gotowa i czeka, aż przewoźnik ją odbierze.',
  'status.in_transit.label': 'W drodze',
  'status.in_transit.explanation': 'Przewoźnik ma Twoją paczkę i wiezie ją do Ciebie.',
  'status.delivered.label': 'Dostarczone',
  'status.delivered.explanation':
    'Według przewoźnika paczka została dostarczona. Jeśli coś jest z nią nie tak, nadal możesz poprosić o zwrot pieniędzy lub odesłać produkt.',
  'status.completed.label': 'Zakończone',
  'status.completed.explanation': 'To zamówienie jest zakończone. Termin na odesłanie produktów minął.',
  'status.cancelled.label': 'Anulowane',
  'status.cancelled.explanation':
    'To zamówienie zostało anulowane. Jeśli już zapłaciłeś, pieniądze wrócą na Twoją pierwotną metodę płatności.',
  'error.code': 'Kod błędu: {code}',
  'error.retry': 'Spróbuj ponownie',
  'error.retrying': 'Ponawiamy próbę…',
  'error.not_configured.title': 'Ta strona nie jest poprawnie skonfigurowana',
  'error.not_configured.next_step': 'Skontaktuj się ze sprzedawcą i podaj kod błędu.',
  'error.network.title': 'Nie możemy się teraz połączyć',
  'error.network.next_step': 'Sprawdź połączenie z internetem i spróbuj ponownie.',
} as const satisfies CompleteCatalog<'core'>;

export default pl;
