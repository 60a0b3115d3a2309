import type { CompleteCatalog } from '@txassist/sdk/i18n';

const esMX = {
  'guest.email.heading': 'Tu correo electrónico',
  'guest.email.label': 'Correo electrónico',
  'guest.email.hint': 'Te enviaremos aquí la confirmación del pedido, con un enlace para rastrearlo.',
  'guest.email.required': 'Escribe tu correo electrónico.',
  'guest.email.invalid': 'Escribe un correo como nombre@ejemplo.com.',
  'guest.continue': 'Continuar a la dirección',
  'guest.starting': 'Iniciando tu compra…',
  'guest.failed': 'No se pudo iniciar la compra.',
  'guest.not_set_up': 'Esta compra todavía no está configurada en esta página. Comunícate con el vendedor.',
} as const satisfies CompleteCatalog<'guest'>;

export default esMX;
