// The storefront pages' own words: pt-PT (keys as in en.js).
export default {
  'site.nav': 'Site',
  'nav.orders': 'As suas encomendas',
  'nav.account': 'A sua conta',
  language: 'Idioma',
  'buyer.label': 'Comprador de demonstração',
  'buyer.option': '{name} (comprador {n})',
  'buyer.switch': 'Mudar de comprador',
  'demo.heading': 'Experimente em direto',
  'demo.text':
    'Faça uma encomenda de demonstração: a transportadora simulada avança-a um passo a cada poucos segundos e o seguimento é atualizado em tempo real. Quando for expedida, o e-mail aparece na página de captura.',
  'demo.place': 'Fazer uma encomenda de demonstração',
  'demo.placing': 'A fazer uma encomenda de demonstração…',
  'demo.placed': 'Encomenda {number} feita e entregue à transportadora. O seguimento é o primeiro da lista.',
  'demo.failed':
    'Não foi possível fazer a encomenda de demonstração. Confirme que a API está em modo de demonstração e tente novamente.',
  'orders.loading': 'A carregar as suas encomendas…',
  'orders.none': 'Ainda não tem encomendas.',
  'orders.count': 'Encomendas apresentadas: {count}',
  'orders.failed': 'Não conseguimos carregar as suas encomendas. Recarregue a página para tentar novamente.',
  'dialog.close': 'Fechar',
  'dialog.dispute': 'Comunicar um problema com a sua encomenda',
  'dialog.contact': 'Contactar o vendedor',
  'dialog.refund': 'Pedir um reembolso, devolução ou substituição',
  'dialog.help': 'Obter ajuda com a sua encomenda',
  'dialog.disputeCase': 'O seu caso',
  'dialog.refundCase': 'O seu pedido de reembolso',
  'dialog.pay': 'Pagar a sua encomenda',
  'dialog.payNumber': 'Pagar a encomenda {number}',
  'dialog.helpText':
    'Escolha o que melhor se adequa. Comunicar um problema abre um caso: aí fala com o vendedor, e a nossa equipa pode intervir.',
  'dialog.contactText':
    'Escreva ao vendedor num caso sobre esta encomenda: o vendedor responde aí, e a nossa equipa pode intervir se não chegarem a acordo.',
};
