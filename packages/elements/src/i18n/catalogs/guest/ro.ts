import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ro = {
  'guest.email.heading': 'E-mailul dvs.',
  'guest.email.label': 'Adresa de e-mail',
  'guest.email.hint': 'Vă trimitem aici confirmarea comenzii, cu un link pentru urmărirea ei.',
  'guest.email.required': 'Introduceți adresa de e-mail.',
  'guest.email.invalid': 'Introduceți o adresă de e-mail precum nume@example.com.',
  'guest.continue': 'Continuați la adresă',
  'guest.starting': 'Se pornește finalizarea comenzii…',
  'guest.failed': 'Finalizarea comenzii nu a putut porni.',
  'guest.not_set_up': 'Plata nu este încă configurată pe această pagină. Contactați vânzătorul.',
} as const satisfies CompleteCatalog<'guest'>;

export default ro;
