import type { CompleteCatalog } from '@txassist/sdk/i18n';

const es = {
  'display.heading': 'Visualización',
  'display.intro':
    'Agranda el texto o aumenta el contraste en las páginas de pedidos y pago de esta tienda. Este dispositivo lo recuerda.',
  'display.text_size': 'Tamaño del texto',
  'display.contrast': 'Contraste alto',
  'display.contrast_hint': 'Colores y bordes más marcados.',
  'display.preview': 'Vista previa: tu pedido se ha enviado y llega el jueves.',
  'display.changed_on': 'Tamaño del texto {size}, contraste alto activado.',
  'display.changed_off': 'Tamaño del texto {size}, contraste alto desactivado.',
  'display.open': 'Tamaño del texto y contraste',
} as const satisfies CompleteCatalog<'display'>;

export default es;
