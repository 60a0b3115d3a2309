import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'feedback.heading': 'Como correu?',
  'feedback.legend': 'A sua avaliação, de 1 (muito má) a 5 (excelente)',
  'feedback.rating.1': '1 · Muito má',
  'feedback.rating.2': '2 · Má',
  'feedback.rating.3': '3 · Razoável',
  'feedback.rating.4': '4 · Boa',
  'feedback.rating.5': '5 · Excelente',
  'feedback.comment': 'Quer acrescentar alguma coisa? (opcional)',
  'feedback.comment_hint': 'Até {max} carateres. Não inclua números de cartão nem de telefone.',
  'feedback.send': 'Enviar opinião',
  'feedback.sending': 'A enviar a sua opinião…',
  'feedback.thanks': 'Obrigado! A sua opinião foi enviada.',
  'feedback.rating_required': 'Escolha uma avaliação de 1 a 5 e depois envie.',
  'feedback.failed': 'A sua opinião não foi enviada. Verifique a sua ligação e tente novamente.',
} as const satisfies CompleteCatalog<'feedback'>;

export default ptPT;
