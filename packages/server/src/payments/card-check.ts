import type { CardBrand, CardFieldError, CreateCardTokenRequest, FieldError } from '@txassist/contract';

/** Luhn checksum over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Brand from the number's prefix (IIN ranges, simplified). */
export function cardBrand(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  if (/^35(2[89]|[3-8])/.test(digits)) return 'jcb';
  if (/^3(0[0-5]|[689])/.test(digits)) return 'diners';
  if (/^62/.test(digits)) return 'unionpay';
  return 'unknown';
}

const MESSAGES: Record<CardFieldError, string> = {
  number_required: 'Enter the card number.',
  number_incomplete: 'The card number is incomplete.',
  number_invalid: 'The card number is not valid; check it and try again.',
  expiry_required: 'Enter the expiry date.',
  expiry_invalid: 'The expiry date is not valid.',
  expiry_past: 'The card has expired; use another card.',
  cvc_required: 'Enter the security code.',
  cvc_incomplete: 'The security code is incomplete.',
};

const fieldError = (path: string, code: CardFieldError): FieldError => ({ path, code, message: MESSAGES[code] });

export interface CheckedCard {
  digits: string;
  brand: CardBrand;
}

/**
 * Validates card input. Errors carry the hosted fields' codes and never the value. `now` decides
 * whether the expiry month is past (a card is valid through the end of its expiry month).
 */
export function checkCard(input: CreateCardTokenRequest, now: Date): { card?: CheckedCard; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const digits = input.number.replace(/[\s-]/g, '');
  const brand = cardBrand(digits);
  if (digits === '') errors.push(fieldError('number', 'number_required'));
  else if (!/^\d+$/.test(digits)) errors.push(fieldError('number', 'number_invalid'));
  else if (digits.length > 19) errors.push(fieldError('number', 'number_invalid'));
  else if (digits.length < (brand === 'amex' ? 15 : brand === 'diners' ? 14 : 16))
    errors.push(fieldError('number', 'number_incomplete'));
  else if (!luhnValid(digits)) errors.push(fieldError('number', 'number_invalid'));

  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  if (input.exp_year < year || (input.exp_year === year && input.exp_month < month))
    errors.push(fieldError('exp_year', 'expiry_past'));
  else if (input.exp_year > year + 20) errors.push(fieldError('exp_year', 'expiry_invalid'));

  const cvc = input.cvc.trim();
  const cvcLength = brand === 'amex' ? 4 : 3;
  if (cvc === '') errors.push(fieldError('cvc', 'cvc_required'));
  else if (!/^\d+$/.test(cvc)) errors.push(fieldError('cvc', 'cvc_incomplete'));
  else if (cvc.length !== cvcLength) errors.push(fieldError('cvc', 'cvc_incomplete'));

  return errors.length > 0 ? { errors } : { card: { digits, brand }, errors };
}
