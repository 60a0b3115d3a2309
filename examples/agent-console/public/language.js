// The console's language: the header's picker (every locale, named in its own language), the page
// worded in place when it changes (focus stays on the picker), and what scripts wrote re-worded from
// what they remember: a status or error line keeps the function that words it (`say`), a view keeps
// its data and redraws from it (`onLanguage`), so nothing is fetched again (opening a case or a
// conversation is audited by the API) and nothing typed is lost.
import { LOCALES, storedLocale, t, useLocale } from './messages.js';

const $ = (id) => document.getElementById(id);
/** Status and error lines and the function that words each one now. */
const spoken = new Map();
const redraws = new Set();

/**
 * Writes a line in the language shown and keeps it worded when the language changes. `words` is a
 * function that words it now, a fixed text (a message the API wrote), an error (its `words` when it
 * has them) or '' to clear the line.
 */
export function say(id, words) {
  const element = $(id);
  const wording = words instanceof Error ? (words.words ?? words.message) : words;
  if (typeof wording === 'function') spoken.set(element, wording);
  else spoken.delete(element);
  element.textContent = typeof wording === 'function' ? wording() : wording;
}

/** `redraw` runs after each change of language, to word what a view drew from its data. */
export const onLanguage = (redraw) => redraws.add(redraw);

function wordPage(locale) {
  document.title = t('page.title');
  for (const element of document.querySelectorAll('[data-msg]')) element.textContent = t(element.dataset.msg);
  for (const [element, words] of spoken) element.textContent = words();
  for (const redraw of redraws) redraw();
  // The txassist elements on the page follow the console's language (and its direction).
  for (const element of document.querySelectorAll('tx-order-tracker')) element.locale = locale;
}

/** Shows `tag` (or English when its words cannot be loaded) and words the page in it. */
async function show(tag) {
  const locale = await useLocale(tag);
  if (locale) wordPage(locale); // else a later choice is being shown
  return locale;
}

/** Fills the picker and shows the page in the stored (or browser's) language; then follows the picker. */
export async function setUpLanguage() {
  const picker = $('language');
  picker.replaceChildren(
    ...LOCALES.map(([tag, name]) => {
      const option = document.createElement('option');
      option.value = tag;
      option.lang = tag;
      option.textContent = name;
      return option;
    }),
  );
  picker.value = await show(storedLocale());
  picker.addEventListener('change', async () => {
    // Arrow keys pass through several languages: only the last one asked for is shown.
    await show(picker.value);
  });
}
