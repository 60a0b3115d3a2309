import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The guest checkout start in Czech. */
const cs = {
  'guest.email.heading': 'Váš e-mail',
  'guest.email.label': 'E-mailová adresa',
  'guest.email.hint': 'Sem vám pošleme potvrzení objednávky s odkazem na její sledování.',
  'guest.email.required': 'Zadejte svou e-mailovou adresu.',
  'guest.email.invalid': 'Zadejte e-mailovou adresu ve tvaru jmeno@example.com.',
  'guest.continue': 'Pokračovat na adresu',
  'guest.starting': 'Spouštíme pokladnu…',
  'guest.failed': 'Pokladnu se nepodařilo spustit.',
  'guest.not_set_up': 'Pokladna zatím na této stránce není nastavená. Kontaktujte prosím prodejce.',
} as const satisfies CompleteCatalog<'guest'>;

export default cs;
