import type { NotificationWording } from './types.js';

/** Emails and text messages in pl: each SMS is the subject and, where there is one, the next step. */
const wpl: NotificationWording = {
  caseNoun: {
    dispute: 'spór',
    refund_request: 'prośba o zwrot pieniędzy',
  },
  caseSubjects: {
    message_added: 'Nowa wiadomość w Twojej sprawie dotyczącej zamówienia {number}',
    offer_received: 'Sprzedawca złożył propozycję w Twojej sprawie dotyczącej zamówienia {number}',
    approved: 'Twoja sprawa dotycząca zamówienia {number} została zaakceptowana',
    auto_approved: 'Twoja sprawa dotycząca zamówienia {number} została zaakceptowana',
    rejected: 'Sprzedawca odrzucił Twoją sprawę dotyczącą zamówienia {number}',
    deadline_passed: 'Minął termin w Twojej sprawie dotyczącej zamówienia {number}',
    escalated: 'Twoja sprawa dotycząca zamówienia {number} trafiła do naszego zespołu obsługi klienta',
    info_requested: 'Potrzebujemy więcej informacji w Twojej sprawie dotyczącej zamówienia {number}',
    decided: 'Zapadła decyzja w Twojej sprawie dotyczącej zamówienia {number}',
    return_label_ready: 'Etykieta zwrotna do zamówienia {number} jest gotowa',
    return_received: 'Sprzedawca odebrał odesłany produkt z zamówienia {number}',
    refund_issued: 'Zwrot pieniędzy za zamówienie {number} jest w drodze',
    replacement_shipped: 'Nowy produkt z zamówienia {number} został wysłany',
  },
  caseSms: {
    message_added:
      'Nowa wiadomość w Twojej sprawie dotyczącej zamówienia {number}. Otwórz stronę zamówienia, aby ją przeczytać.',
    offer_received:
      'Sprzedawca złożył propozycję w Twojej sprawie dotyczącej zamówienia {number}. Otwórz stronę zamówienia, aby odpowiedzieć.',
    approved: 'Twoja sprawa dotycząca zamówienia {number} została zaakceptowana.',
    auto_approved: 'Twoja sprawa dotycząca zamówienia {number} została zaakceptowana.',
    rejected:
      'Sprzedawca odrzucił Twoją sprawę dotyczącą zamówienia {number}. Otwórz stronę zamówienia, aby zobaczyć możliwości.',
    deadline_passed:
      'Minął termin w Twojej sprawie dotyczącej zamówienia {number}. Otwórz stronę zamówienia, aby zobaczyć kolejny krok.',
    escalated: 'Twoja sprawa dotycząca zamówienia {number} trafiła do naszego zespołu obsługi klienta.',
    info_requested:
      'Potrzebujemy więcej informacji w Twojej sprawie dotyczącej zamówienia {number}. Otwórz stronę zamówienia, aby odpowiedzieć.',
    decided:
      'Zapadła decyzja w Twojej sprawie dotyczącej zamówienia {number}. Otwórz stronę zamówienia, aby ją zobaczyć.',
    return_label_ready: 'Etykieta zwrotna do zamówienia {number} jest gotowa. Otwórz stronę zamówienia, aby ją pobrać.',
    return_received: 'Sprzedawca odebrał odesłany produkt z zamówienia {number}.',
    refund_issued: 'Zwrot pieniędzy za zamówienie {number} jest w drodze.',
    replacement_shipped: 'Nowy produkt z zamówienia {number} został wysłany.',
  },
  caseSubjectOther: 'Nowe informacje w Twojej sprawie dotyczącej zamówienia {number}',
  caseSmsOther: 'Nowe informacje w Twojej sprawie dotyczącej zamówienia {number}.',
  caseText: '{subject}. Zaloguj się i otwórz zamówienie, aby zobaczyć szczegóły i to, co możesz teraz zrobić.',
  statusSubjects: {
    awaiting_shipment: 'Twoje zamówienie {number} zostało potwierdzone',
    in_transit: 'Twoje zamówienie {number} jest w drodze',
    delivered: 'Twoje zamówienie {number} zostało dostarczone',
    cancelled: 'Twoje zamówienie {number} zostało anulowane',
  },
  milestoneSubjects: {
    out_for_delivery: 'Twoje zamówienie {number} zostanie dziś doręczone',
    failed_attempt: 'Nie udało się doręczyć Twojego zamówienia {number}',
    exception: 'Wystąpił problem z dostawą zamówienia {number}',
    available_for_pickup: 'Twoje zamówienie {number} czeka na odbiór',
    expired: 'Śledzenie zamówienia {number} przestało się aktualizować',
    delayed: 'Twoje zamówienie {number} się opóźnia',
  },
  orderSubjectOther: 'Nowe informacje o zamówieniu {number}',
  orderText: '{subject}. Szczegóły znajdziesz na stronie zamówienia.',
  guestTrackText: 'Śledź zamówienie na stronie {url}, używając numeru zamówienia {number} i tego adresu e-mail.',
  supportReplySubject: 'Nasz zespół obsługi klienta odpowiedział na Twoje pytanie o zamówienie {number}',
  supportReplySubjectNoOrder: 'Nasz zespół obsługi klienta odpowiedział na Twoje pytanie',
  supportReplyText: '{subject}. Zaloguj się i otwórz rozmowę z obsługą klienta, aby przeczytać odpowiedź i odpisać.',
  supportReplySms:
    'Nasz zespół obsługi klienta odpowiedział na Twoje pytanie o zamówienie {number}. Zaloguj się, aby przeczytać odpowiedź.',
  supportReplySmsNoOrder:
    'Nasz zespół obsługi klienta odpowiedział na Twoje pytanie. Zaloguj się, aby przeczytać odpowiedź.',
  statusSms: {
    awaiting_shipment: 'Zamówienie {number} zostało potwierdzone. Wyślemy SMS, gdy zostanie nadane.',
    in_transit: 'Zamówienie {number} zostało wysłane i jest w drodze.',
    delivered: 'Zamówienie {number} zostało dostarczone. Miłego korzystania!',
    cancelled: 'Zamówienie {number} zostało anulowane.',
  },
  milestoneSms: {
    out_for_delivery: 'Zamówienie {number} zostanie dziś doręczone.',
    failed_attempt:
      'Nie zastaliśmy Cię: nie udało się doręczyć zamówienia {number}. Kolejny krok znajdziesz na stronie zamówienia.',
    exception: 'Zamówienie {number} ma problem z dostawą. Kolejny krok znajdziesz na stronie zamówienia.',
    available_for_pickup: 'Zamówienie {number} czeka na odbiór.',
    expired: 'Śledzenie zamówienia {number} przestało się aktualizować. Kolejny krok znajdziesz na stronie zamówienia.',
    delayed: 'Zamówienie {number} się opóźnia. Najnowszy przewidywany termin znajdziesz na stronie zamówienia.',
  },
  orderSmsOther: 'Nowe informacje o zamówieniu {number}.',
};

export default wpl;
