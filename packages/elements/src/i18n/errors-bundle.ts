// The chunk `error-words.ts` imports when an element first words a problem: the `errors` namespace's English
// and loaders, and the SDK's `errorMessage` with its code → message group table (`ERROR_GUIDANCE`), which
// `describeFailure` reads once it is here (an element renders a problem only then).
export { ERRORS, errorMessage } from '@txassist/sdk/i18n';
