import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Brazilian Portuguese. */
const ptBR = {
  'feedback.heading': 'Como foi o nosso atendimento?',
  'feedback.legend': 'Sua nota, de 1 (muito ruim) a 5 (excelente)',
  'feedback.rating.1': '1 · Muito ruim',
  'feedback.rating.2': '2 · Ruim',
  'feedback.rating.3': '3 · Regular',
  'feedback.rating.4': '4 · Bom',
  'feedback.rating.5': '5 · Excelente',
  'feedback.comment': 'Quer acrescentar algo? (opcional)',
  'feedback.comment_hint': 'Até {max} caracteres. Não inclua números de cartão ou telefone.',
  'feedback.send': 'Enviar avaliação',
  'feedback.sending': 'Enviando sua avaliação…',
  'feedback.thanks': 'Obrigado! Sua avaliação foi enviada.',
  'feedback.rating_required': 'Escolha uma nota de 1 a 5 e depois envie.',
  'feedback.failed': 'Sua avaliação não foi enviada. Verifique sua conexão e tente de novo.',
} as const satisfies CompleteCatalog<'feedback'>;

export default ptBR;
