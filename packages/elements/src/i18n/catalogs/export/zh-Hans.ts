import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Simplified Chinese (mainland China, Singapore), in the plain style of Chinese shopping apps. */
const zhHans = {
  'export.requesting': '正在申请…',
  'export.preparing': '正在准备你的文件…',
  'export.progress_label': '正在准备你的文件',
  'export.started': '我们正在准备你的文件。请停留在此页面，可能需要一分钟左右。',
  'export.ready': '你的文件已准备好，请在 {date} 前下载。',
  'export.ready_announcement': '你的文件已可下载。',
  'export.download': '下载我的文件',
  'export.downloading': '正在下载…',
  'export.downloaded': '你的文件已下载。为保护你的数据，文件只能下载一次。',
  'export.saved_as': '已保存为 {file}。',
  'export.expired': '此文件已过期，无法再下载。',
  'export.failed': '我们无法准备你的文件，请重新申请。',
  'export.request_new': '重新申请导出',
} as const satisfies CompleteCatalog<'export'>;

export default zhHans;
