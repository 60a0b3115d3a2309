import type { NotificationWording } from './types.js';

/** Emails and text messages in pt-PT: each SMS is the subject and, where there is one, the next step. */
const wptPT: NotificationWording = {
  caseNoun: {
    dispute: 'litígio',
    refund_request: 'pedido de reembolso',
  },
  caseSubjects: {
    message_added: 'Nova mensagem sobre o seu caso da encomenda {number}',
    offer_received: 'O vendedor fez uma proposta no seu caso da encomenda {number}',
    approved: 'O seu caso da encomenda {number} foi aprovado',
    auto_approved: 'O seu caso da encomenda {number} foi aprovado',
    rejected: 'O vendedor recusou o seu caso da encomenda {number}',
    deadline_passed: 'Terminou um prazo no seu caso da encomenda {number}',
    escalated: 'O seu caso da encomenda {number} foi enviado para a nossa equipa de apoio',
    info_requested: 'Precisamos de mais informações sobre o seu caso da encomenda {number}',
    decided: 'Foi tomada uma decisão sobre o seu caso da encomenda {number}',
    return_label_ready: 'A sua etiqueta de devolução da encomenda {number} está pronta',
    return_received: 'O vendedor recebeu a sua devolução da encomenda {number}',
    refund_issued: 'O seu reembolso da encomenda {number} está a caminho',
    replacement_shipped: 'A sua substituição da encomenda {number} foi enviada',
  },
  caseSms: {
    message_added: 'Nova mensagem sobre o seu caso da encomenda {number}. Abra a página da encomenda para a ler.',
    offer_received:
      'O vendedor fez uma proposta no seu caso da encomenda {number}. Abra a página da encomenda para responder.',
    approved: 'O seu caso da encomenda {number} foi aprovado.',
    auto_approved: 'O seu caso da encomenda {number} foi aprovado.',
    rejected:
      'O vendedor recusou o seu caso da encomenda {number}. Abra a página da encomenda para ver as suas opções.',
    deadline_passed:
      'Terminou um prazo no seu caso da encomenda {number}. Abra a página da encomenda para ver o passo seguinte.',
    escalated: 'O seu caso da encomenda {number} foi enviado para a nossa equipa de apoio.',
    info_requested:
      'Precisamos de mais informações sobre o seu caso da encomenda {number}. Abra a página da encomenda para responder.',
    decided: 'Foi tomada uma decisão sobre o seu caso da encomenda {number}. Abra a página da encomenda para a ver.',
    return_label_ready:
      'A sua etiqueta de devolução da encomenda {number} está pronta. Abra a página da encomenda para a obter.',
    return_received: 'O vendedor recebeu a sua devolução da encomenda {number}.',
    refund_issued: 'O seu reembolso da encomenda {number} está a caminho.',
    replacement_shipped: 'A sua substituição da encomenda {number} foi enviada.',
  },
  caseSubjectOther: 'Novidades sobre o seu caso da encomenda {number}',
  caseSmsOther: 'Novidades sobre o seu caso da encomenda {number}.',
  caseText: '{subject}. Inicie sessão e abra a encomenda para ver os detalhes e o que pode fazer a seguir.',
  statusSubjects: {
    awaiting_shipment: 'A sua encomenda {number} está confirmada',
    in_transit: 'A sua encomenda {number} está a caminho',
    delivered: 'A sua encomenda {number} foi entregue',
    cancelled: 'A sua encomenda {number} foi cancelada',
  },
  milestoneSubjects: {
    out_for_delivery: 'A sua encomenda {number} está hoje em distribuição',
    failed_attempt: 'Não conseguimos entregar a sua encomenda {number}',
    exception: 'Há um problema com a entrega da encomenda {number}',
    available_for_pickup: 'A sua encomenda {number} está pronta para levantamento',
    expired: 'O seguimento da encomenda {number} deixou de ser atualizado',
    delayed: 'A sua encomenda {number} está atrasada',
  },
  orderSubjectOther: 'Novidades sobre a encomenda {number}',
  orderText: '{subject}. Abra a página da encomenda para ver os detalhes.',
  guestTrackText: 'Siga a sua encomenda em {url} com o número de encomenda {number} e este endereço de e-mail.',
  supportReplySubject: 'A nossa equipa de apoio respondeu à sua questão sobre a encomenda {number}',
  supportReplySubjectNoOrder: 'A nossa equipa de apoio respondeu à sua questão',
  supportReplyText:
    '{subject}. Inicie sessão e abra a sua conversa com o apoio ao cliente para ler a resposta e responder.',
  supportReplySms:
    'A nossa equipa de apoio respondeu à sua questão sobre a encomenda {number}. Inicie sessão para a ler.',
  supportReplySmsNoOrder: 'A nossa equipa de apoio respondeu à sua questão. Inicie sessão para a ler.',
  statusSms: {
    awaiting_shipment: 'A encomenda {number} está confirmada. Enviamos-lhe um SMS quando for expedida.',
    in_transit: 'A encomenda {number} foi expedida e está a caminho.',
    delivered: 'A encomenda {number} foi entregue. Aproveite!',
    cancelled: 'A encomenda {number} foi cancelada.',
  },
  milestoneSms: {
    out_for_delivery: 'A encomenda {number} está hoje em distribuição.',
    failed_attempt:
      'Não o encontrámos: não foi possível entregar a encomenda {number}. Veja o passo seguinte na página da encomenda.',
    exception: 'A encomenda {number} tem um problema de entrega. Veja o passo seguinte na página da encomenda.',
    available_for_pickup: 'A encomenda {number} está pronta para levantamento.',
    expired:
      'O seguimento da encomenda {number} deixou de ser atualizado. Veja o passo seguinte na página da encomenda.',
    delayed: 'A encomenda {number} está atrasada. Veja a previsão mais recente na página da encomenda.',
  },
  orderSmsOther: 'Novidades sobre a encomenda {number}.',
};

export default wptPT;
