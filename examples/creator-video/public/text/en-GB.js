// The creator page's words: British English, only what differs from en.js (then English).
export const parent = 'en';
export default {};
