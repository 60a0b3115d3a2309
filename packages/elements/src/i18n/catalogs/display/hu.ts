import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hu = {
  'display.heading': 'Megjelenítés',
  'display.intro':
    'Nagyítsa a szöveget, vagy növelje a kontrasztot az áruház rendelési és fizetési oldalain. Ez az eszköz megjegyzi a beállítást.',
  'display.text_size': 'Szövegméret',
  'display.contrast': 'Nagy kontraszt',
  'display.contrast_hint': 'Erősebb színek és szegélyek.',
  'display.preview': 'Előnézet: a rendelését feladtuk, csütörtökön érkezik.',
  'display.changed_on': 'Szövegméret: {size}, nagy kontraszt bekapcsolva.',
  'display.changed_off': 'Szövegméret: {size}, nagy kontraszt kikapcsolva.',
  'display.open': 'Szövegméret és kontraszt',
} as const satisfies CompleteCatalog<'display'>;

export default hu;
