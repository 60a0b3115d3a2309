import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'trouble.heading': 'Transação falhada',
  'trouble.payments': 'Pagamentos falhados',
  'trouble.none': 'Nenhuma das suas encomendas recentes tem um pagamento falhado.',
  'trouble.pick': 'Que pagamento falhou?',
  'trouble.attempt': 'Encomenda {number}, {total}, {date}',
  'trouble.cause': 'Motivo:',
  'trouble.steps': 'O que fazer:',
  'trouble.step.address': 'Confirme que a morada de faturação é a que o seu banco tem para este cartão.',
  'trouble.step.kept': 'A encomenda {number} mantém-se: pague-a com outro cartão e nada se perde.',
  'trouble.address': 'Problemas com a morada',
  'trouble.country': 'País de entrega',
  'trouble.field.name': 'Nome completo: obrigatório.',
  'trouble.field.line1': 'Morada: obrigatória.',
  'trouble.field.city': 'Localidade: obrigatória.',
  'trouble.field.region_required': 'Distrito, estado ou região: obrigatório em {country}.',
  'trouble.field.region_optional': 'Distrito, estado ou região: opcional em {country}.',
  'trouble.field.postal_required': 'Código postal: obrigatório em {country}, no formato local.',
  'trouble.field.postal_optional': 'Código postal: opcional em {country}.',
  'trouble.field.postal_none': 'Código postal: {country} não tem, deixe o campo vazio.',
  'trouble.field.phone': 'Telefone: opcional, só para a transportadora.',
  'trouble.postal.label': 'Verificar um código postal de {country}',
  'trouble.postal.check': 'Verificar',
  'trouble.postal.ok': '{code} é um código postal válido de {country}.',
  'trouble.postal.invalid':
    '{code} não é um código postal de {country}. Copie-o de uma carta enviada para essa morada.',
  'trouble.postal.empty': 'Introduza um código postal e escolha Verificar.',
} as const satisfies CompleteCatalog<'trouble'>;

export default ptPT;
