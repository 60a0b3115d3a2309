import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'display.heading': 'Visualização',
  'display.intro':
    'Aumente o texto ou o contraste nas páginas de encomendas e de pagamento desta loja. Este dispositivo lembra-se da escolha.',
  'display.text_size': 'Tamanho do texto',
  'display.contrast': 'Contraste elevado',
  'display.contrast_hint': 'Cores e contornos mais fortes.',
  'display.preview': 'Pré-visualização: a sua encomenda foi enviada e chega na quinta-feira.',
  'display.changed_on': 'Tamanho do texto {size}, contraste elevado ativado.',
  'display.changed_off': 'Tamanho do texto {size}, contraste elevado desativado.',
  'display.open': 'Tamanho do texto e contraste',
} as const satisfies CompleteCatalog<'display'>;

export default ptPT;
