import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Czech (formal vy). */
const cs = {
  'privacy.heading': 'Soukromí a vaše údaje',
  'privacy.intro':
    'Zvolte, k čemu se vaše údaje používají a jak vás kontaktujeme. Údaje si také můžete stáhnout nebo smazat.',
  'privacy.loading': 'Načítáme nastavení soukromí…',
  'privacy.on': 'Zapnuto',
  'privacy.off': 'Vypnuto',
  'privacy.saving': 'Ukládáme…',
  'privacy.saved_on': '„{label}“ je teď zapnuto.',
  'privacy.saved_off': '„{label}“ je teď vypnuto.',
  'privacy.save_failed': '„{label}“ se nepodařilo uložit, proto zůstává původní nastavení.',

  'privacy.consents.heading': 'K čemu vaše údaje používáme',
  'privacy.consents.intro': 'Změny platí okamžitě a svůj souhlas můžete kdykoli změnit.',
  'privacy.consents.necessary':
    'Vždy zapnuto: je to nutné k doručení vašich objednávek. Chcete-li to ukončit, smažte níže své údaje.',
  'privacy.consents.changed': 'Naposledy změněno {date}',
  'privacy.consent.order_processing.label': 'Zpracování objednávek a plateb',
  'privacy.consent.order_processing.explanation':
    'Vaše jméno, kontaktní a platební údaje používáme k přijímání plateb a vyřizování objednávek, vrácení peněz a sporů.',
  'privacy.consent.carrier_address_sharing.label': 'Sdílení adresy s dopravcem',
  'privacy.consent.carrier_address_sharing.explanation':
    'Přepravní společnost dostane vaše jméno, adresu a telefonní číslo, aby vám mohla doručit balík.',
  'privacy.consent.notifications_email.label': 'E-mailové zprávy',
  'privacy.consent.notifications_email.explanation':
    'Posíláme vám e-maily o objednávkách, doručení, vrácení peněz a sporech.',
  'privacy.consent.notifications_sms.label': 'Textové zprávy (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Posíláme vám SMS o objednávkách a doručení. Operátor vám může účtovat běžné poplatky.',
  'privacy.consent.personalisation.label': 'Přizpůsobené tipy a reklamy',
  'privacy.consent.personalisation.explanation':
    'Podle toho, co kupujete a prohlížíte, vám doporučujeme produkty a zobrazujeme vhodné reklamy. Vypnuto, dokud to nezapnete.',

  'privacy.preferences.heading': 'Jak vás kontaktujeme',
  'privacy.preferences.intro': 'Zvolte, jaké zprávy chcete dostávat a kam.',
  'privacy.preferences.caption': 'Zprávy podle kanálu',
  'privacy.preferences.kind_header': 'Zpráva',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Pozastaveno',
  'privacy.preferences.withdrawn':
    '{channel} je pozastaveno, protože „{consent}“ je výše vypnuto. Vaše volby tady zůstanou uložené, dokud to znovu nezapnete.',
  'privacy.kind.order_updates': 'Novinky k objednávkám',
  'privacy.kind.delivery_problems': 'Problémy s doručením',
  'privacy.kind.refunds_and_disputes': 'Vrácení peněz a spory',
  'privacy.channel.in_app': 'V aplikaci',
  'privacy.channel.email': 'E-mail',
  'privacy.channel.sms': 'SMS',

  'privacy.export.heading': 'Stáhnout moje údaje',
  'privacy.export.intro':
    'Získejte kopii všeho, co o vás máme, jako soubor JSON, který umí přečíst i jiné služby. Stáhnout ho můžete jednou, do 24 hodin.',
  'privacy.export.request': 'Vyžádat moje údaje',

  'privacy.erasure.heading': 'Smazat moje údaje',
  'privacy.erasure.intro': 'Tím smažete své osobní údaje a zrušíte účet v tomto obchodě. Tuto akci nelze vrátit zpět.',
  'privacy.erasure.removed_heading': 'Co smažeme',
  'privacy.erasure.kept_heading': 'Co si ponecháme a proč',
  'privacy.erasure.removed.contact_details': 'Vaše jméno, e-mailovou adresu a telefonní číslo',
  'privacy.erasure.removed.shipping_addresses': 'Doručovací adresy u vašich objednávek',
  'privacy.erasure.removed.preferences_and_messages': 'Vaše souhlasy, nastavení oznámení a zprávy',
  'privacy.erasure.removed.activity_history': 'Relace, exporty údajů a historii živých aktualizací',
  'privacy.erasure.kept.financial_records.record': 'Objednávky a platby (položky, částky, data)',
  'privacy.erasure.kept.financial_records.reason':
    'Daňové a účetní předpisy nám ukládají uchovávat účetní záznamy. Uchováváme je bez čehokoli, co by je spojovalo s vámi.',
  'privacy.erasure.kept.audit_log.record': 'Bezpečnostní auditní záznam',
  'privacy.erasure.kept.audit_log.reason':
    'Zaznamenává, kdo přistupoval k osobním údajům, aby vás chránil; obsahuje jen identifikátory, které už k vám nevedou.',
  'privacy.erasure.start': 'Smazat moje údaje…',
  'privacy.erasure.done_heading': 'Vaše údaje byly smazány',
  'privacy.erasure.done_text': 'Vaše osobní údaje jsme smazali {date}. Byli jste odhlášeni z tohoto obchodu.',
  'privacy.other': 'Jiné použití vašich údajů',
} as const satisfies CompleteCatalog<'privacy'>;

export default cs;
