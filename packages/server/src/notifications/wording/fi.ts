import type { NotificationWording } from './types.js';

/** Emails and text messages in fi (sinä): each SMS is the subject and, where there is one, the next step. */
const wfi: NotificationWording = {
  caseNoun: { dispute: 'kiista', refund_request: 'hyvityspyyntö' },
  caseSubjects: {
    message_added: 'Uusi viesti tilausta {number} koskevassa tapauksessasi',
    offer_received: 'Myyjä teki tarjouksen tilausta {number} koskevassa tapauksessasi',
    approved: 'Tilausta {number} koskeva tapauksesi hyväksyttiin',
    auto_approved: 'Tilausta {number} koskeva tapauksesi hyväksyttiin',
    rejected: 'Myyjä hylkäsi tilausta {number} koskevan tapauksesi',
    deadline_passed: 'Määräaika umpeutui tilausta {number} koskevassa tapauksessasi',
    escalated: 'Tilausta {number} koskeva tapauksesi on nyt asiakastukemme käsittelyssä',
    info_requested: 'Tarvitsemme lisätietoja tilausta {number} koskevaan tapaukseesi',
    decided: 'Tilausta {number} koskevassa tapauksessasi on tehty päätös',
    return_label_ready: 'Tilauksen {number} palautustarra on valmis',
    return_received: 'Myyjä vastaanotti tilauksen {number} palautuksesi',
    refund_issued: 'Tilauksen {number} hyvitys on matkalla',
    replacement_shipped: 'Tilauksen {number} korvaava tuote on lähetetty',
  },
  caseSms: {
    message_added: 'Uusi viesti tilausta {number} koskevassa tapauksessasi. Avaa tilaussivusi lukeaksesi sen.',
    offer_received: 'Myyjä teki tarjouksen tilausta {number} koskevassa tapauksessasi. Avaa tilaussivusi vastataksesi.',
    approved: 'Tilausta {number} koskeva tapauksesi hyväksyttiin.',
    auto_approved: 'Tilausta {number} koskeva tapauksesi hyväksyttiin.',
    rejected: 'Myyjä hylkäsi tilausta {number} koskevan tapauksesi. Avaa tilaussivusi nähdäksesi vaihtoehtosi.',
    deadline_passed:
      'Määräaika umpeutui tilausta {number} koskevassa tapauksessasi. Avaa tilaussivusi nähdäksesi seuraavan vaiheen.',
    escalated: 'Tilausta {number} koskeva tapauksesi on nyt asiakastukemme käsittelyssä.',
    info_requested: 'Tarvitsemme lisätietoja tilausta {number} koskevaan tapaukseesi. Avaa tilaussivusi vastataksesi.',
    decided: 'Tilausta {number} koskevassa tapauksessasi on tehty päätös. Avaa tilaussivusi nähdäksesi sen.',
    return_label_ready: 'Tilauksen {number} palautustarra on valmis. Avaa tilaussivusi hakeaksesi sen.',
    return_received: 'Myyjä vastaanotti tilauksen {number} palautuksesi.',
    refund_issued: 'Tilauksen {number} hyvitys on matkalla.',
    replacement_shipped: 'Tilauksen {number} korvaava tuote on lähetetty.',
  },
  caseSubjectOther: 'Uutta tilausta {number} koskevassa tapauksessasi',
  caseSmsOther: 'Uutta tilausta {number} koskevassa tapauksessasi.',
  caseText: '{subject}. Kirjaudu sisään ja avaa tilaus nähdäksesi tiedot ja seuraavat vaiheesi.',
  statusSubjects: {
    awaiting_shipment: 'Tilauksesi {number} on vahvistettu',
    in_transit: 'Tilauksesi {number} on matkalla',
    delivered: 'Tilauksesi {number} on toimitettu',
    cancelled: 'Tilauksesi {number} on peruttu',
  },
  milestoneSubjects: {
    out_for_delivery: 'Tilauksesi {number} toimitetaan tänään',
    failed_attempt: 'Emme voineet toimittaa tilaustasi {number}',
    exception: 'Tilauksen {number} toimituksessa on ongelma',
    available_for_pickup: 'Tilauksesi {number} on noudettavissa',
    expired: 'Tilauksen {number} seuranta ei enää päivity',
    delayed: 'Tilauksesi {number} on myöhässä',
  },
  orderSubjectOther: 'Uutta tilauksesta {number}',
  orderText: '{subject}. Avaa tilaussivusi nähdäksesi tiedot.',
  guestTrackText: 'Seuraa tilaustasi osoitteessa {url} tilausnumerolla {number} ja tällä sähköpostiosoitteella.',
  supportReplySubject: 'Asiakastukemme vastasi tilausta {number} koskevaan kysymykseesi',
  supportReplySubjectNoOrder: 'Asiakastukemme vastasi kysymykseesi',
  supportReplyText:
    '{subject}. Kirjaudu sisään ja avaa keskustelusi asiakastuen kanssa lukeaksesi vastauksen ja vastataksesi.',
  supportReplySms:
    'Asiakastukemme vastasi tilausta {number} koskevaan kysymykseesi. Kirjaudu sisään lukeaksesi vastauksen.',
  supportReplySmsNoOrder: 'Asiakastukemme vastasi kysymykseesi. Kirjaudu sisään lukeaksesi vastauksen.',
  statusSms: {
    awaiting_shipment: 'Tilauksesi {number} on vahvistettu.',
    in_transit: 'Tilauksesi {number} on matkalla.',
    delivered: 'Tilauksesi {number} on toimitettu.',
    cancelled: 'Tilauksesi {number} on peruttu.',
  },
  milestoneSms: {
    out_for_delivery: 'Tilauksesi {number} toimitetaan tänään.',
    failed_attempt: 'Emme voineet toimittaa tilaustasi {number}. Avaa tilaussivusi nähdäksesi seuraavan vaiheen.',
    exception: 'Tilauksen {number} toimituksessa on ongelma. Avaa tilaussivusi nähdäksesi seuraavan vaiheen.',
    available_for_pickup: 'Tilauksesi {number} on noudettavissa.',
    expired: 'Tilauksen {number} seuranta ei enää päivity. Avaa tilaussivusi nähdäksesi seuraavan vaiheen.',
    delayed: 'Tilauksesi {number} on myöhässä. Avaa tilaussivusi nähdäksesi uusimman arvion.',
  },
  orderSmsOther: 'Uutta tilauksesta {number}.',
};

export default wfi;
