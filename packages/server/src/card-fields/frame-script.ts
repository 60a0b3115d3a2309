import { CARD_CHECKS_SCRIPT } from './frame-checks.js';

/**
 * The script of the hosted card fields page: plain browser JavaScript (no imports, no framework),
 * sent inline with the page's CSP nonce. It reads its configuration from the page's JSON block,
 * talks only to the parent origin the server checked, validates the card (Luhn, brand, expiry, CVC
 * length), and on `tx-card:tokenize` posts the card to `/v1/card-tokens` on its own origin.
 *
 * The card number, expiry and CVC never leave this document except in that one request; the parent
 * gets brand, last4 and expiry back, and the token.
 *
 * Kept as a string (not a function's `toString()`) so no compiler helper can sneak into it. The checks
 * and formatting of the fields (pure functions) are in `frame-checks.ts`.
 */
export const FRAME_SCRIPT = String.raw`
(function () {
  'use strict';
  var V = 1;
  var config = JSON.parse(document.getElementById('tx-card-config').textContent);
  var PARENT = config.parentOrigin;
  var TOKEN_URL = config.tokenUrl;
  var form = document.getElementById('card');
  var inputs = {
    number: document.getElementById('number'),
    expiry: document.getElementById('expiry'),
    cvc: document.getElementById('cvc'),
  };
  var FIELDS = ['number', 'expiry', 'cvc'];
  var alertRegion = document.getElementById('alert');
  var statusRegion = document.getElementById('status');
  var brandBadge = document.getElementById('brand');
  var text = null;
  var publishableKey = '';
  var touched = { number: false, expiry: false, cvc: false };
  var shownErrors = { number: null, expiry: null, cvc: null };
  var lastBrand = 'unknown';
  var busy = false;

  function post(message) {
    message.v = V;
    window.parent.postMessage(message, PARENT);
  }

${CARD_CHECKS_SCRIPT}  // ---- state and errors --------------------------------------------------------------------

  function stateNow() {
    var fields = {};
    var complete = true;
    for (var i = 0; i < FIELDS.length; i++) {
      var field = FIELDS[i];
      var error = errorOf(field);
      if (error) complete = false;
      fields[field] = {
        empty: digitsOf(inputs[field].value).length === 0,
        complete: !error,
        error: touched[field] ? error : null,
      };
    }
    var active = document.activeElement;
    var focused = active && FIELDS.indexOf(active.id) !== -1 && document.hasFocus() ? active.id : null;
    return {
      brand: brandOf(digitsOf(inputs.number.value))[0],
      complete: complete,
      focused: focused,
      fields: fields,
    };
  }

  function showError(field, error) {
    var input = inputs[field];
    var box = document.getElementById(field + '-error');
    shownErrors[field] = error;
    input.setAttribute('aria-invalid', error ? 'true' : 'false');
    box.textContent = error && text ? text.errors[error] : '';
    box.hidden = !error;
    input.parentElement.parentElement.classList.toggle('invalid', Boolean(error));
  }

  function announce(region, message) {
    region.textContent = region.textContent === message ? message + '\u00a0' : message;
  }

  function updateHints() {
    if (!text) return;
    var amex = brandOf(digitsOf(inputs.number.value))[0] === 'amex';
    document.getElementById('cvc-hint').textContent = amex ? text.cvcHintAmex : text.cvcHint;
    inputs.cvc.maxLength = amex ? 4 : 3;
  }

  function report() {
    var state = stateNow();
    if (state.brand !== lastBrand) {
      lastBrand = state.brand;
      brandBadge.textContent = text && state.brand !== 'unknown' ? text.brands[state.brand] : '';
      if (text && state.brand !== 'unknown')
        announce(statusRegion, text.brandDetected.replace('{brand}', text.brands[state.brand]));
      updateHints();
    }
    post({ type: 'tx-card:change', state: state });
    return state;
  }

  function onInput(event) {
    var input = event.target;
    var field = input.id;
    var deleting = event.inputType && event.inputType.indexOf('delete') === 0;
    var digits = digitsOf(input.value);
    if (field === 'number') reformat(input, groupNumber(digits.slice(0, 19)));
    else if (field === 'expiry') reformat(input, formatExpiry(digits.slice(0, 6), deleting));
    else reformat(input, digits.slice(0, 4));
    // An error already shown clears as soon as the field is fixed; a new one waits for blur.
    if (shownErrors[field] && !errorOf(field)) showError(field, null);
    report();
  }

  function onBlur(event) {
    var field = event.target.id;
    // Tabbing through an empty field says nothing yet (only where focus went).
    if (digitsOf(event.target.value).length === 0 && !touched[field]) {
      report();
      return;
    }
    touched[field] = true;
    var error = errorOf(field);
    if (error !== shownErrors[field]) {
      showError(field, error);
      if (error && text) announce(alertRegion, text.errors[error]);
    }
    report();
  }

  // ---- tokenize ----------------------------------------------------------------------------

  function tokenize(id) {
    if (busy) return;
    var firstInvalid = null;
    for (var i = 0; i < FIELDS.length; i++) {
      var field = FIELDS[i];
      touched[field] = true;
      var error = errorOf(field);
      showError(field, error);
      if (error && !firstInvalid) firstInvalid = field;
    }
    var state = report();
    if (firstInvalid) {
      if (text) announce(alertRegion, text.errors[shownErrors[firstInvalid]]);
      inputs[firstInvalid].focus();
      post({ type: 'tx-card:invalid', id: id, state: state });
      return;
    }
    var expiry = parseExpiry(inputs.expiry.value);
    busy = true;
    form.setAttribute('aria-busy', 'true');
    fetch(TOKEN_URL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Tx-Publishable-Key': publishableKey,
        'Idempotency-Key': 'card-' + id + '-' + Math.random().toString(36).slice(2),
      },
      body: JSON.stringify({
        number: digitsOf(inputs.number.value),
        exp_month: expiry.month,
        exp_year: expiry.year,
        cvc: digitsOf(inputs.cvc.value),
      }),
    })
      .then(function (response) {
        return response.json().then(
          function (body) {
            return { response: response, body: body };
          },
          function () {
            return { response: response, body: {} };
          },
        );
      })
      .then(function (result) {
        var body = result.body || {};
        if (!result.response.ok) {
          if (text) announce(alertRegion, text.tokenizeFailed);
          post({ type: 'tx-card:failed', id: id, code: String(body.code || 'internal_error'), status: result.response.status });
          return;
        }
        post({
          type: 'tx-card:token',
          id: id,
          card: {
            token: String(body.token || body.id),
            brand: String(body.brand || state.brand),
            last4: String(body.last4),
            exp_month: Number(body.exp_month),
            exp_year: Number(body.exp_year),
          },
        });
      })
      .catch(function () {
        if (text) announce(alertRegion, text.tokenizeFailed);
        post({ type: 'tx-card:failed', id: id, code: 'network_error', status: 0 });
      })
      .then(function () {
        busy = false;
        form.removeAttribute('aria-busy');
      });
  }

  // ---- words and looks from the page -------------------------------------------------------

  var CSS_VALUE = /^[^;{}<>\\]{1,200}$/;
  var APPEARANCE = {
    colorText: '--text',
    colorTextMuted: '--muted',
    colorSurface: '--surface',
    colorBorder: '--border',
    colorDanger: '--danger',
    colorFocus: '--focus',
    fontFamily: '--font',
    fontSize: '--size',
    radius: '--radius',
  };

  function applyText(message) {
    text = message.text;
    publishableKey = String(message.publishableKey || '');
    document.documentElement.lang = String(message.lang || 'en');
    document.documentElement.dir = message.dir === 'rtl' ? 'rtl' : 'ltr';
    document.title = text.legend;
    document.getElementById('legend').textContent = text.legend;
    document.getElementById('number-label').textContent = text.number;
    document.getElementById('expiry-label').textContent = text.expiry;
    document.getElementById('expiry-hint').textContent = text.expiryHint;
    document.getElementById('cvc-label').textContent = text.cvc;
    updateHints();
    for (var i = 0; i < FIELDS.length; i++) showError(FIELDS[i], shownErrors[FIELDS[i]]);
    var appearance = message.appearance || {};
    for (var key in APPEARANCE) {
      var value = appearance[key];
      if (typeof value === 'string' && CSS_VALUE.test(value))
        document.documentElement.style.setProperty(APPEARANCE[key], value);
    }
    form.hidden = false;
    sendHeight();
  }

  function clearAll() {
    for (var i = 0; i < FIELDS.length; i++) {
      inputs[FIELDS[i]].value = '';
      touched[FIELDS[i]] = false;
      showError(FIELDS[i], null);
    }
    report();
  }

  var lastHeight = 0;
  function sendHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: 'tx-card:resize', height: height });
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== PARENT || event.source !== window.parent) return;
    var message = event.data;
    if (!message || typeof message !== 'object' || message.v !== V) return;
    if (message.type === 'tx-card:init' && message.text && typeof message.text === 'object') applyText(message);
    else if (message.type === 'tx-card:tokenize' && typeof message.id === 'string') tokenize(message.id);
    else if (message.type === 'tx-card:clear') clearAll();
    else if (message.type === 'tx-card:focus') {
      var target = inputs[message.field] || inputs.number;
      target.focus();
    }
  });

  for (var i = 0; i < FIELDS.length; i++) {
    inputs[FIELDS[i]].addEventListener('input', onInput);
    inputs[FIELDS[i]].addEventListener('blur', onBlur);
    inputs[FIELDS[i]].addEventListener('focus', report);
  }
  // Three text inputs and no submit button: browsers do not submit on Enter, so the page is told.
  form.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    post({ type: 'tx-card:submit' });
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  // A height only once the labelled fields show (applyText): the page takes the first one as "shown".
  if (typeof ResizeObserver === 'function')
    new ResizeObserver(function () {
      if (text) sendHeight();
    }).observe(document.documentElement);
  post({ type: 'tx-card:ready' });
})();
`;
