import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

const esMX = {
  'dispute.evidence.choose': 'Agregar fotos o documentos',
  'dispute.evidence.none': 'Todavía no agregas archivos.',
  'dispute.evidence.error.count': 'Puedes agregar {count} archivos como máximo. Quita uno antes de agregar «{file}».',
  'dispute.offline':
    'No tienes conexión. Tu borrador está a salvo en este dispositivo; envíalo cuando vuelvas a tener internet.',
} as const satisfies Catalog<'dispute'>;

export default esMX;
