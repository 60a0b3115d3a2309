import ar from './ar.js';
import bg from './bg.js';
import bn from './bn.js';
import ca from './ca.js';
import de from './de.js';
import el from './el.js';
import en from './en.js';
import es from './es.js';
import fa from './fa.js';
import fil from './fil.js';
import fr from './fr.js';
import he from './he.js';
import hu from './hu.js';
import hi from './hi.js';
import hr from './hr.js';
import id from './id.js';
import it from './it.js';
import ja from './ja.js';
import ko from './ko.js';
import ms from './ms.js';
import nl from './nl.js';
import pl from './pl.js';
import ptBR from './pt-BR.js';
import ptPT from './pt-PT.js';
import ro from './ro.js';
import th from './th.js';
import tr from './tr.js';
import type { NotificationWording } from './types.js';
import uk from './uk.js';
import ur from './ur.js';
import vi from './vi.js';
import zhHans from './zh-Hans.js';
import zhHant from './zh-Hant.js';
import sv from './sv.js';
import da from './da.js';
import nb from './nb.js';
import fi from './fi.js';
import cs from './cs.js';

export type { NotificationWording } from './types.js';

/** Every locale the elements speak (docs/languages.md); `es-MX` reads the Spanish wording. */
const WORDING: Readonly<Record<string, NotificationWording>> = {
  en,
  es,
  'pt-BR': ptBR,
  fr,
  de,
  it,
  id,
  ms,
  th,
  vi,
  fil,
  ja,
  ko,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ar,
  he,
  nl,
  pl,
  'pt-PT': ptPT,
  sv,
  da,
  nb,
  fi,
  cs,
  tr,
  uk,
  ro,
  el,
  hu,
  hi,
  ur,
  fa,
  bn,
  ca,
  hr,
  bg,
};

/** Tags that name one of ours differently (as the elements' catalog matches them). */
const ALIASES: Readonly<Record<string, string>> = {
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  pt: 'pt-BR',
  tl: 'fil',
  iw: 'he',
  in: 'id',
  no: 'nb',
};

/** The wording for a buyer's locale (any BCP 47 tag, or none): the tag, an alias, its language, else English. */
export function wordingFor(locale: string | null | undefined): { locale: string; wording: NotificationWording } {
  if (!locale) return { locale: 'en', wording: en };
  const exact = Object.keys(WORDING).find((tag) => tag.toLowerCase() === locale.toLowerCase());
  const lower = locale.toLowerCase();
  const language = lower.split('-')[0]!;
  const tag =
    exact ??
    ALIASES[lower] ??
    (lower.startsWith('zh-hant') ? 'zh-Hant' : lower.startsWith('zh-hans') ? 'zh-Hans' : undefined) ??
    (WORDING[language] ? language : ALIASES[language]);
  return tag && WORDING[tag] ? { locale: tag, wording: WORDING[tag] } : { locale: 'en', wording: en };
}
