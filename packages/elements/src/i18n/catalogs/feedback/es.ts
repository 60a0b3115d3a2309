import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Spanish. */
const es = {
  'feedback.heading': '¿Qué tal lo hicimos?',
  'feedback.legend': 'Tu valoración, de 1 (muy mala) a 5 (excelente)',
  'feedback.rating.1': '1 · Muy mala',
  'feedback.rating.2': '2 · Mala',
  'feedback.rating.3': '3 · Normal',
  'feedback.rating.4': '4 · Buena',
  'feedback.rating.5': '5 · Excelente',
  'feedback.comment': '¿Quieres añadir algo? (opcional)',
  'feedback.comment_hint': 'Hasta {max} caracteres. No incluyas números de tarjeta ni de teléfono.',
  'feedback.send': 'Enviar opinión',
  'feedback.sending': 'Enviando tu opinión…',
  'feedback.thanks': '¡Gracias! Tu opinión se ha enviado.',
  'feedback.rating_required': 'Elige una valoración del 1 al 5 y envíala.',
  'feedback.failed': 'Tu opinión no se ha enviado. Revisa tu conexión e inténtalo de nuevo.',
} as const satisfies CompleteCatalog<'feedback'>;

export default es;
