// The storefront pages' own words: British English, only what differs from en.js (nothing yet).
export const parent = 'en';
export default {};
