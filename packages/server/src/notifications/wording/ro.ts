import type { NotificationWording } from './types.js';

/** Emails and text messages in ro: each SMS is the subject and, where there is one, the next step. */
const wro: NotificationWording = {
  caseNoun: { dispute: 'dispută', refund_request: 'cerere de rambursare' },
  caseSubjects: {
    message_added: 'Mesaj nou în cazul dvs. pentru comanda {number}',
    offer_received: 'Vânzătorul v-a făcut o ofertă în cazul dvs. pentru comanda {number}',
    approved: 'Cazul dvs. pentru comanda {number} a fost aprobat',
    auto_approved: 'Cazul dvs. pentru comanda {number} a fost aprobat',
    rejected: 'Vânzătorul v-a refuzat cazul pentru comanda {number}',
    deadline_passed: 'Un termen din cazul dvs. pentru comanda {number} a expirat',
    escalated: 'Cazul dvs. pentru comanda {number} este acum la echipa noastră de asistență',
    info_requested: 'Avem nevoie de mai multe informații despre cazul dvs. pentru comanda {number}',
    decided: 'S-a luat o decizie în cazul dvs. pentru comanda {number}',
    return_label_ready: 'Eticheta de retur pentru comanda {number} este gata',
    return_received: 'Vânzătorul a primit returul dvs. pentru comanda {number}',
    refund_issued: 'Rambursarea pentru comanda {number} este pe drum',
    replacement_shipped: 'Produsul de înlocuire pentru comanda {number} a fost expediat',
  },
  caseSms: {
    message_added: 'Mesaj nou în cazul dvs. pentru comanda {number}. Deschideți pagina comenzii pentru a-l citi.',
    offer_received:
      'Vânzătorul v-a făcut o ofertă în cazul dvs. pentru comanda {number}. Deschideți pagina comenzii pentru a răspunde.',
    approved: 'Cazul dvs. pentru comanda {number} a fost aprobat.',
    auto_approved: 'Cazul dvs. pentru comanda {number} a fost aprobat.',
    rejected:
      'Vânzătorul v-a refuzat cazul pentru comanda {number}. Deschideți pagina comenzii pentru a vedea opțiunile.',
    deadline_passed:
      'Un termen din cazul dvs. pentru comanda {number} a expirat. Deschideți pagina comenzii pentru pasul următor.',
    escalated: 'Cazul dvs. pentru comanda {number} este acum la echipa noastră de asistență.',
    info_requested:
      'Avem nevoie de mai multe informații despre cazul dvs. pentru comanda {number}. Deschideți pagina comenzii pentru a răspunde.',
    decided: 'S-a luat o decizie în cazul dvs. pentru comanda {number}. Deschideți pagina comenzii pentru a o vedea.',
    return_label_ready:
      'Eticheta de retur pentru comanda {number} este gata. Deschideți pagina comenzii pentru a o descărca.',
    return_received: 'Vânzătorul a primit returul dvs. pentru comanda {number}.',
    refund_issued: 'Rambursarea pentru comanda {number} este pe drum.',
    replacement_shipped: 'Produsul de înlocuire pentru comanda {number} a fost expediat.',
  },
  caseSubjectOther: 'Noutăți în cazul dvs. pentru comanda {number}',
  caseSmsOther: 'Noutăți în cazul dvs. pentru comanda {number}.',
  caseText: '{subject}. Conectați-vă și deschideți comanda pentru a vedea detaliile și pașii următori.',
  statusSubjects: {
    awaiting_shipment: 'Comanda dvs. {number} este confirmată',
    in_transit: 'Comanda dvs. {number} este pe drum',
    delivered: 'Comanda dvs. {number} a fost livrată',
    cancelled: 'Comanda dvs. {number} a fost anulată',
  },
  milestoneSubjects: {
    out_for_delivery: 'Comanda dvs. {number} se livrează astăzi',
    failed_attempt: 'Nu am putut livra comanda dvs. {number}',
    exception: 'Există o problemă la livrarea comenzii {number}',
    available_for_pickup: 'Comanda dvs. {number} este gata de ridicare',
    expired: 'Urmărirea comenzii {number} nu se mai actualizează',
    delayed: 'Comanda dvs. {number} întârzie',
  },
  orderSubjectOther: 'Noutăți despre comanda {number}',
  orderText: '{subject}. Deschideți pagina comenzii pentru detalii.',
  guestTrackText: 'Urmăriți comanda la {url} cu numărul de comandă {number} și această adresă de e-mail.',
  supportReplySubject: 'Echipa noastră de asistență a răspuns la întrebarea dvs. despre comanda {number}',
  supportReplySubjectNoOrder: 'Echipa noastră de asistență a răspuns la întrebarea dvs.',
  supportReplyText:
    '{subject}. Conectați-vă și deschideți conversația cu asistența pentru a citi răspunsul și a răspunde.',
  supportReplySms:
    'Echipa noastră de asistență a răspuns la întrebarea dvs. despre comanda {number}. Conectați-vă pentru a citi răspunsul.',
  supportReplySmsNoOrder:
    'Echipa noastră de asistență a răspuns la întrebarea dvs. Conectați-vă pentru a citi răspunsul.',
  statusSms: {
    awaiting_shipment: 'Comanda dvs. {number} este confirmată.',
    in_transit: 'Comanda dvs. {number} este pe drum.',
    delivered: 'Comanda dvs. {number} a fost livrată.',
    cancelled: 'Comanda dvs. {number} a fost anulată.',
  },
  milestoneSms: {
    out_for_delivery: 'Comanda dvs. {number} se livrează astăzi.',
    failed_attempt: 'Nu am putut livra comanda dvs. {number}. Deschideți pagina comenzii pentru pasul următor.',
    exception: 'Există o problemă la livrarea comenzii {number}. Deschideți pagina comenzii pentru pasul următor.',
    available_for_pickup: 'Comanda dvs. {number} este gata de ridicare.',
    expired: 'Urmărirea comenzii {number} nu se mai actualizează. Deschideți pagina comenzii pentru pasul următor.',
    delayed: 'Comanda dvs. {number} întârzie. Deschideți pagina comenzii pentru cea mai nouă estimare.',
  },
  orderSmsOther: 'Noutăți despre comanda {number}.',
};

export default wro;
