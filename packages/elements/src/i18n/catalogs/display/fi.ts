import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The Display setting in Finnish. */
const fi = {
  'display.heading': 'Näyttö',
  'display.intro':
    'Suurenna tekstiä tai lisää kontrastia tämän kaupan tilaus- ja kassasivuilla. Tämä laite muistaa valinnan.',
  'display.text_size': 'Tekstin koko',
  'display.contrast': 'Suuri kontrasti',
  'display.contrast_hint': 'Voimakkaammat värit ja reunat.',
  'display.preview': 'Esikatselu: tilauksesi on lähetetty ja saapuu torstaina.',
  'display.changed_on': 'Tekstin koko {size}, suuri kontrasti käytössä.',
  'display.changed_off': 'Tekstin koko {size}, suuri kontrasti pois käytöstä.',
  'display.open': 'Tekstin koko ja kontrasti',
} as const satisfies CompleteCatalog<'display'>;

export default fi;
