import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Bulgarian, with formal “вие” as Bulgarian web shops address buyers. */
const bg = {
  'export.requesting': 'Изпращаме заявката…',
  'export.preparing': 'Подготвяме файла ви…',
  'export.progress_label': 'Подготовка на файла ви',
  'export.started': 'Подготвяме файла ви. Останете на тази страница; може да отнеме минута.',
  'export.ready': 'Файлът ви е готов. Изтеглете го преди {date}.',
  'export.ready_announcement': 'Файлът ви е готов за изтегляне.',
  'export.download': 'Изтегли моя файл',
  'export.downloading': 'Изтегляне…',
  'export.downloaded': 'Файлът ви е изтеглен. За да са защитени данните ви, той може да бъде изтеглен само веднъж.',
  'export.saved_as': 'Запазен като {file}.',
  'export.expired': 'Този файл е изтекъл и вече не може да бъде изтеглен.',
  'export.failed': 'Не успяхме да подготвим файла ви. Моля, заявете нов.',
  'export.request_new': 'Заяви нов експорт',
} as const satisfies CompleteCatalog<'export'>;

export default bg;
