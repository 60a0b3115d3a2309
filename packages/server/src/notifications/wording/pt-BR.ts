import type { NotificationWording } from './types.js';

/** Emails and text messages in pt-BR: each SMS is the subject and, where there is one, the next step. */
const wptBR: NotificationWording = {
  caseNoun: { dispute: 'disputa', refund_request: 'pedido de reembolso' },
  caseSubjects: {
    message_added: 'Nova mensagem sobre o seu caso do pedido {number}',
    offer_received: 'O vendedor fez uma oferta no seu caso do pedido {number}',
    approved: 'Seu caso do pedido {number} foi aprovado',
    auto_approved: 'Seu caso do pedido {number} foi aprovado',
    rejected: 'O vendedor recusou seu caso do pedido {number}',
    deadline_passed: 'Um prazo venceu no seu caso do pedido {number}',
    escalated: 'Seu caso do pedido {number} foi para a nossa equipe de suporte',
    info_requested: 'Precisamos de mais informações sobre o seu caso do pedido {number}',
    decided: 'Uma decisão foi tomada sobre o seu caso do pedido {number}',
    return_label_ready: 'Sua etiqueta de devolução do pedido {number} está pronta',
    return_received: 'O vendedor recebeu sua devolução do pedido {number}',
    refund_issued: 'Seu reembolso do pedido {number} está a caminho',
    replacement_shipped: 'Sua reposição do pedido {number} foi enviada',
  },
  caseSms: {
    message_added: 'Nova mensagem sobre o seu caso do pedido {number}. Abra a página do pedido para ler.',
    offer_received: 'O vendedor fez uma oferta no seu caso do pedido {number}. Abra a página do pedido para responder.',
    approved: 'Seu caso do pedido {number} foi aprovado.',
    auto_approved: 'Seu caso do pedido {number} foi aprovado.',
    rejected: 'O vendedor recusou seu caso do pedido {number}. Abra a página do pedido para ver suas opções.',
    deadline_passed:
      'Um prazo venceu no seu caso do pedido {number}. Abra a página do pedido para ver o próximo passo.',
    escalated: 'Seu caso do pedido {number} foi para a nossa equipe de suporte.',
    info_requested:
      'Precisamos de mais informações sobre o seu caso do pedido {number}. Abra a página do pedido para responder.',
    decided: 'Uma decisão foi tomada sobre o seu caso do pedido {number}. Abra a página do pedido para ver.',
    return_label_ready:
      'Sua etiqueta de devolução do pedido {number} está pronta. Abra a página do pedido para baixá-la.',
    return_received: 'O vendedor recebeu sua devolução do pedido {number}.',
    refund_issued: 'Seu reembolso do pedido {number} está a caminho.',
    replacement_shipped: 'Sua reposição do pedido {number} foi enviada.',
  },
  caseSubjectOther: 'Novidades sobre o seu caso do pedido {number}',
  caseSmsOther: 'Novidades sobre o seu caso do pedido {number}.',
  caseText: '{subject}. Entre na sua conta e abra o pedido para ver os detalhes e o que você pode fazer a seguir.',
  statusSubjects: {
    awaiting_shipment: 'Seu pedido {number} está confirmado',
    in_transit: 'Seu pedido {number} está a caminho',
    delivered: 'Seu pedido {number} foi entregue',
    cancelled: 'Seu pedido {number} foi cancelado',
  },
  milestoneSubjects: {
    out_for_delivery: 'Seu pedido {number} sai para entrega hoje',
    failed_attempt: 'Não conseguimos entregar seu pedido {number}',
    exception: 'Há um problema na entrega do pedido {number}',
    available_for_pickup: 'Seu pedido {number} está pronto para retirada',
    expired: 'O rastreamento do pedido {number} parou de atualizar',
    delayed: 'Seu pedido {number} está atrasado',
  },
  orderSubjectOther: 'Novidades sobre o pedido {number}',
  orderText: '{subject}. Abra a página do pedido para ver os detalhes.',
  guestTrackText: 'Acompanhe seu pedido em {url} com o número do pedido {number} e este endereço de e-mail.',
  supportReplySubject: 'Nossa equipe de suporte respondeu sua pergunta sobre o pedido {number}',
  supportReplySubjectNoOrder: 'Nossa equipe de suporte respondeu sua pergunta',
  supportReplyText: '{subject}. Entre na sua conta e abra sua conversa com o suporte para ler a resposta e responder.',
  supportReplySms:
    'Nossa equipe de suporte respondeu sua pergunta sobre o pedido {number}. Entre na sua conta para ler.',
  supportReplySmsNoOrder: 'Nossa equipe de suporte respondeu sua pergunta. Entre na sua conta para ler.',
  statusSms: {
    awaiting_shipment: 'Seu pedido {number} está confirmado.',
    in_transit: 'Seu pedido {number} está a caminho.',
    delivered: 'Seu pedido {number} foi entregue.',
    cancelled: 'Seu pedido {number} foi cancelado.',
  },
  milestoneSms: {
    out_for_delivery: 'Seu pedido {number} sai para entrega hoje.',
    failed_attempt: 'Não conseguimos entregar seu pedido {number}. Abra a página do pedido para ver o próximo passo.',
    exception: 'Há um problema na entrega do pedido {number}. Abra a página do pedido para ver o próximo passo.',
    available_for_pickup: 'Seu pedido {number} está pronto para retirada.',
    expired: 'O rastreamento do pedido {number} parou de atualizar. Abra a página do pedido para ver o próximo passo.',
    delayed: 'Seu pedido {number} está atrasado. Abra a página do pedido para ver a previsão mais recente.',
  },
  orderSmsOther: 'Novidades sobre o pedido {number}.',
};

export default wptBR;
