import type { CompleteCatalog } from '@txassist/sdk/i18n';

const uk = {
  'display.heading': 'Відображення',
  'display.intro':
    'Збільште текст або контраст на сторінках замовлень і оформлення цього магазину. Цей пристрій запам’ятає ваш вибір.',
  'display.text_size': 'Розмір тексту',
  'display.contrast': 'Високий контраст',
  'display.contrast_hint': 'Насиченіші кольори й рамки.',
  'display.preview': 'Попередній перегляд: ваше замовлення відправлено, воно прибуде в четвер.',
  'display.changed_on': 'Розмір тексту {size}, високий контраст увімкнено.',
  'display.changed_off': 'Розмір тексту {size}, високий контраст вимкнено.',
  'display.open': 'Розмір тексту й контраст',
} as const satisfies CompleteCatalog<'display'>;

export default uk;
