import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'display.heading': 'Wygląd',
  'display.intro':
    'Powiększ tekst lub zwiększ kontrast na stronach zamówień i kasy tego sklepu. To urządzenie zapamięta ustawienia.',
  'display.text_size': 'Rozmiar tekstu',
  'display.contrast': 'Wysoki kontrast',
  'display.contrast_hint': 'Wyraźniejsze kolory i obramowania.',
  'display.preview': 'Podgląd: Twoje zamówienie zostało wysłane i dotrze w czwartek.',
  'display.changed_on': 'Rozmiar tekstu {size}, wysoki kontrast włączony.',
  'display.changed_off': 'Rozmiar tekstu {size}, wysoki kontrast wyłączony.',
  'display.open': 'Rozmiar tekstu i kontrast',
} as const satisfies CompleteCatalog<'display'>;

export default pl;
