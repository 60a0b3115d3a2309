import type { CompleteCatalog } from '../../catalog.js';

/** Hungarian, with the formal „Ön” Hungarian checkouts use. */
const hu = {
  'error.request_invalid.title': 'Valami nem működött ezen az oldalon',
  'error.request_invalid.next_step':
    'Töltse újra az oldalt, és próbálja újra. Ha ismét előfordul, forduljon az eladóhoz, és adja meg a hibakódot.',
  'error.validation_failed.title': 'Néhány adat hiányzik vagy érvénytelen',
  'error.validation_failed.next_step': 'Ellenőrizze a kiemelt mezőket, majd próbálja újra.',
  'error.payload_too_large.title': 'Az elküldött tartalom túl nagy',
  'error.payload_too_large.next_step': 'Küldjön kevesebb vagy kisebb fájlt, majd próbálja újra.',
  'error.unauthenticated.title': 'A munkamenete lejárt',
  'error.unauthenticated.next_step': 'Jelentkezzen be újra ezen a webhelyen, majd töltse újra az oldalt.',
  'error.forbidden.title': 'Ez az Ön fiókjában nem érhető el',
  'error.forbidden.next_step': 'Győződjön meg róla, hogy azzal a fiókkal jelentkezett be, amellyel rendelt.',
  'error.not_found.title': 'Nem találjuk, amit keres',
  'error.not_found.next_step':
    'Ellenőrizze a linket vagy a számot, és győződjön meg róla, hogy a megfelelő fiókkal jelentkezett be.',
  'error.in_progress.title': 'Még dolgozunk az előző kérésén',
  'error.in_progress.next_step': 'Várjon egy kicsit, majd próbálja újra.',
  'error.action_unavailable.title': 'Ez ennél a rendelésnél már nem lehetséges',
  'error.action_unavailable.next_step':
    'Töltse újra az oldalt, hogy lássa a rendelés aktuális állapotát, és hogy mit tehet most.',
  'error.rate_limited.title': 'Túl sok próbálkozás',
  'error.rate_limited.next_step': 'Várjon egy percet, majd próbálja újra.',
  'error.server_error.title': 'Hiba történt nálunk',
  'error.server_error.next_step':
    'Várjon néhány percet, majd próbálja újra. Ha ismét előfordul, forduljon az eladóhoz, és adja meg a hibakódot.',
  'error.unavailable.title': 'Ez a szolgáltatás jelenleg nem érhető el',
  'error.unavailable.next_step': 'A hiba nálunk van. Várjon néhány percet, majd próbálja újra.',
  'error.timeout.title': 'Ez túl sokáig tart',
  'error.timeout.next_step': 'Várjon egy kicsit, majd próbálja újra.',
  'error.sign_in_failed.title': 'Az e-mail-cím vagy a jelszó nem megfelelő',
  'error.sign_in_failed.next_step': 'Ellenőrizze mindkettőt, majd próbálja újra.',
  'error.code_required.title': 'Adja meg az ellenőrző kódot',
  'error.code_required.next_step': 'Nyissa meg a hitelesítő alkalmazást, és adja meg az ott látható kódot.',
  'error.code_invalid.title': 'A kód nem megfelelő, vagy lejárt',
  'error.code_invalid.next_step': 'Adja meg a hitelesítő alkalmazás legújabb kódját.',
  'error.consent_required.title': 'Ez az engedély szükséges a rendeléseihez',
  'error.consent_required.next_step': 'Hagyja bekapcsolva, amíg folyamatban lévő rendelései vannak.',
  'error.erasure_blocked.title': 'Adatai még nem törölhetők',
  'error.erasure_blocked.next_step':
    'Egy nyitott rendelésnek vagy ügynek még szüksége van rájuk. Próbálja újra, ha lezárult.',
  'error.gone.title': 'Ez már nem érhető el',
  'error.gone.next_step': 'Kérje újra, hogy újat kapjon.',
  'error.unexpected.title': 'Hiba történt',
  'error.unexpected.next_step': 'Próbálja újra. Ha ismét előfordul, forduljon az eladóhoz, és adja meg a hibakódot.',
} as const satisfies CompleteCatalog<'errors'>;

export default hu;
