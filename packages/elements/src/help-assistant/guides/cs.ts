import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Czech (formal vy). */
export default {
  payment_method: {
    title: 'Přidání nebo změna způsobu platby',
    keywords: 'karta kreditní debetní peněženka platit platba zamítnuta uložená karta',
    steps: [
      'Otevřete pokladnu a přejděte na krok Platba (pokud jste ho už dokončili, zvolte Změnit).',
      'Vyberte uloženou kartu, zadejte novou kartu, zaplaťte peněženkou TxPay, nebo zvolte dobírku, pokud je nabízena. Kartu s prošlou platností vybrat nelze.',
      'Pokračujte na Kontrolu a platbu a zvolte Objednat a zaplatit.',
      'Pokud byla platba zamítnuta, zvolte v Nápovědě Zkusit jinou kartu: adresa i zvolená doprava zůstanou zachovány.',
    ],
  },
  track_parcel: {
    title: 'Sledování balíku',
    keywords: 'doručení zásilka doprava balík sledovací číslo dopravce kde je moje objednávka zpoždění',
    steps: [
      'Otevřete své objednávky a vyberte objednávku.',
      'U každého balíku vidíte stav, kdy má dorazit, dopravce a sledovací číslo (Kopírovat ho zkopíruje).',
      'Zvolte Zobrazit všechny informace a uvidíte všechny informace od dopravce, nejnovější první.',
      'Pokud má balík zpoždění nebo nastal problém, zvolte Kontaktovat prodejce, Nahlásit nedoručení nebo Získat pomoc.',
    ],
  },
  request_refund: {
    title: 'Žádost o vrácení peněz',
    keywords: 'peníze zpět vrácení peněz refundace náhrada zrušit',
    steps: [
      'Otevřete objednávku a zvolte Požádat o vrácení peněz. Stránka ukazuje, do kdy můžete žádat.',
      'Zvolte Vrácení peněz, vyberte položky a množství a uveďte důvod (poznámka je nepovinná).',
      'Zkontrolujte částku a žádost odešlete. Prodejce musí odpovědět do zobrazeného data; jinak se žádost schválí.',
      'Žádost sledujte na stejné stránce: přijměte nebo odmítněte nabídku vrácení části peněz, nebo žádost zrušte, dokud to jde.',
    ],
  },
  start_return: {
    title: 'Vrácení zboží',
    keywords: 'vrácení vrátit poslat zpět výměna náhradní zboží štítek reklamace',
    steps: [
      'Otevřete objednávku, zvolte Požádat o vrácení peněz a pak Vrácení zboží a peněz (nebo Náhradní zboží).',
      'Vyberte položky a množství, uveďte důvod a žádost odešlete.',
      'Jakmile prodejce souhlasí, zobrazí se štítek pro vrácení s dopravcem, sledovacím číslem a datem, do kdy je třeba balík odeslat.',
      'Odešlete balík a zvolte Odeslal(a) jsem to. Peníze vám vrátíme, jakmile prodejce balík převezme.',
    ],
  },
  open_dispute: {
    title: 'Otevření sporu',
    keywords: 'spor stížnost reklamace problém nedoručeno poškozeno špatné zboží případ nárok',
    steps: [
      'Otevřete objednávku a zvolte Nahlásit problém.',
      'Vyberte důvod a položky, popište, co se stalo, a co chcete: vrácení peněz, náhradní zboží, nebo vrácení zboží a peněz.',
      'Pokud máte fotky nebo dokumenty, přidejte je jako důkazy a odešlete. Když stránku opustíte, koncept zůstane v tomto zařízení.',
      'Sledujte případ: reagujte na nabídku prodejce, odpovídejte na zprávy a zvolte Požádat náš tým o rozhodnutí, jakmile to bude možné.',
    ],
  },
  notifications: {
    title: 'Správa oznámení',
    keywords: 'oznámení upozornění e-mail sms zprávy nastavení odhlásit',
    steps: [
      'Otevřete své objednávky a zvolte kartu Nastavení oznámení.',
      'Každý druh zprávy má přepínač pro každý kanál, například e-mail nebo SMS.',
      'Přepínač zapněte nebo vypněte: změna se uloží okamžitě.',
    ],
  },
  your_data: {
    title: 'Stažení nebo smazání údajů',
    keywords: 'soukromí osobní údaje export smazat účet gdpr',
    steps: [
      'Otevřete Soukromí a zvolte Stáhnout moje údaje. Soubor se připraví; stáhněte si ho, jakmile bude hotový.',
      'Chcete-li údaje smazat, zvolte Smazat moje údaje. Uvidíte, co se odstraní, co musíme ze zákona uchovat a proč.',
      'Otevřené objednávky, vrácení peněz a spory musí být nejdřív dokončeny; nezaplacenou objednávku můžete zrušit přímo tam.',
      'Potvrďte a vaše údaje budou smazány.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Hledat v návodech',
  search: 'Hledat',
  list: 'Všechny návody',
  results: 'Návody odpovídající „{query}“:',
  found: 'Nalezené návody: {count}.',
  no_results:
    '„{query}“ neodpovídá žádný návod. Zkuste jiná slova nebo požádejte o pomoc člověka. Pokud se stránky nenačítají, zkontrolujte připojení.',
  helpful: 'Pomohlo vám to?',
  yes: 'Ano',
  no: 'Ne',
  thanks: 'Děkujeme za zpětnou vazbu.',
  back: 'Zpět na návody',
  video: 'Video: {title}',
  captions: 'Titulky',
  transcript: 'Přepis',
  no_video: 'Tento prohlížeč video nepřehraje. Kroky níže říkají totéž.',
} satisfies GuideWords;
