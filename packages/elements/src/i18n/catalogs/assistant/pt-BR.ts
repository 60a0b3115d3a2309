import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The help assistant in Brazilian Portuguese. */
const ptBR = {
  'assistant.heading': 'Ajuda',
  'assistant.launcher': 'Obter ajuda',
  'assistant.close': 'Fechar ajuda',
  'assistant.loading': 'Verificando seus pedidos…',
  'assistant.suggestions_heading': 'O que precisa da sua atenção',
  'assistant.recent_heading': 'Nada precisa da sua atenção. Seus pedidos recentes:',
  'assistant.no_orders': 'Você ainda não tem pedidos.',
  'assistant.updated': 'Sugestões atualizadas.',
  'assistant.payment_failed.text': 'O pagamento do pedido {number} não foi concluído. {reason}',
  'assistant.parcel_exception.text': 'Um pacote do pedido {number} tem um problema na entrega.',
  'assistant.parcel_failed_attempt.text':
    'A transportadora tentou entregar um pacote do pedido {number}, mas não conseguiu.',
  'assistant.parcel_expired.text': 'A transportadora parou de enviar notícias de um pacote do pedido {number}.',
  'assistant.parcel_late.text': 'Um pacote do pedido {number} está atrasado: já deveria ter chegado.',
  'assistant.payment_pending.text':
    'O pedido {number} está aguardando pagamento. Pague agora para ele ser enviado ou cancele-o no pedido.',
  'assistant.order_help.text': 'Pedido {number}: {status}. Se algo estiver errado, avise o vendedor.',
  'assistant.action.pay_now': 'Pagar agora',
  'assistant.dispute_reply_needed.text': 'Seu caso sobre o pedido {number} está esperando sua resposta.',
  'assistant.refund_approved.text':
    'Seu reembolso de {amount} do pedido {number} está a caminho. Deve chegar até {date}.',
  'assistant.recent_order.text': 'Pedido {number}, {date}, {total}: {status}',
  'assistant.unknown.text': 'Algo no pedido {number} pode precisar de você.',
  'assistant.action.try_another_card': 'Tentar outro cartão',
  'assistant.action.report_problem': 'Relatar um problema',
  'assistant.action.reply_to_dispute': 'Responda até {date}',
  'assistant.action.view_refund': 'Ver o reembolso',
  'assistant.action.view_order': 'Ver o pedido {number}',
  'assistant.action.unknown': 'Abrir o pedido {number}',
  'assistant.check.button': 'Verificar minha conexão',
  'assistant.check.heading': 'Verificação da conexão',
  'assistant.check.running': 'Verificando sua conexão…',
  'assistant.check.done': 'Verificação concluída: {passed} de {total} ok.',
  'assistant.check.ok': 'Ok',
  'assistant.check.problem': 'Problema',
  'assistant.check.api.ok': 'O serviço responde em {ms} ms.',
  'assistant.check.api.slow': 'O serviço responde, mas devagar ({ms} ms). As páginas podem demorar.',
  'assistant.check.api.fail': 'Não conseguimos acessar o serviço. Verifique sua internet e tente de novo.',
  'assistant.check.stream.ok': 'As atualizações ao vivo funcionam.',
  'assistant.check.stream.fail':
    'As atualizações ao vivo não abrem aqui. Tudo continua funcionando; recarregue para ver mudanças.',
  'assistant.check.storage.ok': 'Este dispositivo pode guardar seus rascunhos.',
  'assistant.check.storage.fail':
    'Este navegador não guarda rascunhos (modo anônimo?). Termine os formulários de uma vez.',
  'assistant.check.browser.ok': 'Seu navegador tem tudo o que estas páginas precisam.',
  'assistant.check.browser.fail': 'Falta {features} no seu navegador. Atualize-o ou use outro navegador.',
  'assistant.check.clock.ok': 'O relógio do seu dispositivo está certo.',
  'assistant.check.clock.fail': 'O relógio do seu dispositivo está {minutes} min errado. Ative o ajuste automático.',
  'assistant.check.copy': 'Copiar detalhes para o suporte',
  'assistant.check.copied': 'Detalhes copiados. Cole na sua mensagem para o suporte.',
  'assistant.check.copy_failed': 'Não foi possível copiar. Selecione os detalhes abaixo e copie.',
  'assistant.check.details': 'Detalhes para o suporte (sem dados pessoais)',
  'assistant.check.again': 'Verificar de novo',
  'assistant.back': 'Voltar às sugestões',
} as const satisfies CompleteCatalog<'assistant'>;

export default ptBR;
