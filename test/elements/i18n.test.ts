import { ERROR_CODE_LIST } from '@txassist/contract';
import {
  AuthenticationError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
} from '@txassist/sdk';
import {
  cachedCatalog,
  CLIENT_ERROR_CODES,
  CORE,
  createTranslator,
  en,
  errorMessage,
  fallbackChain,
  loadCatalog,
  localeDirection,
  matchLocale,
  TRACKER,
} from '@txassist/elements/i18n';
import { assert, deepEqual, equal } from '../browser-support/assert.js';
import { collapseWhitespace } from '../browser-support/dom.js';

const TRACKER_PAGE = [CORE, TRACKER];
const english = (locale = 'en') => createTranslator(locale, 'en', {}, TRACKER_PAGE);

describe('i18n', () => {
  it('loads non-English catalogs lazily, once, per namespace', async () => {
    equal(cachedCatalog('es', TRACKER_PAGE), undefined, 'Spanish is not in memory before it is asked for');
    deepEqual(cachedCatalog('en', TRACKER_PAGE), {}, 'English is always in memory (bundled)');
    const first = await loadCatalog('es', TRACKER_PAGE);
    equal(first['status.delivered.label'], 'Entregado', 'core namespace in Spanish');
    equal(first['tracker.total'], 'Total', 'tracker namespace in Spanish');
    deepEqual(await loadCatalog('es', TRACKER_PAGE), first, 'the second load gives the same messages');
    deepEqual(cachedCatalog('es', TRACKER_PAGE), first, 'now cached');
    equal(cachedCatalog('es', ['core', 'privacy']), undefined, 'another namespace is a separate download');
  });

  it('falls back es-MX → es → en, key by key', async () => {
    const mexican = await loadCatalog('es-MX', TRACKER_PAGE);
    deepEqual(fallbackChain('es-MX'), ['es-MX', 'es', 'en'], 'fallback chain');
    deepEqual(fallbackChain('fr'), ['fr', 'en'], 'a locale without a parent falls back to English');
    equal(mexican['status.awaiting_collection.label'], 'Esperando a la paquetería', 'Mexican wording');
    equal(mexican['status.delivered.label'], 'Entregado', 'inherited from Spanish');
    const partial = createTranslator('de', 'de', { 'tracker.total': 'Gesamt' }, TRACKER_PAGE);
    equal(partial.t('tracker.total'), 'Gesamt', 'translated key');
    equal(partial.t('tracker.subtotal'), 'Subtotal', 'missing key falls back to English');
  });

  it('picks plural forms through Intl.PluralRules, Arabic’s six included', async () => {
    const items = (translator: ReturnType<typeof english>, count: number) =>
      translator.t('tracker.items_heading', { count });
    equal(items(english(), 1), '1 item', 'one');
    equal(items(english(), 3), '3 items', 'other');
    equal(items(english(), 1200), '1,200 items', 'count formatted with the locale');
    const arabic = createTranslator('ar', 'ar', await loadCatalog('ar', TRACKER_PAGE), TRACKER_PAGE);
    equal(items(arabic, 0), 'لا توجد منتجات', 'ar zero');
    equal(items(arabic, 1), 'منتج واحد', 'ar one');
    equal(items(arabic, 2), 'منتجان', 'ar two');
    const digits = new Intl.NumberFormat('ar');
    equal(items(arabic, 3), `${digits.format(3)} منتجات`, 'ar few');
    equal(items(arabic, 11), `${digits.format(11)} منتجًا`, 'ar many');
    equal(items(arabic, 100), `${digits.format(100)} منتج`, 'ar other');
    const japanese = createTranslator('ja', 'ja', await loadCatalog('ja', TRACKER_PAGE), TRACKER_PAGE);
    equal(items(japanese, 1), '商品 1 点', 'ja has only "other"');
  });

  it('formats money with the currency’s own minor unit, dates and relative times through Intl', () => {
    const us = english('en-US');
    equal(us.t('tracker.unit_price', { price: { amount: 1999, currency: 'USD' } }), '$19.99 each', 'USD');
    equal(collapseWhitespace(us.money({ amount: 3600, currency: 'JPY' })), '¥3,600', 'JPY has no decimals');
    equal(collapseWhitespace(us.money({ amount: 5, currency: 'KWD' })), 'KWD 0.005', 'KWD has three decimals');
    equal(us.t('tracker.placed', { date: new Date(2026, 10, 20, 12) }), 'Placed on November 20, 2026', 'long date');
    const now = new Date(2026, 10, 20, 12);
    const days = (count: number) => new Date(now.getTime() + count * 24 * 3600 * 1000);
    equal(us.relativeTime(days(-2), now), '2 days ago', 'past');
    equal(us.relativeTime(days(3), now), 'in 3 days', 'future');
    equal(us.relativeTime(days(1), now), 'tomorrow', 'numeric: auto');
    equal(createTranslator('es', 'es', {}, TRACKER_PAGE).relativeTime(days(3), now), 'dentro de 3 días', 'Spanish');
  });

  it('shows an unknown key as itself rather than nothing', () => {
    const bare = createTranslator('en', 'en', {}, [CORE]);
    equal(bare.t('tracker.total'), 'tracker.total', 'a namespace the element did not import');
  });

  it('matches requested locales to the best catalog', () => {
    const catalogOf = (...requested: (string | undefined)[]) => matchLocale(requested).catalogLocale;
    deepEqual(matchLocale(['es-MX']), { catalogLocale: 'es-MX', formatLocale: 'es-MX', dir: 'ltr' }, 'exact');
    deepEqual(matchLocale(['es-AR']), { catalogLocale: 'es', formatLocale: 'es-AR', dir: 'ltr' }, 'region → language');
    equal(catalogOf('zh-TW'), 'zh-Hant', 'Taiwan → Traditional');
    equal(catalogOf('zh-HK'), 'zh-Hant', 'Hong Kong → Traditional');
    equal(catalogOf('zh'), 'zh-Hans', 'Chinese → Simplified');
    equal(catalogOf('zh-SG'), 'zh-Hans', 'Singapore → Simplified');
    equal(catalogOf('pt'), 'pt-BR', 'Portuguese → Brazilian');
    equal(catalogOf('pt-AO'), 'pt-BR', 'any catalog of the same language');
    equal(catalogOf('tl'), 'fil', 'Tagalog → Filipino');
    equal(catalogOf('iw'), 'he', 'old Hebrew code');
    equal(catalogOf('no-NO'), 'nb', 'Norwegian → Bokmål');
    equal(catalogOf('ms-MY'), 'ms', 'Malay (Malaysia)');
    equal(catalogOf('en-AU'), 'en', 'English');
    equal(catalogOf('en-GB'), 'en-GB', 'British English has its own');
    deepEqual(matchLocale(['ar-EG']), { catalogLocale: 'ar', formatLocale: 'ar-EG', dir: 'rtl' }, 'Arabic is rtl');
    equal(catalogOf('sw', 'fr-BE'), 'fr', 'first available preference wins');
    equal(catalogOf('sw'), 'en', 'nothing available: English');
    equal(catalogOf('not a tag!', undefined, '', 'ja'), 'ja', 'malformed tags skipped');
    equal(catalogOf(), 'en', 'no preference: English');
    equal(localeDirection('he'), 'rtl', 'Hebrew');
    equal(localeDirection('fa-IR'), 'rtl', 'Persian (no catalog, still rtl)');
    equal(localeDirection('zh-Hant'), 'ltr', 'Chinese');
  });
});

describe('errorMessage', () => {
  it('has a title and a next step in English for every contract error code and every client code', () => {
    for (const code of [...ERROR_CODE_LIST, ...CLIENT_ERROR_CODES]) {
      const message = errorMessage({ name: 'ApiError', status: 400, code });
      if (!(CLIENT_ERROR_CODES as readonly string[]).includes(code)) equal(message.code, code, `${code} is recognised`);
      assert(en[message.title], `${code}: "${message.title}" is in the catalog`);
      assert(en[message.nextStep], `${code}: "${message.nextStep}" is in the catalog`);
    }
  });

  it('maps what the SDK throws to the buyer’s message', () => {
    const problem = (status: number, code: string) => ({
      status,
      code,
      requestId: 'req_1',
      problem: { type: `https://txassist.dev/problems/${code}`, title: code, status, code },
    });
    const cases: [unknown, string, string, boolean][] = [
      [new NetworkError('offline'), 'network_error', 'error.network.title', true],
      [new TimeoutError('slow'), 'timeout', 'error.timeout.title', true],
      [new ResponseValidationError([], 200, undefined), 'invalid_response', 'error.unexpected.title', true],
      [new NotFoundError(problem(404, 'not_found')), 'not_found', 'error.not_found.title', false],
      [
        new AuthenticationError(problem(401, 'session_expired')),
        'session_expired',
        'error.unauthenticated.title',
        false,
      ],
      [
        new AuthenticationError(problem(401, 'invalid_api_key')),
        'invalid_api_key',
        'error.not_configured.title',
        false,
      ],
      [new RateLimitError(problem(429, 'rate_limited')), 'rate_limited', 'error.rate_limited.title', true],
      [new ServerError(problem(503, 'service_unavailable')), 'service_unavailable', 'error.unavailable.title', true],
      [new Error('boom'), 'unexpected', 'error.unexpected.title', true],
    ];
    for (const [error, code, title, retryable] of cases) {
      const message = errorMessage(error);
      deepEqual([message.code, message.title, message.retryable], [code, title, retryable], String(error));
    }
  });

  it('keeps a code from a newer server for support, and words it by HTTP status', () => {
    const message = errorMessage({ name: 'ApiError', status: 409, code: 'order_locked_for_audit', requestId: 'req_9' });
    equal(message.displayCode, 'order_locked_for_audit', 'the API’s code is what the buyer quotes');
    equal(message.title, 'error.action_unavailable.title', 'worded as a 409');
    equal(message.requestId, 'req_9', 'request id kept');
    equal(errorMessage({ status: 502 }).title, 'error.server_error.title', '5xx without a code');
  });
});
