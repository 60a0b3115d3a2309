/**
 * Part of the card fields page's script (`frame-script.ts`, inside its function): the card checks
 * (brand, Luhn, length, expiry, CVC) and the formatting that keeps the caret after the same digit.
 * Plain browser JavaScript with no imports, kept as a string like the rest.
 */
export const CARD_CHECKS_SCRIPT = String.raw`  // ---- validation --------------------------------------------------------------------------

  var BRANDS = [
    ['amex', /^3[47]/, [15], 4],
    ['diners', /^3(0[0-5]|[689])/, [14, 15, 16, 17, 18, 19], 3],
    ['jcb', /^35(2[89]|[3-8])/, [16, 17, 18, 19], 3],
    ['visa', /^4/, [13, 16, 19], 3],
    ['mastercard', /^(5[1-5]|222[1-9]|22[3-9]|2[3-6]|27[01]|2720)/, [16], 3],
    ['discover', /^(6011|65|64[4-9])/, [16, 17, 18, 19], 3],
    ['unionpay', /^62/, [16, 17, 18, 19], 3],
  ];

  function digitsOf(value) {
    return value.replace(/\D/g, '');
  }

  function brandOf(digits) {
    for (var i = 0; i < BRANDS.length; i++) if (BRANDS[i][1].test(digits)) return BRANDS[i];
    return ['unknown', null, [12, 13, 14, 15, 16, 17, 18, 19], 3];
  }

  function luhn(digits) {
    var sum = 0;
    for (var i = 0; i < digits.length; i++) {
      var digit = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    return sum % 10 === 0;
  }

  function numberError(digits) {
    if (digits.length === 0) return 'number_required';
    var lengths = brandOf(digits)[2];
    var max = Math.max.apply(null, lengths);
    if (digits.length > max) return 'number_invalid';
    if (lengths.indexOf(digits.length) === -1) return digits.length < max ? 'number_incomplete' : 'number_invalid';
    return luhn(digits) ? null : 'number_invalid';
  }

  /** "MM / YY", "MM/YY", "MMYY", "MM / YYYY" → { month, year } or null. */
  function parseExpiry(value) {
    var digits = digitsOf(value);
    if (digits.length !== 4 && digits.length !== 6) return null;
    var month = Number(digits.slice(0, 2));
    var year = Number(digits.slice(2));
    if (digits.length === 4) year += 2000;
    if (month < 1 || month > 12) return null;
    return { month: month, year: year };
  }

  function expiryError(value) {
    if (digitsOf(value).length === 0) return 'expiry_required';
    var expiry = parseExpiry(value);
    if (!expiry) return 'expiry_invalid';
    var now = new Date();
    var thisMonth = now.getFullYear() * 12 + now.getMonth();
    var cardMonth = expiry.year * 12 + expiry.month - 1;
    if (cardMonth < thisMonth) return 'expiry_past';
    if (cardMonth > thisMonth + 12 * 20) return 'expiry_invalid';
    return null;
  }

  function cvcLength() {
    return brandOf(digitsOf(inputs.number.value))[3];
  }

  function cvcError(value) {
    var digits = digitsOf(value);
    if (digits.length === 0) return 'cvc_required';
    return digits.length === cvcLength() ? null : 'cvc_incomplete';
  }

  function errorOf(field) {
    var value = inputs[field].value;
    if (field === 'number') return numberError(digitsOf(value));
    if (field === 'expiry') return expiryError(value);
    return cvcError(value);
  }

  // ---- formatting (keeps the caret after the same digit) -----------------------------------

  function groupNumber(digits) {
    var brand = brandOf(digits)[0];
    var groups = brand === 'amex' ? [4, 6, 5] : brand === 'diners' && digits.length === 14 ? [4, 6, 4] : [4, 4, 4, 4, 3];
    var parts = [];
    var at = 0;
    for (var i = 0; i < groups.length && at < digits.length; i++) {
      parts.push(digits.slice(at, at + groups[i]));
      at += groups[i];
    }
    if (at < digits.length) parts.push(digits.slice(at));
    return parts.join(' ');
  }

  function formatExpiry(digits, deleting) {
    if (digits.length === 1 && Number(digits) > 1) digits = '0' + digits;
    if (digits.length < 2) return digits;
    if (digits.length === 2) return deleting ? digits : digits + ' / ';
    return digits.slice(0, 2) + ' / ' + digits.slice(2, 6);
  }

  function reformat(input, formatted) {
    var caret = input.selectionStart === null ? input.value.length : input.selectionStart;
    var digitsBefore = digitsOf(input.value.slice(0, caret)).length;
    input.value = formatted;
    var position = 0;
    var seen = 0;
    while (position < formatted.length && seen < digitsBefore) {
      if (/\d/.test(formatted[position])) seen++;
      position++;
    }
    if (seen === digitsBefore && digitsBefore === digitsOf(formatted).length) position = formatted.length;
    input.setSelectionRange(position, position);
  }

`;
