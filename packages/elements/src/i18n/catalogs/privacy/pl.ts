import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Polish, with the informal “Ty” as Polish shops (Allegro, Shopify) address buyers; plural forms one, few, many, other. */
const pl = {
  'privacy.heading': 'Prywatność i Twoje dane',
  'privacy.intro':
    'Wybierz, do czego używamy Twoich danych i jak się z Tobą kontaktujemy. Możesz też pobrać lub usunąć swoje dane.',
  'privacy.loading': 'Wczytujemy Twoje ustawienia prywatności…',
  'privacy.on': 'Włączone',
  'privacy.off': 'Wyłączone',
  'privacy.saving': 'Zapisujemy…',
  'privacy.saved_on': '„{label}” jest teraz włączone.',
  'privacy.saved_off': '„{label}” jest teraz wyłączone.',
  'privacy.save_failed': 'Nie udało się zapisać „{label}”, więc przywróciliśmy poprzednie ustawienie.',
  'privacy.consents.heading': 'Do czego używamy Twoich danych',
  'privacy.consents.intro': 'Zmiany działają od razu i w każdej chwili możesz zmienić zdanie.',
  'privacy.consents.necessary':
    'Zawsze włączone: potrzebne do dostarczenia zamówień. Aby to zatrzymać, usuń swoje dane poniżej.',
  'privacy.consents.changed': 'Ostatnia zmiana: {date}',
  'privacy.consent.order_processing.label': 'Realizacja zamówień i płatności',
  'privacy.consent.order_processing.explanation':
    'Używamy Twojego imienia i nazwiska, danych kontaktowych i danych płatności, aby przyjmować płatności i obsługiwać zamówienia, zwroty i spory.',
  'privacy.consent.carrier_address_sharing.label': 'Udostępnianie adresu przewoźnikowi',
  'privacy.consent.carrier_address_sharing.explanation':
    'Firma kurierska otrzymuje Twoje imię i nazwisko, adres i numer telefonu, żeby dostarczyć paczkę.',
  'privacy.consent.notifications_email.label': 'Wiadomości e-mail',
  'privacy.consent.notifications_email.explanation':
    'Wysyłamy e-maile o Twoich zamówieniach, dostawach, zwrotach i sporach.',
  'privacy.consent.notifications_sms.label': 'Wiadomości SMS',
  'privacy.consent.notifications_sms.explanation':
    'Wysyłamy SMS-y o Twoich zamówieniach i dostawach. Mogą obowiązywać zwykłe opłaty Twojego operatora.',
  'privacy.consent.personalisation.label': 'Spersonalizowane propozycje i reklamy',
  'privacy.consent.personalisation.explanation':
    'Na podstawie tego, co kupujesz i oglądasz, proponujemy produkty i pokazujemy dopasowane reklamy. Wyłączone, dopóki tego nie włączysz.',
  'privacy.preferences.heading': 'Jak się z Tobą kontaktujemy',
  'privacy.preferences.intro': 'Wybierz, jakie wiadomości dostajesz i gdzie.',
  'privacy.preferences.caption': 'Wiadomości według kanału',
  'privacy.preferences.kind_header': 'Wiadomość',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Wstrzymane',
  'privacy.preferences.withdrawn':
    '{channel} jest wstrzymany, bo „{consent}” powyżej jest wyłączone. Twoje wybory zostaną zachowane na wypadek, gdybyś to znowu włączył.',
  'privacy.kind.order_updates': 'Informacje o zamówieniach',
  'privacy.kind.delivery_problems': 'Problemy z dostawą',
  'privacy.kind.refunds_and_disputes': 'Zwroty i spory',
  'privacy.channel.in_app': 'W aplikacji',
  'privacy.channel.email': 'E-mail',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Pobierz moje dane',
  'privacy.export.intro':
    'Otrzymaj kopię wszystkiego, co o Tobie przechowujemy, jako plik JSON, który mogą odczytać inne usługi. Możesz go pobrać raz, w ciągu 24 godzin.',
  'privacy.export.request': 'Poproś o moje dane',
  'privacy.erasure.heading': 'Usuń moje dane',
  'privacy.erasure.intro': 'To usunie Twoje dane osobowe i zamknie Twoje konto w tym sklepie. Tego nie można cofnąć.',
  'privacy.erasure.removed_heading': 'Co usuwamy',
  'privacy.erasure.kept_heading': 'Co zachowujemy i dlaczego',
  'privacy.erasure.removed.contact_details': 'Twoje imię i nazwisko, adres e-mail i numer telefonu',
  'privacy.erasure.removed.shipping_addresses': 'Adresy dostawy w Twoich zamówieniach',
  'privacy.erasure.removed.preferences_and_messages': 'Twoje zgody, ustawienia powiadomień i wiadomości',
  'privacy.erasure.removed.activity_history': 'Sesje, eksporty danych i historia aktualizacji na żywo',
  'privacy.erasure.kept.financial_records.record': 'Zamówienia i płatności (produkty, kwoty, daty)',
  'privacy.erasure.kept.financial_records.reason':
    'Przepisy podatkowe i rachunkowe wymagają przechowywania dokumentacji finansowej. Przechowujemy ją bez niczego, co łączy ją z Tobą.',
  'privacy.erasure.kept.audit_log.record': 'Dziennik audytu bezpieczeństwa',
  'privacy.erasure.kept.audit_log.reason':
    'Zapisuje, kto miał dostęp do danych osobowych, żeby Cię chronić; zawiera tylko identyfikatory, które nie prowadzą już do Ciebie.',
  'privacy.erasure.start': 'Usuń moje dane…',
  'privacy.erasure.done_heading': 'Twoje dane zostały usunięte',
  'privacy.erasure.done_text': 'Usunęliśmy Twoje dane osobowe {date}. Wylogowaliśmy Cię z tego sklepu.',
  'privacy.other': 'Inne wykorzystanie Twoich danych',
} as const satisfies CompleteCatalog<'privacy'>;

export default pl;
