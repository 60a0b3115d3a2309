import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hu = {
  'guest.email.heading': 'Az Ön e-mail-címe',
  'guest.email.label': 'E-mail-cím',
  'guest.email.hint': 'Ide küldjük a rendelés visszaigazolását, a rendelés követéséhez szükséges linkkel együtt.',
  'guest.email.required': 'Adja meg az e-mail-címét.',
  'guest.email.invalid': 'Adjon meg egy e-mail-címet, például: nev@example.com.',
  'guest.continue': 'Tovább a címhez',
  'guest.starting': 'A rendelés indítása…',
  'guest.failed': 'A rendelést nem sikerült elindítani.',
  'guest.not_set_up': 'A fizetés ezen az oldalon még nincs beállítva. Forduljon az eladóhoz.',
} as const satisfies CompleteCatalog<'guest'>;

export default hu;
