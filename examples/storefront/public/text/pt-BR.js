// The storefront pages' own words: pt-BR (keys as in en.js).
export default {
  'site.nav': 'Site',
  'nav.orders': 'Seus pedidos',
  'nav.account': 'Sua conta',
  language: 'Idioma',
  'buyer.label': 'Comprador de demonstração',
  'buyer.option': '{name} (comprador {n})',
  'buyer.switch': 'Trocar de comprador',
  'demo.heading': 'Experimente ao vivo',
  'demo.text':
    'Faça um pedido de demonstração: a transportadora simulada o avança uma etapa a cada poucos segundos e o rastreamento se atualiza na hora. Quando ele for enviado, o e-mail aparece na página de captura.',
  'demo.place': 'Fazer um pedido de demonstração',
  'demo.placing': 'Fazendo um pedido de demonstração…',
  'demo.placed': 'Pedido {number} feito e entregue à transportadora. O rastreamento dele é o primeiro da lista.',
  'demo.failed':
    'Não foi possível fazer o pedido de demonstração. Verifique se a API está no modo demo e tente de novo.',
  'orders.loading': 'Carregando seus pedidos…',
  'orders.none': 'Você ainda não tem pedidos.',
  'orders.count': 'Pedidos exibidos: {count}',
  'orders.failed': 'Não conseguimos carregar seus pedidos. Recarregue a página para tentar de novo.',
  'dialog.close': 'Fechar',
  'dialog.dispute': 'Informar um problema com seu pedido',
  'dialog.contact': 'Falar com o vendedor',
  'dialog.refund': 'Pedir reembolso, devolução ou troca',
  'dialog.help': 'Obter ajuda com seu pedido',
  'dialog.disputeCase': 'Seu caso',
  'dialog.refundCase': 'Seu pedido de reembolso',
  'dialog.pay': 'Pagar seu pedido',
  'dialog.payNumber': 'Pagar o pedido {number}',
  'dialog.helpText':
    'Escolha o que se encaixa melhor. Um relato de problema abre um caso: você e o vendedor conversam lá, e nossa equipe pode intervir.',
  'dialog.contactText':
    'Escreva ao vendedor em um caso sobre este pedido: o vendedor responde lá, e nossa equipe pode intervir se vocês não chegarem a um acordo.',
};
