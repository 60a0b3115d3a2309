import type { Address, Checkout, FieldError, UpdateCheckoutRequest } from '@txassist/contract/types';
import {
  ADDRESS_FIELDS,
  addressFromDraft,
  draftFromAddress,
  normalizePostalCode,
  validateAddress,
  type AddressDraft,
  type AddressErrorCode,
  type AddressErrors,
  type AddressField,
} from './address-rules.js';
import type { AddressStepState } from './views/address-step.js';
import type { AddressKind } from './views/address-form.js';

/**
 * The address step's form state, immutable: what the buyer typed (kept across every failure),
 * which fields they left, and the errors shown. Errors appear when a field is left or on Continue,
 * and clear as soon as the field is fixed.
 */
export interface AddressDraftState extends AddressStepState {
  readonly touched: ReadonlySet<string>;
}

/**
 * The checkout's address (the server fills in the buyer's default) is chosen, for the buyer to see and
 * confirm: as the saved address it is, else as a new one, typed in already.
 */
export function initialAddressState(checkout: Checkout | undefined): AddressDraftState {
  const saved = checkout?.saved_addresses ?? [];
  const current = checkout?.shipping_address ?? undefined;
  const draft = draftFromAddress(current);
  const same = (address: Address) => ADDRESS_FIELDS.every((field) => draftFromAddress(address)[field] === draft[field]);
  const chosen = current
    ? saved.find((entry) => same(entry.address))
    : (saved.find((entry) => entry.is_default) ?? saved[0]);
  return {
    savedAddresses: saved,
    choice: chosen?.id ?? 'new',
    shipping: draft,
    billing: draftFromAddress(checkout?.billing_address ?? undefined),
    billingSame: checkout?.billing_same_as_shipping ?? true,
    shippingErrors: {},
    billingErrors: {},
    showSummary: false,
    busy: false,
    touched: new Set(),
  };
}

const draftOf = (state: AddressDraftState, kind: AddressKind) => (kind === 'shipping' ? state.shipping : state.billing);

/** Errors of the fields the buyer has left (all of them after Continue). */
function shownErrors(draft: AddressDraft, touched: ReadonlySet<string>, kind: AddressKind): AddressErrors {
  const all = validateAddress(draft);
  return Object.fromEntries(
    Object.entries(all).filter(([field]) => touched.has(`${kind}.${field}`) || touched.has(`${kind}.*`)),
  );
}

function withErrors(state: AddressDraftState): AddressDraftState {
  return {
    ...state,
    shippingErrors: shownErrors(state.shipping, state.touched, 'shipping'),
    billingErrors: shownErrors(state.billing, state.touched, 'billing'),
  };
}

export function typed(
  state: AddressDraftState,
  kind: AddressKind,
  field: AddressField,
  value: string,
): AddressDraftState {
  const draft = { ...draftOf(state, kind), [field]: value };
  const next = { ...state, [kind]: draft };
  // A changed country changes the postal rules: check the postal code again if it was shown.
  const touched =
    field === 'country' && draft.postal_code ? new Set([...state.touched, `${kind}.country`]) : state.touched;
  return withErrors({ ...next, touched });
}

export function left(state: AddressDraftState, kind: AddressKind, field: AddressField): AddressDraftState {
  const value = draftOf(state, kind)[field];
  if (!value && !state.touched.has(`${kind}.${field}`)) return state; // tabbing through empty fields says nothing
  const draft = field === 'postal_code' ? { ...draftOf(state, kind), postal_code: normalizePostalCode(value) } : null;
  const next = draft ? { ...state, [kind]: draft } : state;
  return withErrors({ ...next, touched: new Set([...state.touched, `${kind}.${field}`]) });
}

/** Continue: every field checked. Returns the request to send, or the state with every error shown. */
export function submitted(state: AddressDraftState): { state: AddressDraftState; request?: UpdateCheckoutRequest } {
  const touched = new Set([...state.touched, 'shipping.*', ...(state.billingSame ? [] : ['billing.*'])]);
  const checked = withErrors({ ...state, touched });
  const shippingOk = state.choice !== 'new' || Object.keys(checked.shippingErrors).length === 0;
  const billingOk = state.billingSame || Object.keys(checked.billingErrors).length === 0;
  if (!shippingOk || !billingOk) return { state: { ...checked, showSummary: true } };
  const request: UpdateCheckoutRequest = {
    ...(state.choice === 'new'
      ? { shipping_address: addressFromDraft(state.shipping) }
      : { saved_address_id: state.choice as `adr_${string}` }),
    billing_same_as_shipping: state.billingSame,
    ...(state.billingSame ? {} : { billing_address: addressFromDraft(state.billing) }),
  };
  return { state: { ...checked, showSummary: false }, request };
}

const SERVER_CODES: Record<string, AddressErrorCode> = {
  postal_code_required: 'postal_required',
  postal_code_invalid: 'postal_invalid',
  region_required: 'region_required',
  phone_invalid: 'phone_invalid',
};

/** The server refused the address (`shipping_address.region` …): show its errors on the fields, per country. */
export function refused(state: AddressDraftState, errors: readonly FieldError[]): AddressDraftState {
  const shippingErrors: { [K in AddressField]?: AddressErrorCode } = { ...state.shippingErrors };
  const billingErrors: { [K in AddressField]?: AddressErrorCode } = { ...state.billingErrors };
  for (const error of errors) {
    const [kind, field] = error.path.split('.') as [string, AddressField];
    const code = SERVER_CODES[error.code] ?? (field === 'postal_code' ? 'postal_invalid' : undefined);
    if (!code) continue;
    if (kind === 'shipping_address') shippingErrors[field] = code;
    if (kind === 'billing_address') billingErrors[field] = code;
  }
  return { ...state, shippingErrors, billingErrors, showSummary: true };
}
