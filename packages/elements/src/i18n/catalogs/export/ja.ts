import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Japanese, in the polite です・ます style of Japanese shopping sites. */
const ja = {
  'export.requesting': 'リクエストしています…',
  'export.preparing': 'ファイルを準備しています…',
  'export.progress_label': 'ファイルを準備しています',
  'export.started': 'ファイルを準備しています。1 分ほどかかることがあるので、このページを開いたままにしてください。',
  'export.ready': 'ファイルの準備ができました。{date}までにダウンロードしてください。',
  'export.ready_announcement': 'ファイルをダウンロードできます。',
  'export.download': 'ファイルをダウンロード',
  'export.downloading': 'ダウンロードしています…',
  'export.downloaded': 'ファイルをダウンロードしました。データ保護のため、ダウンロードは 1 回だけです。',
  'export.saved_as': '{file} として保存しました。',
  'export.expired': 'このファイルは有効期限が切れたため、ダウンロードできません。',
  'export.failed': 'ファイルを準備できませんでした。もう一度リクエストしてください。',
  'export.request_new': '新しくエクスポートをリクエスト',
} as const satisfies CompleteCatalog<'export'>;

export default ja;
