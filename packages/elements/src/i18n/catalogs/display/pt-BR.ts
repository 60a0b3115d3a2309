import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ptBR = {
  'display.heading': 'Exibição',
  'display.intro':
    'Aumente o texto ou o contraste nas páginas de pedidos e pagamento desta loja. Este dispositivo vai lembrar.',
  'display.text_size': 'Tamanho do texto',
  'display.contrast': 'Alto contraste',
  'display.contrast_hint': 'Cores e bordas mais fortes.',
  'display.preview': 'Prévia: seu pedido foi enviado e chega na quinta-feira.',
  'display.changed_on': 'Tamanho do texto {size}, alto contraste ativado.',
  'display.changed_off': 'Tamanho do texto {size}, alto contraste desativado.',
  'display.open': 'Tamanho do texto e contraste',
} as const satisfies CompleteCatalog<'display'>;

export default ptBR;
