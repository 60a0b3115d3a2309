import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { exportLoaders } from './loaders.js';

/**
 * Namespace `export`, English: the privacy centre's data export job (requesting, preparing with its progress,
 * ready, downloading, downloaded, expired, failed), which loads with those views
 * (`privacy-center/export-job.ts`), so its first render (the section's heading, intro and "Request my data")
 * and its extra locale carry none of them.
 */
export const exportMessages = {
  'export.requesting': 'Requesting…',
  'export.preparing': 'Preparing your file…',
  'export.progress_label': 'Preparing your file',
  'export.started': 'We’re preparing your file. Stay on this page; it can take a minute.',
  'export.ready': 'Your file is ready. Download it before {date}.',
  'export.ready_announcement': 'Your file is ready to download.',
  'export.download': 'Download my file',
  'export.downloading': 'Downloading…',
  'export.downloaded': 'Your file was downloaded. To keep your data safe, it can be downloaded only once.',
  'export.saved_as': 'Saved as {file}.',
  'export.expired': 'This file has expired and can no longer be downloaded.',
  'export.failed': 'We couldn’t prepare your file. Please request a new one.',
  'export.request_new': 'Request a new export',
} as const satisfies Record<`export.${string}`, Message>;

/** The `export` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const EXPORT: MessageBundle<'export'> = {
  namespace: 'export',
  english: exportMessages,
  locales: exportLoaders,
};
