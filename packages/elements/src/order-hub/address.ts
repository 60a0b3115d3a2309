import type { Address } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';

const BULLETS = '•••';

/** Keeps the first `visible` characters (whole code points) and hides the rest. */
function keepStart(text: string, visible: number): string {
  const chars = [...text.trim()];
  return chars.length <= visible ? chars.join('') : `${chars.slice(0, visible).join('')}${BULLETS}`;
}

/** "María Fernanda López" → "María L.": enough to recognise, not enough to read off a screen. */
function maskName(name: string): string {
  const words = name.trim().split(/\s+/u);
  if (words.length === 1) return keepStart(words[0]!, 3);
  const initial = [...words.at(-1)!][0]!;
  return `${words[0]} ${initial}.`;
}

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The shipping address as the hub shows it: the name shortened, the street and postal code cut
 * after a few characters, the second line left out, the phone reduced to its last two digits. Town,
 * region and country stay whole, so the buyer can tell which address it is.
 */
export function maskedAddressLines(address: Address, translator: Translator): string[] {
  const lines = [maskName(address.name), keepStart(address.line1, 3)];
  const place = [address.postal_code ? keepStart(address.postal_code, 2) : '', address.city, address.region ?? '']
    .filter((part) => part.trim() !== '')
    .join(' ');
  lines.push(place, countryName(address.country, translator.locale));
  const digits = address.phone?.replace(/\D/g, '') ?? '';
  if (digits.length >= 2) lines.push(translator.t('order.phone', { digits: digits.slice(-2) }));
  return lines;
}
