import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { outcomeLoaders } from './loaders.js';

/**
 * Namespace `outcome`, English: the words of the checkout's rarely seen views (the step-up form, the decline,
 * wallet and failure notices, the confirmation), which load with those views (`checkout-helper/views/outcome-chunk.ts`),
 * so the checkout's first render and its extra locale carry none of them.
 */
export const outcomeMessages = {
  'outcome.declined.heading': 'Your payment didn’t go through',
  'outcome.declined.kept': 'Everything else you entered is still here. Only the card details need typing again.',

  'outcome.challenge.heading': 'Confirm it’s you',
  'outcome.challenge.code': 'Verification code',
  'outcome.challenge.code_hint': 'You can paste the code. It expires at {time}.',
  'outcome.challenge.verify': 'Verify and pay',
  'outcome.challenge.resend': 'Send a new code',
  'outcome.challenge.resend_wait': 'You can ask for a new code in {seconds} s.',
  'outcome.challenge.resent': 'We sent a new code. Only the newest code works.',
  'outcome.challenge.attempts_left': 'Tries left: {count}',
  'outcome.challenge.required': 'Enter the 6-digit code we sent you.',
  'outcome.challenge.format': 'The code has 6 digits. Check it and enter it again.',
  'outcome.challenge.wrong': 'That code isn’t right. Check the newest message and try again.',
  'outcome.challenge.expired': 'This code has expired. Send a new code, then enter it.',
  'outcome.challenge.locked':
    'Too many wrong codes, so we stopped this payment to protect you. Choose another way to pay or try again later.',
  'outcome.challenge.verifying': 'Checking the code…',

  'outcome.wallet.returned': 'Welcome back. We’re confirming your TxPay payment…',
  'outcome.wallet.cancelled': 'You left TxPay without paying. Choose how you want to pay, then try again.',

  'outcome.on_hold.heading': 'Your order is placed and waiting for a quick check',
  'outcome.on_hold.body':
    'We’re checking this payment before your order is prepared. You don’t need to do anything: we’ll email you when it’s done, usually within a day.',

  'outcome.confirmation.heading': 'Thank you, your order is placed',
  'outcome.confirmation.number': 'Order number: {number}',
  'outcome.confirmation.paid': 'Paid {total} with {method}',
  'outcome.confirmation.cod_due': 'Have {total} ready for the courier.',
  'outcome.confirmation.track': 'Track your order',
  'outcome.confirmation.next_heading': 'What happens next',
  'outcome.confirmation.next':
    'The seller now gets your order ready. We’ll let you know when it’s on its way, and you can follow it any time with your order number.',
  'outcome.failure.network':
    'We couldn’t reach the shop. Check your connection, then try again. You won’t be charged twice.',
  'outcome.failure.generic': 'Something went wrong on our side. Try again in a moment; you won’t be charged twice.',
} as const satisfies Record<`outcome.${string}`, Message>;

/** The `outcome` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const OUTCOME: MessageBundle<'outcome'> = {
  namespace: 'outcome',
  english: outcomeMessages,
  locales: outcomeLoaders,
};
