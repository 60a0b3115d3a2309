import type { CompleteCatalog } from '../../catalog.js';

/** Brazilian Portuguese, with "você", as Brazilian shopping apps talk to buyers. */
const ptBR = {
  'status.unpaid.label': 'Aguardando pagamento',
  'status.unpaid.explanation':
    'Ainda não recebemos seu pagamento. Conclua o pagamento para que o vendedor possa preparar seu pedido.',
  'status.on_hold.label': 'Em espera',
  'status.on_hold.explanation':
    'Seu pagamento foi aprovado. Por um curto período, você ainda pode cancelar sozinho, antes que o vendedor comece a preparar o pedido.',
  'status.awaiting_shipment.label': 'Preparando o envio',
  'status.awaiting_shipment.explanation':
    'O vendedor está embalando seu pedido. Os dados de rastreamento aparecem assim que ele for enviado.',
  'status.partially_shipped.label': 'Enviado em partes',
  'status.partially_shipped.explanation': 'Alguns dos seus itens já estão a caminho. O restante vai em outro pacote.',
  'status.awaiting_collection.label': 'Aguardando a transportadora',
  'status.awaiting_collection.explanation': 'Seu pacote está pronto, esperando a transportadora buscar.',
  'status.in_transit.label': 'A caminho',
  'status.in_transit.explanation': 'A transportadora está com seu pacote e vai entregá-lo a você.',
  'status.delivered.label': 'Entregue',
  'status.delivered.explanation':
    'A transportadora informa que seu pacote foi entregue. Se houver algum problema, você ainda pode pedir reembolso ou devolução.',
  'status.completed.label': 'Concluído',
  'status.completed.explanation': 'Este pedido foi concluído. O prazo para devolução já acabou.',
  'status.cancelled.label': 'Cancelado',
  'status.cancelled.explanation':
    'Este pedido foi cancelado. Se você já pagou, o dinheiro volta para a forma de pagamento original.',

  'error.code': 'Código do erro: {code}',
  'error.retry': 'Tentar de novo',
  'error.retrying': 'Tentando de novo…',
  'error.not_configured.title': 'Esta página não está configurada corretamente',
  'error.not_configured.next_step': 'Fale com o vendedor e informe o código do erro.',
  'error.network.title': 'Não conseguimos nos conectar agora',
  'error.network.next_step': 'Verifique sua conexão com a internet e tente de novo.',
} as const satisfies CompleteCatalog<'core'>;

export default ptBR;
