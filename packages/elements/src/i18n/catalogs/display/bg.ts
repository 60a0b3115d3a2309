import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bg = {
  'display.heading': 'Изглед',
  'display.intro':
    'Увеличете текста или контраста на страниците за поръчки и плащане в този магазин. Това устройство ще запомни избора ви.',
  'display.text_size': 'Размер на текста',
  'display.contrast': 'Висок контраст',
  'display.contrast_hint': 'По-наситени цветове и рамки.',
  'display.preview': 'Преглед: поръчката ви е изпратена и пристига в четвъртък.',
  'display.changed_on': 'Размер на текста {size}, висок контраст – включен.',
  'display.changed_off': 'Размер на текста {size}, висок контраст – изключен.',
  'display.open': 'Размер на текста и контраст',
} as const satisfies CompleteCatalog<'display'>;

export default bg;
