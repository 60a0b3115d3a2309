import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Ukrainian (polite «ви»). */
const uk = {
  'export.requesting': 'Надсилаємо запит…',
  'export.preparing': 'Готуємо ваш файл…',
  'export.progress_label': 'Готуємо ваш файл',
  'export.started': 'Ми готуємо ваш файл. Не йдіть із цієї сторінки; це може тривати хвилину.',
  'export.ready': 'Ваш файл готовий. Завантажте його до {date}.',
  'export.ready_announcement': 'Ваш файл готовий до завантаження.',
  'export.download': 'Завантажити мій файл',
  'export.downloading': 'Завантажуємо…',
  'export.downloaded': 'Файл завантажено. Щоб захистити ваші дані, його можна завантажити лише один раз.',
  'export.saved_as': 'Збережено як {file}.',
  'export.expired': 'Термін дії цього файлу минув, і його більше не можна завантажити.',
  'export.failed': 'Не вдалося підготувати ваш файл. Запросіть новий.',
  'export.request_new': 'Запросити новий експорт',
} as const satisfies CompleteCatalog<'export'>;

export default uk;
