import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { troubleLoaders } from './loaders.js';

/** Namespace `trouble`, English: "Transaction failed" in the help assistant (loaded with that view). */
export const troubleMessages = {
  'trouble.heading': 'Transaction failed',
  'trouble.payments': 'Failed payments',
  'trouble.none': 'None of your recent orders has a failed payment.',
  'trouble.pick': 'Which payment failed?',
  'trouble.attempt': 'Order {number}, {total}, {date}',
  'trouble.cause': 'Why:',
  'trouble.steps': 'What to do:',
  'trouble.step.address': 'Check that the billing address is the one your bank has for this card.',
  'trouble.step.kept': 'Order {number} is kept: pay it with another card and nothing is lost.',
  'trouble.address': 'Address problems',
  'trouble.country': 'Country you ship to',
  'trouble.field.name': 'Full name: required.',
  'trouble.field.line1': 'Street address: required.',
  'trouble.field.city': 'City: required.',
  'trouble.field.region_required': 'State, province or region: required in {country}.',
  'trouble.field.region_optional': 'State, province or region: optional in {country}.',
  'trouble.field.postal_required': 'Postal code: required in {country}, in its local format.',
  'trouble.field.postal_optional': 'Postal code: optional in {country}.',
  'trouble.field.postal_none': 'Postal code: {country} has none, leave it empty.',
  'trouble.field.phone': 'Phone: optional, only for the carrier.',
  'trouble.postal.label': 'Check a postal code for {country}',
  'trouble.postal.check': 'Check',
  'trouble.postal.ok': '{code} is a valid postal code for {country}.',
  'trouble.postal.invalid': '{code} is not a postal code of {country}. Copy it from a letter sent to that address.',
  'trouble.postal.empty': 'Enter a postal code, then choose Check.',
} as const satisfies Record<`trouble.${string}`, Message>;

/** The `trouble` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const TROUBLE: MessageBundle<'trouble'> = {
  namespace: 'trouble',
  english: troubleMessages,
  locales: troubleLoaders,
};
