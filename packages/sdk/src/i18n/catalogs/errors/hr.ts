import type { CompleteCatalog } from '../../catalog.js';

/** Croatian, with formal “vi” as Croatian web shops address buyers. */
const hr = {
  'error.request_invalid.title': 'Nešto na ovoj stranici nije uspjelo',
  'error.request_invalid.next_step':
    'Ponovno učitajte stranicu i pokušajte opet. Ako se ponavlja, obratite se prodavatelju i navedite kod pogreške.',
  'error.validation_failed.title': 'Neki podaci nedostaju ili nisu valjani',
  'error.validation_failed.next_step': 'Provjerite označena polja i pokušajte ponovno.',
  'error.payload_too_large.title': 'Ono što ste poslali je preveliko',
  'error.payload_too_large.next_step': 'Pošaljite manje datoteka ili manje datoteke i pokušajte ponovno.',
  'error.unauthenticated.title': 'Vaša je sesija istekla',
  'error.unauthenticated.next_step': 'Ponovno se prijavite na ovoj stranici, a zatim je ponovno učitajte.',
  'error.forbidden.title': 'Ovo nije dostupno za vaš račun',
  'error.forbidden.next_step': 'Provjerite jeste li prijavljeni računom kojim ste naručili.',
  'error.not_found.title': 'Ne možemo pronaći ono što tražite',
  'error.not_found.next_step': 'Provjerite poveznicu ili broj i jeste li prijavljeni pravim računom.',
  'error.in_progress.title': 'Još obrađujemo vaš prethodni zahtjev',
  'error.in_progress.next_step': 'Pričekajte trenutak i pokušajte ponovno.',
  'error.action_unavailable.title': 'Za ovu narudžbu to više nije moguće',
  'error.action_unavailable.next_step':
    'Ponovno učitajte stranicu da vidite trenutačni status narudžbe i što sada možete učiniti.',
  'error.rate_limited.title': 'Previše pokušaja',
  'error.rate_limited.next_step': 'Pričekajte minutu i pokušajte ponovno.',
  'error.server_error.title': 'Nešto je pošlo po zlu kod nas',
  'error.server_error.next_step':
    'Pričekajte nekoliko minuta i pokušajte ponovno. Ako se ponavlja, obratite se prodavatelju i navedite kod pogreške.',
  'error.unavailable.title': 'Usluga trenutačno nije dostupna',
  'error.unavailable.next_step': 'Problem je kod nas. Pričekajte nekoliko minuta i pokušajte ponovno.',
  'error.timeout.title': 'Ovo traje predugo',
  'error.timeout.next_step': 'Pričekajte trenutak i pokušajte ponovno.',
  'error.sign_in_failed.title': 'E-adresa ili lozinka nisu točni',
  'error.sign_in_failed.next_step': 'Provjerite oboje i pokušajte ponovno.',
  'error.code_required.title': 'Upišite kod za potvrdu',
  'error.code_required.next_step': 'Otvorite aplikaciju za autentifikaciju i upišite kod koji prikazuje.',
  'error.code_invalid.title': 'Taj kod nije točan ili je istekao',
  'error.code_invalid.next_step': 'Upišite najnoviji kod iz aplikacije za autentifikaciju.',
  'error.consent_required.title': 'Ova je dozvola potrebna za vaše narudžbe',
  'error.consent_required.next_step': 'Ostavite je uključenom dok imate narudžbe u tijeku.',
  'error.erasure_blocked.title': 'Vaši se podaci još ne mogu izbrisati',
  'error.erasure_blocked.next_step': 'Otvorena narudžba ili slučaj još ih treba. Pokušajte ponovno kad bude zatvoren.',
  'error.gone.title': 'Ovo više nije dostupno',
  'error.gone.next_step': 'Zatražite ponovno kako biste dobili novo.',
  'error.unexpected.title': 'Nešto je pošlo po zlu',
  'error.unexpected.next_step': 'Pokušajte ponovno. Ako se ponavlja, obratite se prodavatelju i navedite kod pogreške.',
} as const satisfies CompleteCatalog<'errors'>;

export default hr;
