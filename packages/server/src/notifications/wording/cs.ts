import type { NotificationWording } from './types.js';

/** Emails and text messages in cs (formal vy): each SMS is the subject and, where there is one, the next step. */
const wcs: NotificationWording = {
  caseNoun: { dispute: 'spor', refund_request: 'žádost o vrácení peněz' },
  caseSubjects: {
    message_added: 'Nová zpráva ve vašem případu k objednávce {number}',
    offer_received: 'Prodejce vám poslal nabídku ve vašem případu k objednávce {number}',
    approved: 'Váš případ k objednávce {number} byl schválen',
    auto_approved: 'Váš případ k objednávce {number} byl schválen',
    rejected: 'Prodejce zamítl váš případ k objednávce {number}',
    deadline_passed: 'Ve vašem případu k objednávce {number} uplynula lhůta',
    escalated: 'Váš případ k objednávce {number} teď řeší náš tým podpory',
    info_requested: 'K vašemu případu k objednávce {number} potřebujeme více informací',
    decided: 'Ve vašem případu k objednávce {number} bylo rozhodnuto',
    return_label_ready: 'Štítek pro vrácení k objednávce {number} je připravený',
    return_received: 'Prodejce převzal vrácené zboží z objednávky {number}',
    refund_issued: 'Peníze za objednávku {number} vám vracíme',
    replacement_shipped: 'Náhradní zboží k objednávce {number} bylo odesláno',
  },
  caseSms: {
    message_added: 'Nová zpráva ve vašem případu k objednávce {number}. Přečtete si ji na stránce objednávky.',
    offer_received:
      'Prodejce vám poslal nabídku ve vašem případu k objednávce {number}. Odpovědět můžete na stránce objednávky.',
    approved: 'Váš případ k objednávce {number} byl schválen.',
    auto_approved: 'Váš případ k objednávce {number} byl schválen.',
    rejected: 'Prodejce zamítl váš případ k objednávce {number}. Možnosti najdete na stránce objednávky.',
    deadline_passed: 'Ve vašem případu k objednávce {number} uplynula lhůta. Další krok najdete na stránce objednávky.',
    escalated: 'Váš případ k objednávce {number} teď řeší náš tým podpory.',
    info_requested:
      'K vašemu případu k objednávce {number} potřebujeme více informací. Odpovědět můžete na stránce objednávky.',
    decided: 'Ve vašem případu k objednávce {number} bylo rozhodnuto. Rozhodnutí najdete na stránce objednávky.',
    return_label_ready: 'Štítek pro vrácení k objednávce {number} je připravený. Stáhnete si ho na stránce objednávky.',
    return_received: 'Prodejce převzal vrácené zboží z objednávky {number}.',
    refund_issued: 'Peníze za objednávku {number} vám vracíme.',
    replacement_shipped: 'Náhradní zboží k objednávce {number} bylo odesláno.',
  },
  caseSubjectOther: 'Novinky ve vašem případu k objednávce {number}',
  caseSmsOther: 'Novinky ve vašem případu k objednávce {number}.',
  caseText: '{subject}. Přihlaste se a otevřete objednávku, kde najdete podrobnosti a další kroky.',
  statusSubjects: {
    awaiting_shipment: 'Vaše objednávka {number} je potvrzená',
    in_transit: 'Vaše objednávka {number} je na cestě',
    delivered: 'Vaše objednávka {number} byla doručena',
    cancelled: 'Vaše objednávka {number} byla zrušena',
  },
  milestoneSubjects: {
    out_for_delivery: 'Vaši objednávku {number} doručíme dnes',
    failed_attempt: 'Vaši objednávku {number} se nepodařilo doručit',
    exception: 'S doručením objednávky {number} je problém',
    available_for_pickup: 'Vaše objednávka {number} je připravená k vyzvednutí',
    expired: 'Sledování objednávky {number} se už neaktualizuje',
    delayed: 'Vaše objednávka {number} má zpoždění',
  },
  orderSubjectOther: 'Novinky k objednávce {number}',
  orderText: '{subject}. Podrobnosti najdete na stránce objednávky.',
  guestTrackText: 'Objednávku můžete sledovat na {url} pomocí čísla objednávky {number} a této e-mailové adresy.',
  supportReplySubject: 'Náš tým podpory odpověděl na váš dotaz k objednávce {number}',
  supportReplySubjectNoOrder: 'Náš tým podpory odpověděl na váš dotaz',
  supportReplyText:
    '{subject}. Přihlaste se a otevřete konverzaci s podporou, kde si odpověď přečtete a můžete reagovat.',
  supportReplySms: 'Náš tým podpory odpověděl na váš dotaz k objednávce {number}. Odpověď si přečtete po přihlášení.',
  supportReplySmsNoOrder: 'Náš tým podpory odpověděl na váš dotaz. Odpověď si přečtete po přihlášení.',
  statusSms: {
    awaiting_shipment: 'Vaše objednávka {number} je potvrzená.',
    in_transit: 'Vaše objednávka {number} je na cestě.',
    delivered: 'Vaše objednávka {number} byla doručena.',
    cancelled: 'Vaše objednávka {number} byla zrušena.',
  },
  milestoneSms: {
    out_for_delivery: 'Vaši objednávku {number} doručíme dnes.',
    failed_attempt: 'Vaši objednávku {number} se nepodařilo doručit. Další krok najdete na stránce objednávky.',
    exception: 'S doručením objednávky {number} je problém. Další krok najdete na stránce objednávky.',
    available_for_pickup: 'Vaše objednávka {number} je připravená k vyzvednutí.',
    expired: 'Sledování objednávky {number} se už neaktualizuje. Další krok najdete na stránce objednávky.',
    delayed: 'Vaše objednávka {number} má zpoždění. Nejnovější odhad najdete na stránce objednávky.',
  },
  orderSmsOther: 'Novinky k objednávce {number}.',
};

export default wcs;
