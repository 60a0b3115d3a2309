// The creator page's words: Mexican Spanish, only what differs from es.js (then English).
export const parent = 'es';
export default {
  'index.video': 'Video: Mia se aplica el sérum y el tinte de labios',
  'index.pitch': 'Todo lo de este video, enviado hasta tu puerta.',
};
