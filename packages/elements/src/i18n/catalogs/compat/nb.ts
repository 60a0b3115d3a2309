import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Norwegian Bokmål. */
const nb = {
  'compat.unsupported': 'Denne nettleseren kan ikke vise denne delen av siden.',
  'compat.next_step': 'Oppdater nettleseren din eller åpne siden i en annen. Inntil da:',
  'compat.lookup': 'Finn bestillingen din med bestillingsnummeret og e-postadressen',
  'compat.email': 'Send oss en e-post på {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default nb;
