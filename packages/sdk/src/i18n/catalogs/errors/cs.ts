import type { CompleteCatalog } from '../../catalog.js';

/** Czech, with formal "vy" as Czech shops and checkouts address buyers. */
const cs = {
  'error.request_invalid.title': 'Něco na této stránce nefungovalo',
  'error.request_invalid.next_step':
    'Obnovte stránku a zkuste to znovu. Pokud se to opakuje, kontaktujte prodejce a uveďte kód chyby.',
  'error.validation_failed.title': 'Některé údaje chybí nebo nejsou platné',
  'error.validation_failed.next_step': 'Zkontrolujte zvýrazněná pole a zkuste to znovu.',
  'error.payload_too_large.title': 'Odeslaný obsah je příliš velký',
  'error.payload_too_large.next_step': 'Pošlete méně souborů nebo menší soubory a zkuste to znovu.',
  'error.unauthenticated.title': 'Vaše relace skončila',
  'error.unauthenticated.next_step': 'Znovu se na tomto webu přihlaste a pak obnovte stránku.',
  'error.forbidden.title': 'Tohle není pro váš účet dostupné',
  'error.forbidden.next_step': 'Ujistěte se, že jste přihlášeni účtem, se kterým jste objednávali.',
  'error.not_found.title': 'Nemůžeme najít, co hledáte',
  'error.not_found.next_step': 'Zkontrolujte odkaz nebo číslo a ujistěte se, že jste přihlášeni správným účtem.',
  'error.in_progress.title': 'Na vašem posledním požadavku ještě pracujeme',
  'error.in_progress.next_step': 'Chvíli počkejte a zkuste to znovu.',
  'error.action_unavailable.title': 'U této objednávky to už nejde provést',
  'error.action_unavailable.next_step': 'Obnovte stránku a uvidíte aktuální stav objednávky a co teď můžete udělat.',
  'error.rate_limited.title': 'Příliš mnoho pokusů',
  'error.rate_limited.next_step': 'Počkejte minutu a zkuste to znovu.',
  'error.server_error.title': 'Na naší straně se něco pokazilo',
  'error.server_error.next_step':
    'Počkejte pár minut a zkuste to znovu. Pokud se to opakuje, kontaktujte prodejce a uveďte kód chyby.',
  'error.unavailable.title': 'Služba teď není dostupná',
  'error.unavailable.next_step': 'Problém je na naší straně. Počkejte pár minut a zkuste to znovu.',
  'error.timeout.title': 'Trvá to příliš dlouho',
  'error.timeout.next_step': 'Chvíli počkejte a zkuste to znovu.',
  'error.sign_in_failed.title': 'E-mail nebo heslo nejsou správné',
  'error.sign_in_failed.next_step': 'Zkontrolujte obojí a zkuste to znovu.',
  'error.code_required.title': 'Zadejte ověřovací kód',
  'error.code_required.next_step': 'Otevřete ověřovací aplikaci a zadejte kód, který zobrazuje.',
  'error.code_invalid.title': 'Kód není správný nebo vypršel',
  'error.code_invalid.next_step': 'Zadejte nejnovější kód z ověřovací aplikace.',
  'error.consent_required.title': 'Tento souhlas je pro vaše objednávky nutný',
  'error.consent_required.next_step': 'Nechte ho zapnutý, dokud máte rozpracované objednávky.',
  'error.erasure_blocked.title': 'Vaše údaje zatím nelze smazat',
  'error.erasure_blocked.next_step':
    'Otevřená objednávka nebo případ je ještě potřebuje. Zkuste to znovu, až bude uzavřen.',
  'error.gone.title': 'Tohle už není k dispozici',
  'error.gone.next_step': 'Požádejte o to znovu a dostanete nové.',
  'error.unexpected.title': 'Něco se pokazilo',
  'error.unexpected.next_step': 'Zkuste to znovu. Pokud se to opakuje, kontaktujte prodejce a uveďte kód chyby.',
} as const satisfies CompleteCatalog<'errors'>;

export default cs;
