// The agent console's words in British English: only what differs from en.js (nothing yet: en.js already
// writes authorised, favour, cancelled and parcel).
export const parent = 'en';
export default {};
