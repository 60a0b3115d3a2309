import type { NotificationWording } from './types.js';

/** Emails and text messages in hr: each SMS is the subject and, where there is one, the next step. */
const whr: NotificationWording = {
  caseNoun: { dispute: 'spor', refund_request: 'zahtjev za povrat novca' },
  caseSubjects: {
    message_added: 'Nova poruka u vašem slučaju za narudžbu {number}',
    offer_received: 'Prodavatelj je dao ponudu u vašem slučaju za narudžbu {number}',
    approved: 'Vaš slučaj za narudžbu {number} je odobren',
    auto_approved: 'Vaš slučaj za narudžbu {number} je odobren',
    rejected: 'Prodavatelj je odbio vaš slučaj za narudžbu {number}',
    deadline_passed: 'Istekao je rok u vašem slučaju za narudžbu {number}',
    escalated: 'Vaš slučaj za narudžbu {number} preuzeo je naš tim za podršku',
    info_requested: 'Trebamo više informacija o vašem slučaju za narudžbu {number}',
    decided: 'Donesena je odluka o vašem slučaju za narudžbu {number}',
    return_label_ready: 'Vaša naljepnica za vraćanje za narudžbu {number} je spremna',
    return_received: 'Prodavatelj je primio vraćeni proizvod iz narudžbe {number}',
    refund_issued: 'Vaš povrat novca za narudžbu {number} je na putu',
    replacement_shipped: 'Zamjena za narudžbu {number} je poslana',
  },
  caseSms: {
    message_added: 'Nova poruka u vašem slučaju za narudžbu {number}. Otvorite stranicu narudžbe da je pročitate.',
    offer_received:
      'Prodavatelj je dao ponudu u vašem slučaju za narudžbu {number}. Otvorite stranicu narudžbe da odgovorite.',
    approved: 'Vaš slučaj za narudžbu {number} je odobren.',
    auto_approved: 'Vaš slučaj za narudžbu {number} je odobren.',
    rejected: 'Prodavatelj je odbio vaš slučaj za narudžbu {number}. Otvorite stranicu narudžbe za svoje mogućnosti.',
    deadline_passed:
      'Istekao je rok u vašem slučaju za narudžbu {number}. Otvorite stranicu narudžbe za sljedeći korak.',
    escalated: 'Vaš slučaj za narudžbu {number} preuzeo je naš tim za podršku.',
    info_requested:
      'Trebamo više informacija o vašem slučaju za narudžbu {number}. Otvorite stranicu narudžbe da odgovorite.',
    decided: 'Donesena je odluka o vašem slučaju za narudžbu {number}. Otvorite stranicu narudžbe da je vidite.',
    return_label_ready:
      'Vaša naljepnica za vraćanje za narudžbu {number} je spremna. Otvorite stranicu narudžbe da je preuzmete.',
    return_received: 'Prodavatelj je primio vraćeni proizvod iz narudžbe {number}.',
    refund_issued: 'Vaš povrat novca za narudžbu {number} je na putu.',
    replacement_shipped: 'Zamjena za narudžbu {number} je poslana.',
  },
  caseSubjectOther: 'Novosti o vašem slučaju za narudžbu {number}',
  caseSmsOther: 'Novosti o vašem slučaju za narudžbu {number}.',
  caseText: '{subject}. Prijavite se i otvorite narudžbu da vidite pojedinosti i što možete učiniti dalje.',
  statusSubjects: {
    awaiting_shipment: 'Vaša narudžba {number} je potvrđena',
    in_transit: 'Vaša narudžba {number} je na putu',
    delivered: 'Vaša narudžba {number} je dostavljena',
    cancelled: 'Vaša narudžba {number} je otkazana',
  },
  milestoneSubjects: {
    out_for_delivery: 'Vaša narudžba {number} danas je u dostavi',
    failed_attempt: 'Nismo mogli dostaviti vašu narudžbu {number}',
    exception: 'Postoji problem s dostavom narudžbe {number}',
    available_for_pickup: 'Vaša narudžba {number} spremna je za preuzimanje',
    expired: 'Praćenje narudžbe {number} više se ne ažurira',
    delayed: 'Vaša narudžba {number} kasni',
  },
  orderSubjectOther: 'Novosti o narudžbi {number}',
  orderText: '{subject}. Otvorite stranicu narudžbe za pojedinosti.',
  guestTrackText: 'Pratite svoju narudžbu na {url} pomoću broja narudžbe {number} i ove e-adrese.',
  supportReplySubject: 'Naš tim za podršku odgovorio je na vaše pitanje o narudžbi {number}',
  supportReplySubjectNoOrder: 'Naš tim za podršku odgovorio je na vaše pitanje',
  supportReplyText: '{subject}. Prijavite se i otvorite razgovor s podrškom da pročitate odgovor i odgovorite.',
  supportReplySms: 'Naš tim za podršku odgovorio je na vaše pitanje o narudžbi {number}. Prijavite se da ga pročitate.',
  supportReplySmsNoOrder: 'Naš tim za podršku odgovorio je na vaše pitanje. Prijavite se da ga pročitate.',
  statusSms: {
    awaiting_shipment: 'Narudžba {number} je potvrđena. Javit ćemo vam SMS-om kad bude poslana.',
    in_transit: 'Narudžba {number} je poslana i na putu je.',
    delivered: 'Narudžba {number} je dostavljena. Uživajte!',
    cancelled: 'Narudžba {number} je otkazana.',
  },
  milestoneSms: {
    out_for_delivery: 'Narudžba {number} danas je u dostavi.',
    failed_attempt:
      'Nismo vas zatekli: narudžba {number} nije dostavljena. Na stranici narudžbe pogledajte sljedeći korak.',
    exception: 'Narudžba {number} ima problem s dostavom. Na stranici narudžbe pogledajte sljedeći korak.',
    available_for_pickup: 'Narudžba {number} spremna je za preuzimanje.',
    expired: 'Praćenje narudžbe {number} više se ne ažurira. Na stranici narudžbe pogledajte sljedeći korak.',
    delayed: 'Narudžba {number} kasni. Na stranici narudžbe pogledajte najnoviju procjenu.',
  },
  orderSmsOther: 'Novosti o narudžbi {number}.',
};

export default whr;
