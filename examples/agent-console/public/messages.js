// The agent console's words: one catalog (English), looked up by key. Plural entries hold the forms
// Intl.PluralRules picks from; {name} is filled in by t(). Codes the API or the console's server
// answer with are worded under `error.<code>`; an unknown code gets `error.unknown` (the code is shown too).

export const MESSAGES = {
  'page.title': 'Review queue · txassist agent console',
  brand: 'txassist · agent console',
  'signIn.heading': 'Staff sign-in',
  'signIn.intro': 'Sign in with your staff email and password, then the code from your authenticator app.',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.continue': 'Continue',
  'signIn.codeHeading': 'Code from your authenticator app',
  'signIn.code': '6-digit code',
  'signIn.codeHint': 'Open your authenticator app and enter the code it shows for txassist now.',
  'signIn.submit': 'Sign in',
  'signIn.restart': 'Use another account',
  'signIn.busy': 'Checking…',
  'signIn.signedOut': 'You are signed out.',
  'account.signedInAs': 'Signed in as {email}',
  'account.signOut': 'Sign out',
  'queue.heading': 'Escalated cases',
  'queue.intro': 'Oldest first. Each decision is written to the audit log.',
  'queue.loading': 'Loading the queue…',
  'queue.count': { one: '{count} case waiting.', other: '{count} cases waiting.' },
  'queue.empty': 'No escalated cases. Well done.',
  'queue.failed': 'The queue could not be loaded: {error} Reload the page to try again.',
  'queue.age': 'in the queue for {age}',
  'queue.waitingOn': 'waiting for the {party}',
  'queue.flags': { one: '{count} fraud flag', other: '{count} fraud flags' },
  'case.heading': 'Case about order {number}',
  'case.status': 'Status',
  'case.reason': 'Reason',
  'case.outcome': 'Buyer asked for',
  'case.amount': 'Amount in dispute',
  'case.description': 'Description',
  'case.buyer': 'Buyer',
  'case.thread': 'Thread',
  'case.attachment': 'Attachment: {name}',
  'case.evidence': 'Evidence',
  'case.noEvidence': 'No evidence.',
  'case.evidenceFile': '{name} · {type} · {size} · from the {party}',
  'case.view': 'View {name}',
  'case.download': 'Download {name}',
  'case.evidenceAlt': 'Evidence from the {party}: {name}',
  'case.evidenceCaption': '{name} ({size})',
  'case.money': 'Money and refund requests',
  'case.captured': 'Paid by the buyer',
  'case.refunded': 'Refunded so far',
  'case.refundRequests': 'Refund requests',
  'case.none': 'None',
  'case.refundRequest': '{type}: {status}',
  'case.orderHeading': 'Order and parcels',
  'case.history': 'History',
  'case.historyEntry': '{when} · {party}: {action}',
  'case.closed': 'This case is closed: {status}.',
  'ask.heading': 'Ask for information',
  'ask.legend': 'Ask',
  'ask.buyer': 'the buyer',
  'ask.seller': 'the seller',
  'ask.question': 'Question',
  'ask.submit': 'Send question',
  'ask.sent': 'Question sent to the {party}.',
  'decide.heading': 'Decide',
  'decide.legend': 'In favour of',
  'decide.buyer': 'the buyer (refund)',
  'decide.seller': 'the seller',
  'decide.amount': 'Refund amount in {currency}',
  'decide.amountHint': 'For example {example}. Up to {max} can still be refunded.',
  'decide.reason': 'Reason (the buyer and the seller read it)',
  'decide.submit': 'Decide',
  'decide.done': 'Decided: {status}.',
  'error.withCode': '{message} (code: {code})',
  'error.unknown': 'Something went wrong. Try again; if it keeps happening, tell the platform team.',
  'error.invalid_credentials':
    'The email or password is not right, or the account is locked for a while after too many tries. Check them and try again, or wait 15 minutes.',
  'error.mfa_invalid': 'That code is not right or was already used. Enter the code your app shows now.',
  'error.mfa_required': 'Enter the 6-digit code from your authenticator app.',
  'error.code_format': 'Enter the 6 digits of the code, without spaces.',
  'error.credentials_missing': 'Enter your email and password.',
  'error.sign_in_expired': 'The sign-in took too long. Start again with your email and password.',
  'error.not_signed_in': 'Sign in to see the queue.',
  'error.session_expired': 'Your staff session ended. Sign in again.',
  'error.rate_limited': 'Too many tries. Wait a minute, then try again.',
  'error.validation_failed': 'Some of the details are not valid. Check them and try again.',
  'error.refund_limit_exceeded': 'The refund is more than can still be refunded on this order. Enter a smaller amount.',
  'error.amount_invalid': 'Enter the refund as an amount in {currency}, like {example}.',
  'error.amount_zero': 'Enter a refund above zero, or decide for the seller.',
  'error.transition_not_allowed': 'The case has moved on since you opened it. Reopen it from the queue.',
  'error.forbidden': 'Your account may not do this. Ask an admin.',
  'error.not_found': 'That case or file no longer exists. Reload the queue.',
  'error.api_unreachable': 'The Transaction API did not answer. Check that it is running, then try again.',
  'error.evidence_failed': 'The file could not be opened. Try again or download it.',
  'status.awaiting_seller': 'Waiting for the seller',
  'status.offer_pending': 'Offer waiting for the buyer',
  'status.no_agreement': 'No agreement',
  'status.escalated': 'Escalated to review',
  'status.awaiting_info': 'Waiting for information',
  'status.settled': 'Settled between buyer and seller',
  'status.resolved_buyer': 'Decided for the buyer',
  'status.resolved_seller': 'Decided for the seller',
  'status.withdrawn': 'Withdrawn by the buyer',
  'reason.not_received': 'Not received',
  'reason.damaged': 'Arrived damaged',
  'reason.not_as_described': 'Not as described',
  'reason.wrong_item': 'Wrong item',
  'reason.missing_parts': 'Missing parts',
  'reason.unauthorized': 'Not authorised by the buyer',
  'reason.changed_mind': 'Changed their mind',
  'reason.other': 'Other',
  'outcome.full_refund': 'A full refund',
  'outcome.partial_refund': 'A partial refund',
  'outcome.replacement': 'A replacement',
  'outcome.return_and_refund': 'Return and refund',
  'party.buyer': 'buyer',
  'party.seller': 'seller',
  'party.agent': 'agent',
  'party.admin': 'admin',
  'party.system': 'txassist',
  'action.file': 'opened the dispute',
  'action.offer': 'made an offer',
  'action.reject': 'rejected the claim',
  'action.accept_offer': 'accepted the offer',
  'action.decline_offer': 'declined the offer',
  'action.seller_deadline_passed': 'the seller did not answer in time',
  'action.offer_lapsed': 'the offer lapsed',
  'action.escalate': 'escalated to review',
  'action.request_info': 'asked for information',
  'action.provide_info': 'answered the question',
  'action.decide_for_buyer': 'decided for the buyer',
  'action.decide_for_seller': 'decided for the seller',
  'action.withdraw': 'withdrew the dispute',
  'refundType.refund': 'Refund',
  'refundType.return_and_refund': 'Return and refund',
  'refundType.replacement': 'Replacement',
  'refundStatus.requested': 'requested',
  'refundStatus.countered': 'counter-offer made',
  'refundStatus.approved': 'approved',
  'refundStatus.rejected': 'rejected',
  'refundStatus.awaiting_buyer_shipment': 'waiting for the return parcel',
  'refundStatus.buyer_shipped': 'return on its way',
  'refundStatus.received': 'return received',
  'refundStatus.refunded': 'refunded',
  'refundStatus.replaced': 'replaced',
  'refundStatus.completed': 'completed',
  'refundStatus.cancelled': 'cancelled',
  unknownValue: 'Other ({value})',
};

const locale = () => document.documentElement.lang || 'en';

/** The message for `key` with `{name}` filled in; a plural entry picks its form by `vars.count`. */
export function t(key, vars = {}) {
  let entry = MESSAGES[key];
  if (entry === undefined) return key;
  if (typeof entry === 'object') {
    const form = new Intl.PluralRules(locale()).select(Number(vars.count));
    entry = entry[form] ?? entry.other;
  }
  return entry.replace(/\{(\w+)\}/g, (whole, name) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return name === 'count' ? new Intl.NumberFormat(locale()).format(value) : String(value);
  });
}

/** A value the API sends as a code (status, reason, party…), worded; an unknown one stays readable. */
export function label(group, value) {
  const key = `${group}.${value}`;
  return key in MESSAGES ? t(key) : t('unknownValue', { value: String(value).replaceAll('_', ' ') });
}

/** An error code in plain words, with the code for the record. */
export function errorText(code, fallback, vars = {}) {
  const key = `error.${code}`;
  const message = key in MESSAGES ? t(key, vars) : fallback || t('error.unknown');
  return t('error.withCode', { message, code });
}
