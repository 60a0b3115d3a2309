// The unsupported-browser fallback of the CDN build: cdn/compat.js, a tiny classic script (ES5, no
// modules) that a creator puts before the elements. In a browser without what the elements need
// (Custom Elements, Shadow DOM, ElementInternals, <dialog>: the connection check's first four), it writes
// a plain message with the alternatives (the guest order lookup page, an email address) into every
// `tx-*` tag, in the page's language, instead of leaving a blank space. In any other browser it does
// nothing. The words are the `compat` catalog namespace (every supported locale, checked like every
// catalog), copied in at build time from packages/elements/dist. See docs/help-assistant.md.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';

export const COMPAT_FILE = 'compat.js';
const KEYS = ['compat.unsupported', 'compat.next_step', 'compat.lookup', 'compat.email'];

/** Every locale's `compat` words, as arrays in KEYS order; a locale with a `parent` fills its gaps from it. */
export async function compatWords(elementsDist) {
  const folder = join(elementsDist, 'i18n', 'catalogs', 'compat');
  const modules = {};
  for (const file of readdirSync(folder)) {
    const match = /^([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]+)*)\.js$/.exec(file);
    if (!match || file === 'loaders.js') continue;
    modules[match[1]] = await import(pathToFileURL(join(folder, file)).href);
  }
  const english = modules.en.compatMessages;
  const catalogOf = (tag) => {
    const module = modules[tag];
    if (tag === 'en') return english;
    return { ...(module.parent ? catalogOf(module.parent) : english), ...module.default };
  };
  return Object.fromEntries(
    Object.keys(modules)
      .sort()
      .map((tag) => [tag, KEYS.map((key) => catalogOf(tag)[key] ?? english[key])]),
  );
}

/** The script's text: ES5 only (checked here), so it runs in the browsers it is for. */
export function compatScript(words) {
  const source = `/*! txassist unsupported-browser fallback (docs/help-assistant.md) */
(function () {
  'use strict';
  var WORDS = ${JSON.stringify(words)};
  var ALIASES = { zh: 'zh-Hans', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', 'zh-tw': 'zh-Hant', 'zh-hk': 'zh-Hant', 'zh-mo': 'zh-Hant', pt: 'pt-BR', tl: 'fil', iw: 'he', 'in': 'id' };
  var RTL = { ar: true, he: true, ur: true, fa: true };
  var script = document.currentScript;
  var w = window;

  function supported() {
    return !!(w.customElements && w.Element && w.Element.prototype.attachShadow && w.HTMLElement &&
      w.HTMLElement.prototype.attachInternals && typeof w.HTMLDialogElement === 'function');
  }

  function localeOf(element) {
    var node = element;
    var tag = element.getAttribute('locale');
    while (!tag && node && node.getAttribute) {
      tag = node.getAttribute('lang');
      node = node.parentNode;
    }
    tag = String(tag || (w.navigator && w.navigator.language) || 'en');
    var lower = tag.toLowerCase();
    for (var known in WORDS) if (known.toLowerCase() === lower) return known;
    var parts = lower.split('-');
    var alias = ALIASES[parts[0] + '-' + parts[1]] || ALIASES[parts[0]];
    if (alias) return alias;
    for (var each in WORDS) if (each.toLowerCase() === parts[0]) return each;
    return 'en';
  }

  function setting(element, name) {
    return element.getAttribute(name) || (script && script.getAttribute('data-' + name)) || '';
  }

  function add(parent, tag, text) {
    var child = document.createElement(tag);
    if (text) child.appendChild(document.createTextNode(text));
    parent.appendChild(child);
    return child;
  }

  function link(list, href, text) {
    var anchor = add(add(list, 'li'), 'a', text);
    anchor.setAttribute('href', href);
    // A 24 px target (WCAG 2.5.8) whatever the page's font size; CSSOM, so a strict CSP allows it.
    anchor.style.display = 'inline-block';
    anchor.style.minHeight = '24px';
    anchor.style.lineHeight = '24px';
  }

  function fallback(element) {
    var locale = localeOf(element);
    var words = WORDS[locale];
    var box = document.createElement('div');
    box.className = 'tx-unsupported';
    box.setAttribute('data-tx-unsupported', '');
    box.setAttribute('lang', locale);
    box.setAttribute('dir', RTL[locale.split('-')[0]] ? 'rtl' : 'ltr');
    var message = add(box, 'p');
    add(message, 'strong', words[0]);
    message.appendChild(document.createTextNode(' ' + words[1]));
    var lookup = setting(element, 'lookup-href');
    var email = setting(element, 'support-email');
    if (lookup || email) {
      var list = add(box, 'ul');
      if (lookup) link(list, lookup, words[2]);
      if (email) link(list, 'mailto:' + email, words[3].replace('{email}', function () { return email; }));
    }
    element.appendChild(box);
  }

  /** Writes the fallback into every tx-* tag that has none yet (tx-provider only wraps the others). */
  function apply() {
    if (supported()) return 0;
    var all = document.getElementsByTagName('*');
    var found = [];
    for (var i = 0; i < all.length; i++) {
      var name = all[i].nodeName.toLowerCase();
      if (name.indexOf('tx-') === 0 && name !== 'tx-provider') found.push(all[i]);
    }
    var written = 0;
    for (var j = 0; j < found.length; j++) {
      var children = found[j].children || [];
      var has = false;
      for (var k = 0; k < children.length; k++) if (children[k].hasAttribute('data-tx-unsupported')) has = true;
      if (!has) {
        fallback(found[j]);
        written++;
      }
    }
    return written;
  }

  w.txassistCompat = { supported: supported(), apply: apply };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', apply);
  else apply();
})();
`;
  const problems = new Linter().verify(source, {
    languageOptions: { ecmaVersion: 5, sourceType: 'script' },
    rules: {},
  });
  const fatal = problems.filter((problem) => problem.fatal);
  if (fatal.length)
    throw new Error(`${COMPAT_FILE} is not ES5: ${fatal.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
  return source;
}

/** Rollup plugin for the CDN build: emits cdn/compat.js beside txassist.js (before the integrity manifest). */
export function compatFallback(elementsDist) {
  return {
    name: 'txassist-compat-fallback',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: COMPAT_FILE, source: compatScript(await compatWords(elementsDist)) });
    },
  };
}
