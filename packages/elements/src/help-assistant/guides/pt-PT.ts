import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in European Portuguese. */
export default {
  payment_method: {
    title: 'Adicionar ou alterar um método de pagamento',
    keywords: 'cartão crédito débito carteira pagar pagamento recusado cartão guardado MB WAY Multibanco',
    steps: [
      'Abra a finalização da compra e vá ao passo Pagamento (escolha Alterar se já o tiver concluído).',
      'Escolha um cartão guardado, introduza um novo cartão, pague com a carteira TxPay ou escolha o pagamento contra reembolso, quando disponível. Não é possível escolher um cartão expirado.',
      'Avance para Rever e pagar e escolha Encomendar e pagar.',
      'Se um pagamento foi recusado, escolha Experimentar outro cartão na Ajuda: a sua morada e a opção de entrega são mantidas.',
    ],
  },
  track_parcel: {
    title: 'Seguir uma embalagem',
    keywords:
      'entrega envio expedição encomenda número de seguimento transportadora CTT onde está a minha encomenda atrasada',
    steps: [
      'Abra as suas encomendas e escolha a encomenda.',
      'Cada embalagem mostra o estado, quando deve chegar, a transportadora e o número de seguimento (Copiar copia-o).',
      'Escolha Mostrar todas as novidades para ver todas as novidades da transportadora, das mais recentes para as mais antigas.',
      'Se uma embalagem estiver atrasada ou tiver um problema, escolha Contactar o vendedor, Comunicar que não recebi ou Obter ajuda.',
    ],
  },
  request_refund: {
    title: 'Pedir um reembolso',
    keywords: 'dinheiro de volta reembolso reembolsar devolução do dinheiro cancelar',
    steps: [
      'Abra a encomenda e escolha Pedir um reembolso. A página mostra até quando pode fazer o pedido.',
      'Escolha Um reembolso, selecione os artigos e as quantidades e indique um motivo (a nota é opcional).',
      'Confirme o montante e envie o pedido. O vendedor tem de responder até à data indicada; se não o fizer, o pedido é aprovado.',
      'Acompanhe o pedido na mesma página: aceite ou recuse uma proposta parcial, ou cancele o pedido enquanto ainda for possível.',
    ],
  },
  start_return: {
    title: 'Iniciar uma devolução',
    keywords: 'devolução devolver enviar de volta troca substituição etiqueta',
    steps: [
      'Abra a encomenda, escolha Pedir um reembolso e depois Devolução e reembolso (ou Uma substituição).',
      'Selecione os artigos e as quantidades, indique um motivo e envie o pedido.',
      'Quando o vendedor aceitar, aparece a etiqueta de devolução com a transportadora, o número de seguimento e a data limite de envio.',
      'Envie a embalagem e escolha Já enviei. O reembolso é feito quando o vendedor a receber.',
    ],
  },
  open_dispute: {
    title: 'Abrir um litígio',
    keywords: 'litígio reclamação queixa problema não recebido danificado artigo errado caso',
    steps: [
      'Abra a encomenda e escolha Comunicar um problema.',
      'Escolha um motivo e os artigos, descreva o que aconteceu e diga o que pretende: um reembolso, uma substituição ou a devolução com reembolso.',
      'Adicione fotografias ou documentos, se os tiver, e envie. Se sair, o seu rascunho fica guardado neste dispositivo.',
      'Acompanhe o caso: responda à proposta do vendedor, responda às mensagens e escolha Pedir à nossa equipa que decida quando essa opção aparecer.',
    ],
  },
  notifications: {
    title: 'Gerir notificações',
    keywords: 'notificações e-mail sms mensagens alertas preferências cancelar subscrição',
    steps: [
      'Abra as suas encomendas e escolha o separador Definições de notificações.',
      'Cada tipo de mensagem tem um interruptor para cada canal, como e-mail ou SMS.',
      'Ative ou desative um interruptor: a alteração é guardada de imediato.',
    ],
  },
  your_data: {
    title: 'Transferir ou apagar os seus dados',
    keywords: 'privacidade dados pessoais exportar eliminar apagar conta RGPD',
    steps: [
      'Abra Privacidade e escolha Transferir os meus dados. O ficheiro é preparado para si; transfira-o quando estiver pronto.',
      'Para apagar os seus dados, escolha Eliminar os meus dados. Verá o que é removido, o que a lei nos obriga a guardar e porquê.',
      'As encomendas, reembolsos e litígios em aberto têm de estar concluídos primeiro; uma encomenda por pagar pode ser cancelada ali mesmo.',
      'Confirme e os seus dados são eliminados.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Pesquisar nos guias',
  search: 'Pesquisar',
  list: 'Todos os guias',
  results: 'Guias que correspondem a «{query}»:',
  found: 'Guias encontrados: {count}.',
  no_results:
    'Nenhum guia corresponde a «{query}». Experimente outras palavras ou peça ajuda a uma pessoa. Se as páginas não carregarem, verifique a sua ligação.',
  helpful: 'Isto foi útil?',
  yes: 'Sim',
  no: 'Não',
  thanks: 'Obrigado pela sua resposta.',
  back: 'Voltar aos guias',
  video: 'Vídeo: {title}',
  captions: 'Legendas',
  transcript: 'Transcrição',
  no_video: 'Este navegador não consegue reproduzir o vídeo. Os passos abaixo dizem o mesmo.',
} satisfies GuideWords;
