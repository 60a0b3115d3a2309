// The chunk `error-words.ts` imports when an element first words a problem: the `errors` namespace's English and loaders.
export { ERRORS } from '@txassist/sdk/i18n';
