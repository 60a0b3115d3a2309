import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ca = {
  'outcome.declined.heading': 'El pagament no s’ha pogut fer',
  'outcome.declined.kept':
    'Tota la resta que has introduït es manté. Només cal tornar a escriure les dades de la targeta.',

  'outcome.challenge.heading': 'Confirma que ets tu',
  'outcome.challenge.code': 'Codi de verificació',
  'outcome.challenge.code_hint': 'Pots enganxar el codi. Caduca a les {time}.',
  'outcome.challenge.verify': 'Verifica i paga',
  'outcome.challenge.resend': 'Envia un codi nou',
  'outcome.challenge.resend_wait': 'Pots demanar un codi nou d’aquí a {seconds} s.',
  'outcome.challenge.resent': 'T’hem enviat un codi nou. Només funciona el més recent.',
  'outcome.challenge.attempts_left': 'Intents restants: {count}',
  'outcome.challenge.required': 'Introdueix el codi de 6 xifres que t’hem enviat.',
  'outcome.challenge.format': 'El codi té 6 xifres. Comprova’l i torna’l a introduir.',
  'outcome.challenge.wrong': 'Aquest codi no és correcte. Mira el missatge més recent i torna-ho a provar.',
  'outcome.challenge.expired': 'Aquest codi ha caducat. Envia’n un de nou i introdueix-lo.',
  'outcome.challenge.locked':
    'Massa codis incorrectes, així que hem aturat aquest pagament per protegir-te. Tria una altra manera de pagar o torna-ho a provar més tard.',
  'outcome.challenge.verifying': 'S’està comprovant el codi…',

  'outcome.wallet.returned': 'Hola de nou. Estem confirmant el teu pagament amb TxPay…',
  'outcome.wallet.cancelled': 'Has sortit de TxPay sense pagar. Tria com vols pagar i torna-ho a provar.',

  'outcome.on_hold.heading': 'La comanda s’ha fet i espera una comprovació ràpida',
  'outcome.on_hold.body':
    'Estem comprovant aquest pagament abans de preparar la comanda. No cal que facis res: t’enviarem un correu quan estigui llest, normalment en menys d’un dia.',

  'outcome.confirmation.heading': 'Gràcies, la teva comanda s’ha fet',
  'outcome.confirmation.number': 'Número de comanda: {number}',
  'outcome.confirmation.paid': 'Pagat {total} amb {method}',
  'outcome.confirmation.cod_due': 'Tingues {total} a punt per al missatger.',
  'outcome.confirmation.track': 'Fes el seguiment de la comanda',
  'outcome.confirmation.next_heading': 'Què passa ara',
  'outcome.confirmation.next':
    'Ara el venedor prepara la comanda. T’avisarem quan sigui de camí i en pots fer el seguiment quan vulguis amb el número de comanda.',
  'outcome.failure.network':
    'No hem pogut connectar amb la botiga. Comprova la connexió i torna-ho a provar. No se’t cobrarà dues vegades.',
  'outcome.failure.generic':
    'Alguna cosa ha fallat per part nostra. Torna-ho a provar d’aquí a una estona; no se’t cobrarà dues vegades.',
} as const satisfies CompleteCatalog<'outcome'>;

export default ca;
