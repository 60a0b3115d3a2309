import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

const esMX = {
  'assistant.action.try_another_card': 'Intenta con otra tarjeta',
  'assistant.action.report_problem': 'Reportar un problema',
} as const satisfies Catalog<'assistant'>;

export default esMX;
