import type { CompleteCatalog } from '../../catalog.js';

/** Romanian, with the formal address Romanian checkouts use. */
const ro = {
  'error.request_invalid.title': 'Ceva de pe această pagină nu a funcționat',
  'error.request_invalid.next_step':
    'Reîncărcați pagina și încercați din nou. Dacă problema persistă, contactați vânzătorul și menționați codul de eroare.',
  'error.validation_failed.title': 'Unele informații lipsesc sau nu sunt valide',
  'error.validation_failed.next_step': 'Verificați câmpurile evidențiate, apoi încercați din nou.',
  'error.payload_too_large.title': 'Ce ați trimis este prea mare',
  'error.payload_too_large.next_step': 'Trimiteți mai puține fișiere sau fișiere mai mici, apoi încercați din nou.',
  'error.unauthenticated.title': 'Sesiunea dvs. s-a încheiat',
  'error.unauthenticated.next_step': 'Conectați-vă din nou pe acest site, apoi reîncărcați pagina.',
  'error.forbidden.title': 'Acest lucru nu este disponibil pentru contul dvs.',
  'error.forbidden.next_step': 'Asigurați-vă că v-ați conectat cu contul cu care ați comandat.',
  'error.not_found.title': 'Nu găsim ce căutați',
  'error.not_found.next_step': 'Verificați linkul sau numărul și asigurați-vă că v-ați conectat cu contul potrivit.',
  'error.in_progress.title': 'Încă lucrăm la ultima dvs. cerere',
  'error.in_progress.next_step': 'Așteptați puțin, apoi încercați din nou.',
  'error.action_unavailable.title': 'Acest lucru nu mai este posibil pentru această comandă',
  'error.action_unavailable.next_step':
    'Reîncărcați pagina pentru a vedea starea actuală a comenzii și ce puteți face acum.',
  'error.rate_limited.title': 'Prea multe încercări',
  'error.rate_limited.next_step': 'Așteptați un minut, apoi încercați din nou.',
  'error.server_error.title': 'A apărut o problemă la noi',
  'error.server_error.next_step':
    'Așteptați câteva minute, apoi încercați din nou. Dacă problema persistă, contactați vânzătorul și menționați codul de eroare.',
  'error.unavailable.title': 'Acest serviciu nu este disponibil momentan',
  'error.unavailable.next_step': 'Problema este la noi. Așteptați câteva minute, apoi încercați din nou.',
  'error.timeout.title': 'Durează prea mult',
  'error.timeout.next_step': 'Așteptați puțin, apoi încercați din nou.',
  'error.sign_in_failed.title': 'E-mailul sau parola nu sunt corecte',
  'error.sign_in_failed.next_step': 'Verificați-le pe amândouă, apoi încercați din nou.',
  'error.code_required.title': 'Introduceți codul de verificare',
  'error.code_required.next_step': 'Deschideți aplicația de autentificare și introduceți codul afișat.',
  'error.code_invalid.title': 'Codul nu este corect sau a expirat',
  'error.code_invalid.next_step': 'Introduceți cel mai recent cod din aplicația de autentificare.',
  'error.consent_required.title': 'Această permisiune este necesară pentru comenzile dvs.',
  'error.consent_required.next_step': 'Păstrați-o activată cât timp aveți comenzi în desfășurare.',
  'error.erasure_blocked.title': 'Datele dvs. nu pot fi șterse încă',
  'error.erasure_blocked.next_step':
    'O comandă sau un caz deschis încă are nevoie de ele. Încercați din nou după ce se închide.',
  'error.gone.title': 'Nu mai este disponibil',
  'error.gone.next_step': 'Solicitați din nou pentru a primi unul nou.',
  'error.unexpected.title': 'A apărut o problemă',
  'error.unexpected.next_step':
    'Încercați din nou. Dacă problema persistă, contactați vânzătorul și menționați codul de eroare.',
} as const satisfies CompleteCatalog<'errors'>;

export default ro;
