import type { CompleteCatalog } from '../../catalog.js';

/** Catalan, with informal “tu” as Catalan shops address buyers online. */
const ca = {
  'status.unpaid.label': 'Pendent de pagament',
  'status.unpaid.explanation':
    'Encara no hem rebut el pagament. Completa’l perquè el venedor pugui preparar la comanda.',
  'status.on_hold.label': 'En espera',
  'status.on_hold.explanation':
    'El pagament s’ha fet. Durant una estona encara pots cancel·lar la comanda tu mateix abans que el venedor la comenci a preparar.',
  'status.awaiting_shipment.label': 'En preparació',
  'status.awaiting_shipment.explanation':
    'El venedor està empaquetant la comanda. Veuràs les dades de seguiment quan s’enviï.',
  'status.partially_shipped.label': 'Enviada parcialment',
  'status.partially_shipped.explanation':
    'Alguns dels teus articles són de camí. La resta arribarà en un altre paquet.',
  'status.awaiting_collection.label': 'Esperant el transportista',
  'status.awaiting_collection.explanation': 'El paquet és a punt i espera que el transportista el reculli.',
  'status.in_transit.label': 'De camí',
  'status.in_transit.explanation': 'El transportista té el paquet i te l’està portant.',
  'status.delivered.label': 'Lliurada',
  'status.delivered.explanation':
    'El transportista diu que el paquet s’ha lliurat. Si hi ha algun problema, encara pots demanar un reemborsament o una devolució.',
  'status.completed.label': 'Completada',
  'status.completed.explanation': 'Aquesta comanda s’ha completat. El termini de devolució s’ha tancat.',
  'status.cancelled.label': 'Cancel·lada',
  'status.cancelled.explanation':
    'Aquesta comanda s’ha cancel·lat. Si vas pagar, els diners tornen al mitjà de pagament original.',

  'error.code': 'Codi d’error: {code}',
  'error.retry': 'Torna-ho a provar',
  'error.retrying': 'S’està tornant a provar…',
  'error.not_configured.title': 'Aquesta pàgina no està ben configurada',
  'error.not_configured.next_step': 'Contacta amb el venedor i indica-li el codi d’error.',
  'error.network.title': 'Ara mateix no ens podem connectar',
  'error.network.next_step': 'Comprova la connexió a internet i torna-ho a provar.',
} as const satisfies CompleteCatalog<'core'>;

export default ca;
