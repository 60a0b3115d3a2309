/**
 * Hosted card fields: the `postMessage` protocol between a page's checkout element and the card
 * iframe the API serves at `GET /v1/card-fields/frame?origin=<page origin>`.
 *
 * Card number, expiry and CVC are typed only inside the iframe (API origin); the page never sees
 * them. The page sends the iframe its words (labels and error texts, already translated) and asks it
 * to tokenize; the iframe answers with what is safe to hold: token, brand, last4 and expiry.
 *
 * Both sides check the other's origin: the iframe talks only to the origin it was served for (checked
 * against the registered origins by the server), the page only to the API origin.
 */

/** Protocol version; both sides ignore messages of another version. */
export const CARD_FIELDS_PROTOCOL = 1;

/** The three hosted inputs, in tab order. */
export const CARD_FIELDS = ['number', 'expiry', 'cvc'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

/** Card brands the hosted fields recognise from the number's prefix. */
export const CARD_BRANDS = ['visa', 'mastercard', 'amex', 'discover', 'jcb', 'diners', 'unionpay', 'unknown'] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

/** Why a hosted field is not valid (the iframe shows the matching text from `CardFieldsText.errors`). */
export const CARD_FIELD_ERRORS = [
  'number_required',
  'number_incomplete',
  'number_invalid',
  'expiry_required',
  'expiry_invalid',
  'expiry_past',
  'cvc_required',
  'cvc_incomplete',
] as const;
export type CardFieldError = (typeof CARD_FIELD_ERRORS)[number];

/** Every word the iframe shows, translated by the page (the server ships no catalog). */
export interface CardFieldsText {
  readonly legend: string;
  readonly number: string;
  readonly expiry: string;
  /** Hint under the expiry field, e.g. "MM / YY". */
  readonly expiryHint: string;
  readonly cvc: string;
  /** Hint under the CVC field (depends on the brand: 3 or 4 digits). */
  readonly cvcHint: string;
  readonly cvcHintAmex: string;
  /** Announced when the brand is recognised: `{brand}` is replaced by the brand's name. */
  readonly brandDetected: string;
  readonly brands: Readonly<Record<CardBrand, string>>;
  readonly errors: Readonly<Record<CardFieldError, string>>;
  /** Shown when tokenizing failed for a reason other than the fields (network, server). */
  readonly tokenizeFailed: string;
}

/** Colours and font for the iframe, so it matches the page (plain CSS values, checked by the iframe). */
export interface CardFieldsAppearance {
  readonly colorText?: string;
  readonly colorTextMuted?: string;
  readonly colorSurface?: string;
  readonly colorBorder?: string;
  readonly colorDanger?: string;
  readonly colorFocus?: string;
  readonly fontFamily?: string;
  readonly fontSize?: string;
  readonly radius?: string;
}

/** The state of one hosted field, as the page may know it (never its value). */
export interface CardFieldState {
  readonly empty: boolean;
  readonly complete: boolean;
  /** Set once the buyer left the field (or asked to pay) and it is not valid. */
  readonly error: CardFieldError | null;
}

export interface CardFieldsState {
  readonly brand: CardBrand;
  /** All three fields are valid. */
  readonly complete: boolean;
  /** The field that has keyboard focus, if any (the page may outline the frame, tests wait for it). */
  readonly focused: CardField | null;
  readonly fields: Readonly<Record<CardField, CardFieldState>>;
}

/** What tokenizing returns: nothing that identifies the card beyond its last four digits. */
export interface CardTokenResult {
  readonly token: string;
  readonly brand: CardBrand;
  readonly last4: string;
  readonly exp_month: number;
  readonly exp_year: number;
}

/** Page → iframe. */
export type CardFieldsCommand =
  | {
      readonly type: 'tx-card:init';
      readonly v: typeof CARD_FIELDS_PROTOCOL;
      readonly publishableKey: string;
      readonly lang: string;
      readonly dir: 'ltr' | 'rtl';
      readonly text: CardFieldsText;
      readonly appearance?: CardFieldsAppearance;
    }
  | { readonly type: 'tx-card:tokenize'; readonly v: typeof CARD_FIELDS_PROTOCOL; readonly id: string }
  | { readonly type: 'tx-card:clear'; readonly v: typeof CARD_FIELDS_PROTOCOL }
  | { readonly type: 'tx-card:focus'; readonly v: typeof CARD_FIELDS_PROTOCOL; readonly field?: CardField };

/** Iframe → page. */
export type CardFieldsReport =
  | { readonly type: 'tx-card:ready'; readonly v: typeof CARD_FIELDS_PROTOCOL }
  | { readonly type: 'tx-card:change'; readonly v: typeof CARD_FIELDS_PROTOCOL; readonly state: CardFieldsState }
  | { readonly type: 'tx-card:resize'; readonly v: typeof CARD_FIELDS_PROTOCOL; readonly height: number }
  /** The buyer pressed Enter in a card field: the page may treat it like its own submit button. */
  | { readonly type: 'tx-card:submit'; readonly v: typeof CARD_FIELDS_PROTOCOL }
  | {
      readonly type: 'tx-card:token';
      readonly v: typeof CARD_FIELDS_PROTOCOL;
      readonly id: string;
      readonly card: CardTokenResult;
    }
  | {
      readonly type: 'tx-card:invalid';
      readonly v: typeof CARD_FIELDS_PROTOCOL;
      readonly id: string;
      readonly state: CardFieldsState;
    }
  | {
      readonly type: 'tx-card:failed';
      readonly v: typeof CARD_FIELDS_PROTOCOL;
      readonly id: string;
      /** The API's problem `code`, or `network_error`. */
      readonly code: string;
      readonly status: number;
    };

/** Path of the iframe page on the API origin. */
export const CARD_FIELDS_FRAME_PATH = '/v1/card-fields/frame';
