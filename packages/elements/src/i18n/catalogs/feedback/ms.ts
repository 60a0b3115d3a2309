import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Malay. */
const ms = {
  'feedback.heading': 'Bagaimana perkhidmatan kami?',
  'feedback.legend': 'Penilaian anda, dari 1 (sangat teruk) hingga 5 (cemerlang)',
  'feedback.rating.1': '1 · Sangat teruk',
  'feedback.rating.2': '2 · Teruk',
  'feedback.rating.3': '3 · Sederhana',
  'feedback.rating.4': '4 · Baik',
  'feedback.rating.5': '5 · Cemerlang',
  'feedback.comment': 'Ada apa-apa yang ingin ditambah? (pilihan)',
  'feedback.comment_hint': 'Sehingga {max} aksara. Jangan masukkan nombor kad atau telefon.',
  'feedback.send': 'Hantar maklum balas',
  'feedback.sending': 'Menghantar maklum balas anda…',
  'feedback.thanks': 'Terima kasih! Maklum balas anda telah dihantar.',
  'feedback.rating_required': 'Pilih penilaian dari 1 hingga 5, kemudian hantar.',
  'feedback.failed': 'Maklum balas anda tidak dihantar. Semak sambungan anda dan cuba lagi.',
} as const satisfies CompleteCatalog<'feedback'>;

export default ms;
