import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Catalan, with informal “tu” as Catalan shops address buyers online. */
const ca = {
  'privacy.heading': 'Privadesa i les teves dades',
  'privacy.intro':
    'Tria per a què es fan servir les teves dades i com ens posem en contacte amb tu. També pots baixar o suprimir les teves dades.',
  'privacy.loading': 'S’està carregant la configuració de privadesa…',
  'privacy.on': 'Activat',
  'privacy.off': 'Desactivat',
  'privacy.saving': 'S’està desant…',
  'privacy.saved_on': '«{label}» ara està activat.',
  'privacy.saved_off': '«{label}» ara està desactivat.',
  'privacy.save_failed': 'No hem pogut desar «{label}», així que ha tornat a l’estat anterior.',

  'privacy.consents.heading': 'Per a què fem servir les teves dades',
  'privacy.consents.intro': 'Els canvis s’apliquen immediatament i pots canviar d’opinió quan vulguis.',
  'privacy.consents.necessary':
    'Sempre activat: cal per lliurar les teves comandes. Per aturar-ho, suprimeix les teves dades més avall.',
  'privacy.consents.changed': 'Darrer canvi el {date}',
  'privacy.consent.order_processing.label': 'Tramitació de comandes i pagaments',
  'privacy.consent.order_processing.explanation':
    'Fem servir el teu nom, les dades de contacte i les de pagament per cobrar i gestionar les teves comandes, reemborsaments i disputes.',
  'privacy.consent.carrier_address_sharing.label': 'Compartir l’adreça amb el transportista',
  'privacy.consent.carrier_address_sharing.explanation':
    'L’empresa de lliurament rep el teu nom, l’adreça i el telèfon per poder portar-te el paquet.',
  'privacy.consent.notifications_email.label': 'Correus electrònics',
  'privacy.consent.notifications_email.explanation':
    'T’enviem correus sobre les teves comandes, lliuraments, reemborsaments i disputes.',
  'privacy.consent.notifications_sms.label': 'Missatges de text (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'T’enviem SMS sobre les teves comandes i lliuraments. Es poden aplicar les tarifes habituals de la teva operadora.',
  'privacy.consent.personalisation.label': 'Suggeriments i anuncis personalitzats',
  'privacy.consent.personalisation.explanation':
    'Fem servir el que compres i mires per suggerir-te productes i mostrar-te anuncis que t’encaixin. Desactivat si no l’actives.',

  'privacy.preferences.heading': 'Com ens posem en contacte amb tu',
  'privacy.preferences.intro': 'Tria quins missatges reps i on.',
  'privacy.preferences.caption': 'Missatges per canal',
  'privacy.preferences.kind_header': 'Missatge',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'En pausa',
  'privacy.preferences.withdrawn':
    '{channel} està en pausa perquè «{consent}» està desactivat més amunt. Les teves opcions d’aquí es conserven per quan el tornis a activar.',
  'privacy.kind.order_updates': 'Novetats de les comandes',
  'privacy.kind.delivery_problems': 'Problemes de lliurament',
  'privacy.kind.refunds_and_disputes': 'Reemborsaments i disputes',
  'privacy.channel.in_app': 'A l’aplicació',
  'privacy.channel.email': 'Correu electrònic',
  'privacy.channel.sms': 'SMS',

  'privacy.export.heading': 'Baixa les meves dades',
  'privacy.export.intro':
    'Obtén una còpia de tot el que tenim sobre tu, en un fitxer JSON que altres serveis poden llegir. El pots baixar una vegada, en un termini de 24 hores.',
  'privacy.export.request': 'Sol·licita les meves dades',

  'privacy.erasure.heading': 'Suprimeix les meves dades',
  'privacy.erasure.intro':
    'Això suprimeix les teves dades personals i tanca el teu compte en aquesta botiga. No es pot desfer.',
  'privacy.erasure.removed_heading': 'Què suprimim',
  'privacy.erasure.kept_heading': 'Què conservem i per què',
  'privacy.erasure.removed.contact_details': 'El teu nom, l’adreça electrònica i el telèfon',
  'privacy.erasure.removed.shipping_addresses': 'Les adreces d’enviament de les comandes',
  'privacy.erasure.removed.preferences_and_messages': 'Els teus consentiments, preferències de notificació i missatges',
  'privacy.erasure.removed.activity_history':
    'Sessions, exportacions de dades i historial d’actualitzacions en directe',
  'privacy.erasure.kept.financial_records.record': 'Comandes i pagaments (articles, imports, dates)',
  'privacy.erasure.kept.financial_records.reason':
    'La normativa fiscal i comptable ens obliga a conservar els registres financers. Es conserven sense res que els vinculi a tu.',
  'privacy.erasure.kept.audit_log.record': 'Registre d’auditoria de seguretat',
  'privacy.erasure.kept.audit_log.reason':
    'Registra qui ha accedit a dades personals, per protegir-te; només conté identificadors, que ja no porten a tu.',
  'privacy.erasure.start': 'Suprimeix les meves dades…',
  'privacy.erasure.done_heading': 'Les teves dades s’han suprimit',
  'privacy.erasure.done_text':
    'Vam suprimir les teves dades personals el {date}. S’ha tancat la teva sessió en aquesta botiga.',
  'privacy.other': 'Un altre ús de les teves dades',
} as const satisfies CompleteCatalog<'privacy'>;

export default ca;
