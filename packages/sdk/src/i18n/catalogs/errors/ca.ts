import type { CompleteCatalog } from '../../catalog.js';

/** Catalan, with informal “tu” as Catalan shops address buyers online. */
const ca = {
  'error.request_invalid.title': 'Alguna cosa d’aquesta pàgina no ha funcionat',
  'error.request_invalid.next_step':
    'Torna a carregar la pàgina i prova-ho de nou. Si continua passant, contacta amb el venedor i indica-li el codi d’error.',
  'error.validation_failed.title': 'Falten dades o no són vàlides',
  'error.validation_failed.next_step': 'Revisa els camps marcats i torna-ho a provar.',
  'error.payload_too_large.title': 'El que has enviat és massa gran',
  'error.payload_too_large.next_step': 'Envia menys fitxers o més petits i torna-ho a provar.',
  'error.unauthenticated.title': 'La sessió ha caducat',
  'error.unauthenticated.next_step': 'Torna a iniciar la sessió en aquest lloc i recarrega la pàgina.',
  'error.forbidden.title': 'Això no està disponible per al teu compte',
  'error.forbidden.next_step': 'Assegura’t que has iniciat la sessió amb el compte amb què vas comprar.',
  'error.not_found.title': 'No trobem el que busques',
  'error.not_found.next_step':
    'Comprova l’enllaç o el número i assegura’t que has iniciat la sessió amb el compte correcte.',
  'error.in_progress.title': 'Encara estem processant la teva sol·licitud anterior',
  'error.in_progress.next_step': 'Espera un moment i torna-ho a provar.',
  'error.action_unavailable.title': 'Això ja no es pot fer per a aquesta comanda',
  'error.action_unavailable.next_step':
    'Torna a carregar la pàgina per veure l’estat actual de la comanda i què pots fer ara.',
  'error.rate_limited.title': 'Massa intents',
  'error.rate_limited.next_step': 'Espera un minut i torna-ho a provar.',
  'error.server_error.title': 'Alguna cosa ha fallat per part nostra',
  'error.server_error.next_step':
    'Espera uns minuts i torna-ho a provar. Si continua passant, contacta amb el venedor i indica-li el codi d’error.',
  'error.unavailable.title': 'Aquest servei no està disponible ara mateix',
  'error.unavailable.next_step': 'És un problema nostre. Espera uns minuts i torna-ho a provar.',
  'error.timeout.title': 'Està trigant massa',
  'error.timeout.next_step': 'Espera un moment i torna-ho a provar.',
  'error.sign_in_failed.title': 'El correu electrònic o la contrasenya no són correctes',
  'error.sign_in_failed.next_step': 'Comprova totes dues dades i torna-ho a provar.',
  'error.code_required.title': 'Introdueix el codi de verificació',
  'error.code_required.next_step': 'Obre l’aplicació d’autenticació i introdueix el codi que mostra.',
  'error.code_invalid.title': 'El codi no és correcte o ha caducat',
  'error.code_invalid.next_step': 'Introdueix el codi més recent de l’aplicació d’autenticació.',
  'error.consent_required.title': 'Aquest permís és necessari per a les teves comandes',
  'error.consent_required.next_step': 'Mantén-lo activat mentre tinguis comandes en curs.',
  'error.erasure_blocked.title': 'Encara no es poden suprimir les teves dades',
  'error.erasure_blocked.next_step':
    'Una comanda o un cas obert encara les necessita. Torna-ho a provar quan estigui tancat.',
  'error.gone.title': 'Això ja no està disponible',
  'error.gone.next_step': 'Torna-ho a sol·licitar per obtenir-ne un de nou.',
  'error.unexpected.title': 'Alguna cosa ha fallat',
  'error.unexpected.next_step':
    'Torna-ho a provar. Si continua passant, contacta amb el venedor i indica-li el codi d’error.',
} as const satisfies CompleteCatalog<'errors'>;

export default ca;
