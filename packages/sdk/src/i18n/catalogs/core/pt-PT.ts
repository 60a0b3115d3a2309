import type { CompleteCatalog } from '../../catalog.js';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'status.unpaid.label': 'A aguardar pagamento',
  'status.unpaid.explanation':
    'Ainda não recebemos o seu pagamento. Conclua o pagamento para que o vendedor possa preparar a sua encomenda.',
  'status.on_hold.label': 'Em espera',
  'status.on_hold.explanation':
    'O seu pagamento foi aceite. Durante pouco tempo ainda pode cancelar por si, antes de o vendedor começar a preparar a encomenda.',
  'status.awaiting_shipment.label': 'Em preparação para envio',
  'status.awaiting_shipment.explanation':
    'O vendedor está a embalar a sua encomenda. Verá os dados de seguimento assim que for enviada.',
  'status.partially_shipped.label': 'Enviada em parte',
  'status.partially_shipped.explanation':
    'Alguns dos seus artigos já estão a caminho. Os restantes seguem noutra embalagem.',
  'status.awaiting_collection.label': 'A aguardar a transportadora',
  'status.awaiting_collection.explanation':
    'A sua embalagem está pronta e à espera de ser recolhida pela transportadora.',
  'status.in_transit.label': 'A caminho',
  'status.in_transit.explanation': 'A transportadora tem a sua embalagem e está a levá-la até si.',
  'status.delivered.label': 'Entregue',
  'status.delivered.explanation':
    'A transportadora indica que a sua embalagem foi entregue. Se algo estiver mal, ainda pode pedir um reembolso ou uma devolução.',
  'status.completed.label': 'Concluída',
  'status.completed.explanation': 'Esta encomenda está concluída. O prazo de devolução já terminou.',
  'status.cancelled.label': 'Cancelada',
  'status.cancelled.explanation':
    'Esta encomenda foi cancelada. Se já pagou, o dinheiro é devolvido ao método de pagamento original.',
  'error.code': 'Código de erro: {code}',
  'error.retry': 'Tentar novamente',
  'error.retrying': 'A tentar novamente…',
  'error.not_configured.title': 'Esta página não está bem configurada',
  'error.not_configured.next_step': 'Contacte o vendedor e indique o código de erro.',
  'error.network.title': 'De momento não conseguimos ligar',
  'error.network.next_step': 'Verifique a sua ligação à internet e tente novamente.',
} as const satisfies CompleteCatalog<'core'>;

export default ptPT;
