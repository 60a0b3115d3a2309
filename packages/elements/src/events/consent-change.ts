import type { Consent, ConsentPurpose } from '@txassist/contract/types';

/** The buyer granted or withdrew a consent in the privacy center, and the API saved it. */
export class TxConsentChangeEvent extends Event {
  static readonly type = 'tx-consent-change';
  readonly purpose: ConsentPurpose;
  readonly granted: boolean;
  /** Every consent as the API answered after the change. */
  readonly consents: readonly Consent[];

  constructor(purpose: ConsentPurpose, granted: boolean, consents: readonly Consent[]) {
    super(TxConsentChangeEvent.type, { bubbles: true, composed: true });
    this.purpose = purpose;
    this.granted = granted;
    this.consents = consents;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-consent-change': TxConsentChangeEvent;
  }
}
