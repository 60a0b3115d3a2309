import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { feedbackLoaders } from './loaders.js';

/** Namespace `feedback`, English: the rating prompt shown when a case resolves or a conversation closes. */
export const feedbackMessages = {
  'feedback.heading': 'How did we do?',
  'feedback.legend': 'Your rating, from 1 (very poor) to 5 (excellent)',
  'feedback.rating.1': '1 · Very poor',
  'feedback.rating.2': '2 · Poor',
  'feedback.rating.3': '3 · Okay',
  'feedback.rating.4': '4 · Good',
  'feedback.rating.5': '5 · Excellent',
  'feedback.comment': 'Anything you want to add? (optional)',
  'feedback.comment_hint': 'Up to {max} characters. Please don’t include card or phone numbers.',
  'feedback.send': 'Send feedback',
  'feedback.sending': 'Sending your feedback…',
  'feedback.thanks': 'Thank you! Your feedback was sent.',
  'feedback.rating_required': 'Choose a rating from 1 to 5, then send.',
  'feedback.failed': 'Your feedback wasn’t sent. Check your connection and try again.',
} as const satisfies Record<`feedback.${string}`, Message>;

/** The `feedback` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const FEEDBACK: MessageBundle<'feedback'> = {
  namespace: 'feedback',
  english: feedbackMessages,
  locales: feedbackLoaders,
};
