import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Brazilian Portuguese. */
const ptBR = {
  'trouble.heading': 'A transação falhou',
  'trouble.payments': 'Pagamentos que falharam',
  'trouble.none': 'Nenhum dos seus pedidos recentes tem um pagamento que falhou.',
  'trouble.pick': 'Qual pagamento falhou?',
  'trouble.attempt': 'Pedido {number}, {total}, {date}',
  'trouble.cause': 'Por quê:',
  'trouble.steps': 'O que fazer:',
  'trouble.step.address': 'Confira se o endereço de cobrança é o que seu banco tem para este cartão.',
  'trouble.step.kept': 'O pedido {number} continua guardado: pague com outro cartão e nada se perde.',
  'trouble.address': 'Problemas de endereço',
  'trouble.country': 'País de entrega',
  'trouble.field.name': 'Nome completo: obrigatório.',
  'trouble.field.line1': 'Endereço (rua e número): obrigatório.',
  'trouble.field.city': 'Cidade: obrigatória.',
  'trouble.field.region_required': 'Estado, província ou região: obrigatório em {country}.',
  'trouble.field.region_optional': 'Estado, província ou região: opcional em {country}.',
  'trouble.field.postal_required': 'CEP ou código postal: obrigatório em {country}, no formato local.',
  'trouble.field.postal_optional': 'CEP ou código postal: opcional em {country}.',
  'trouble.field.postal_none': 'CEP ou código postal: {country} não usa, deixe o campo vazio.',
  'trouble.field.phone': 'Telefone: opcional, só para a transportadora.',
  'trouble.postal.label': 'Verificar um código postal de {country}',
  'trouble.postal.check': 'Verificar',
  'trouble.postal.ok': '{code} é um código postal válido de {country}.',
  'trouble.postal.invalid':
    '{code} não é um código postal de {country}. Copie de uma carta enviada para esse endereço.',
  'trouble.postal.empty': 'Digite um código postal e escolha Verificar.',
} as const satisfies CompleteCatalog<'trouble'>;

export default ptBR;
