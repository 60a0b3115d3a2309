import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in English (the source every other locale translates). */
export default {
  payment_method: {
    title: 'Add or change a payment method',
    keywords: 'card credit debit wallet pay payment declined saved card',
    steps: [
      'Open your checkout and go to the Payment step (choose Change if you have already finished it).',
      'Choose a saved card, enter a new card, pay with the TxPay wallet, or choose cash on delivery where it is offered. An expired card cannot be chosen.',
      'Go on to Review and choose Place order and pay.',
      'If a payment was declined, choose Try another card in Help: your address and delivery choice are kept.',
    ],
  },
  track_parcel: {
    title: 'Track a parcel',
    keywords: 'delivery shipment shipping package tracking number carrier where is my order late',
    steps: [
      'Open your orders and choose the order.',
      'Each parcel shows its status, when it should arrive, the carrier and the tracking number (Copy copies it).',
      'Choose Show all updates to see every update from the carrier, newest first.',
      'If a parcel is late or has a problem, choose Contact the seller, Report not received or Get help.',
    ],
  },
  request_refund: {
    title: 'Request a refund',
    keywords: 'money back refund reimbursement cancel',
    steps: [
      'Open the order and choose Request a refund. The page shows until when you can ask.',
      'Choose Refund, pick the items and quantities, and give a reason (a note is optional).',
      'Check the amount and send the request. The seller must answer by the date shown; if they do not, it is approved.',
      'Follow the request on the same page: accept or decline a partial offer, or cancel the request while you still can.',
    ],
  },
  start_return: {
    title: 'Start a return',
    keywords: 'return send back exchange replacement label',
    steps: [
      'Open the order, choose Request a refund, then Return and refund (or Replacement).',
      'Pick the items and quantities, give a reason and send the request.',
      'When the seller agrees, the return label appears with the carrier, the tracking number and the date to send it by.',
      'Send the parcel and choose I’ve sent it. The refund follows when the seller receives it.',
    ],
  },
  open_dispute: {
    title: 'Open a dispute',
    keywords: 'dispute complaint problem not received damaged wrong item case claim',
    steps: [
      'Open the order and choose Report a problem.',
      'Choose a reason and the items, describe what happened, and say what you want: a refund, a replacement, or a return and refund.',
      'Add photos or documents if you have them, then send. Your draft is kept on this device if you leave.',
      'Follow the case: answer the seller’s offer, reply to messages, and choose Ask our team to decide when it is offered.',
    ],
  },
  notifications: {
    title: 'Manage notifications',
    keywords: 'notifications email sms text messages alerts preferences unsubscribe',
    steps: [
      'Open your orders and choose the Notification settings tab.',
      'Each kind of message has a switch for each channel, such as email or text message.',
      'Turn a switch on or off: the change is saved at once.',
    ],
  },
  your_data: {
    title: 'Download or erase your data',
    keywords: 'privacy personal data export delete erase account',
    steps: [
      'Open Privacy and choose Download my data. The file is prepared for you; download it when it is ready.',
      'To erase your data, choose Delete my data. You see what is removed, and what the law makes us keep and why.',
      'Open orders, refunds and disputes must be finished first; an unpaid order can be cancelled right there.',
      'Confirm, and your data is deleted.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Search the guides',
  search: 'Search',
  list: 'All guides',
  results: 'Guides that match “{query}”:',
  found: 'Guides found: {count}.',
  no_results:
    'No guide matches “{query}”. Try other words, or ask a person for help. If pages don’t load, check your connection.',
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thanks for telling us.',
  back: 'Back to guides',
  video: 'Video: {title}',
  captions: 'Captions',
  transcript: 'Transcript',
  no_video: 'This browser cannot play the video. The steps below say the same.',
} satisfies GuideWords;
