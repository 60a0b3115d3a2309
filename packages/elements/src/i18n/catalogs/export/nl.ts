import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'export.requesting': 'Bezig met aanvragen…',
  'export.preparing': 'Je bestand wordt klaargemaakt…',
  'export.progress_label': 'Je bestand wordt klaargemaakt',
  'export.started': 'We maken je bestand klaar. Blijf op deze pagina; het kan een minuut duren.',
  'export.ready': 'Je bestand is klaar. Download het vóór {date}.',
  'export.ready_announcement': 'Je bestand staat klaar om te downloaden.',
  'export.download': 'Mijn bestand downloaden',
  'export.downloading': 'Bezig met downloaden…',
  'export.downloaded':
    'Je bestand is gedownload. Om je gegevens te beschermen, kan het maar één keer worden gedownload.',
  'export.saved_as': 'Opgeslagen als {file}.',
  'export.expired': 'Dit bestand is verlopen en kan niet meer worden gedownload.',
  'export.failed': 'We konden je bestand niet klaarmaken. Vraag een nieuw bestand aan.',
  'export.request_new': 'Nieuwe export aanvragen',
} as const satisfies CompleteCatalog<'export'>;

export default nl;
