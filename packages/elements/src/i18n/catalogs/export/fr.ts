import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** French, with "vous" (the norm for French shopping sites) and French typography (espaces insécables avant « : »). */
const fr = {
  'export.requesting': 'Demande en cours…',
  'export.preparing': 'Préparation de votre fichier…',
  'export.progress_label': 'Préparation de votre fichier',
  'export.started': 'Nous préparons votre fichier. Restez sur cette page ; cela peut prendre une minute.',
  'export.ready': 'Votre fichier est prêt. Téléchargez-le avant le {date}.',
  'export.ready_announcement': 'Votre fichier est prêt à être téléchargé.',
  'export.download': 'Télécharger mon fichier',
  'export.downloading': 'Téléchargement…',
  'export.downloaded':
    'Votre fichier a été téléchargé. Pour protéger vos données, il ne peut être téléchargé qu’une seule fois.',
  'export.saved_as': 'Enregistré sous {file}.',
  'export.expired': 'Ce fichier a expiré et ne peut plus être téléchargé.',
  'export.failed': 'Nous n’avons pas pu préparer votre fichier. Veuillez en demander un nouveau.',
  'export.request_new': 'Demander un nouvel export',
} as const satisfies CompleteCatalog<'export'>;

export default fr;
