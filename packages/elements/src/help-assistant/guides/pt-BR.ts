import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Brazilian Portuguese. */
export default {
  payment_method: {
    title: 'Adicionar ou trocar a forma de pagamento',
    keywords: 'cartão crédito débito carteira pagar pagamento recusado cartão salvo',
    steps: [
      'Abra sua compra e vá até a etapa Pagamento (escolha Alterar se já a concluiu).',
      'Escolha um cartão salvo, informe um cartão novo, pague com a carteira TxPay ou escolha pagamento na entrega, quando oferecido. Um cartão vencido não pode ser escolhido.',
      'Siga para Revisão e escolha Fazer pedido e pagar.',
      'Se um pagamento foi recusado, escolha Tentar outro cartão na Ajuda: seu endereço e a entrega escolhida são mantidos.',
    ],
  },
  track_parcel: {
    title: 'Rastrear um pacote',
    keywords: 'entrega envio remessa encomenda código de rastreio transportadora onde está meu pedido atraso',
    steps: [
      'Abra seus pedidos e escolha o pedido.',
      'Cada pacote mostra o status, quando deve chegar, a transportadora e o código de rastreio (Copiar copia o código).',
      'Escolha Mostrar todas as atualizações para ver cada aviso da transportadora, o mais recente primeiro.',
      'Se um pacote atrasou ou tem um problema, escolha Falar com o vendedor, Informar que não recebi ou Obter ajuda.',
    ],
  },
  request_refund: {
    title: 'Pedir um reembolso',
    keywords: 'dinheiro de volta reembolso estorno cancelar',
    steps: [
      'Abra o pedido e escolha Pedir reembolso. A página mostra até quando você pode pedir.',
      'Escolha Reembolso, os itens e as quantidades, e um motivo (a observação é opcional).',
      'Confira o valor e envie o pedido. O vendedor deve responder até a data indicada; se não responder, ele é aprovado.',
      'Acompanhe o pedido na mesma página: aceite ou recuse uma oferta parcial, ou cancele o pedido enquanto for possível.',
    ],
  },
  start_return: {
    title: 'Iniciar uma devolução',
    keywords: 'devolução devolver troca substituição etiqueta',
    steps: [
      'Abra o pedido, escolha Pedir reembolso e depois Devolução e reembolso (ou Substituição).',
      'Escolha os itens e as quantidades, informe um motivo e envie o pedido.',
      'Quando o vendedor concorda, aparece a etiqueta de devolução com a transportadora, o código de rastreio e a data limite de envio.',
      'Envie o pacote e escolha Já enviei. O reembolso vem quando o vendedor o recebe.',
    ],
  },
  open_dispute: {
    title: 'Abrir uma disputa',
    keywords: 'disputa reclamação problema não recebido danificado item errado caso',
    steps: [
      'Abra o pedido e escolha Informar um problema.',
      'Escolha um motivo e os itens, descreva o que aconteceu e o que você quer: um reembolso, uma substituição ou devolução e reembolso.',
      'Adicione fotos ou documentos, se tiver, e envie. Seu rascunho fica neste aparelho se você sair.',
      'Acompanhe o caso: responda à oferta do vendedor e às mensagens, e escolha Pedir que nossa equipe decida quando for oferecido.',
    ],
  },
  notifications: {
    title: 'Gerenciar notificações',
    keywords: 'notificações e-mail SMS mensagens alertas preferências cancelar inscrição',
    steps: [
      'Abra seus pedidos e escolha a aba Configurações de notificação.',
      'Cada tipo de mensagem tem uma chave por canal, como e-mail ou SMS.',
      'Ative ou desative uma chave: a mudança é salva na hora.',
    ],
  },
  your_data: {
    title: 'Baixar ou apagar seus dados',
    keywords: 'privacidade dados pessoais exportar excluir apagar conta LGPD',
    steps: [
      'Abra Privacidade e escolha Baixar meus dados. O arquivo é preparado; baixe-o quando estiver pronto.',
      'Para apagá-los, escolha Excluir meus dados. Você vê o que é removido e o que a lei nos obriga a manter, e por quê.',
      'Pedidos, reembolsos e disputas em aberto precisam ser concluídos antes; um pedido não pago pode ser cancelado ali mesmo.',
      'Confirme, e seus dados são excluídos.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Pesquisar nos guias',
  search: 'Pesquisar',
  list: 'Todos os guias',
  results: 'Guias sobre “{query}”:',
  found: 'Guias encontrados: {count}.',
  no_results:
    'Nenhum guia corresponde a “{query}”. Tente outras palavras ou peça ajuda a uma pessoa. Se as páginas não carregarem, verifique sua conexão.',
  helpful: 'Isso ajudou?',
  yes: 'Sim',
  no: 'Não',
  thanks: 'Obrigado por nos contar.',
  back: 'Voltar aos guias',
  video: 'Vídeo: {title}',
  captions: 'Legendas',
  transcript: 'Transcrição',
  no_video: 'Este navegador não consegue reproduzir o vídeo. As etapas abaixo dizem o mesmo.',
} satisfies GuideWords;
