import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Swedish (du). */
export default {
  payment_method: {
    title: 'Lägga till eller ändra betalsätt',
    keywords: 'kort kreditkort betalkort plånbok betala betalning nekad sparat kort swish',
    steps: [
      'Öppna kassan och gå till steget Betalning (välj Ändra om du redan har gjort klart det).',
      'Välj ett sparat kort, ange ett nytt kort, betala med TxPay-plånboken eller välj Betala vid leverans där det erbjuds. Ett kort som har gått ut går inte att välja.',
      'Gå vidare till Granska och betala och välj Slutför köpet och betala.',
      'Om en betalning nekades väljer du Prova ett annat kort i Hjälp: din adress och ditt leveransval finns kvar.',
    ],
  },
  track_parcel: {
    title: 'Spåra ett paket',
    keywords: 'leverans försändelse frakt paket spårningsnummer transportör var är min beställning försenad',
    steps: [
      'Öppna dina beställningar och välj beställningen.',
      'Varje paket visar sin status, när det ska komma fram, transportören och spårningsnumret (Kopiera kopierar det).',
      'Välj Visa alla uppdateringar för att se varje uppdatering från transportören, den nyaste först.',
      'Om ett paket är försenat eller har ett problem väljer du Kontakta säljaren, Rapportera som inte mottaget eller Få hjälp.',
    ],
  },
  request_refund: {
    title: 'Begära återbetalning',
    keywords: 'pengar tillbaka återbetalning ersättning avbryta ångra',
    steps: [
      'Öppna beställningen och välj Begär återbetalning. Sidan visar hur länge du kan begära den.',
      'Välj Återbetalning, varorna och antalen och ange en orsak (en kommentar är valfri).',
      'Kontrollera beloppet och skicka begäran. Säljaren måste svara senast det datum som visas; annars godkänns den.',
      'Följ begäran på samma sida: godta eller avböj ett delvis erbjudande, eller avbryt begäran så länge det går.',
    ],
  },
  start_return: {
    title: 'Starta en retur',
    keywords: 'retur skicka tillbaka byte ersättningsvara etikett returnera',
    steps: [
      'Öppna beställningen, välj Begär återbetalning och sedan Retur och återbetalning (eller En ersättningsvara).',
      'Välj varorna och antalen, ange en orsak och skicka begäran.',
      'När säljaren godkänner visas returetiketten med transportören, spårningsnumret och sista dag att skicka.',
      'Skicka paketet och välj Jag har skickat den. Återbetalningen följer när säljaren har tagit emot den.',
    ],
  },
  open_dispute: {
    title: 'Öppna en tvist',
    keywords: 'tvist reklamation klagomål problem inte mottaget skadad fel vara ärende',
    steps: [
      'Öppna beställningen och välj Rapportera ett problem.',
      'Välj en orsak och varorna, beskriv vad som hände och vad du vill ha: återbetalning, en ersättningsvara eller retur och återbetalning.',
      'Lägg till foton eller dokument som bevis om du har några och skicka. Ditt utkast sparas på den här enheten om du lämnar sidan.',
      'Följ ärendet: svara på säljarens erbjudande, svara på meddelanden och välj Be vårt team avgöra när det erbjuds.',
    ],
  },
  notifications: {
    title: 'Hantera aviseringar',
    keywords: 'aviseringar notiser e-post sms meddelanden inställningar avregistrera',
    steps: [
      'Öppna dina beställningar och välj fliken Aviseringsinställningar.',
      'Varje typ av meddelande har ett reglage för varje kanal, till exempel e-post eller sms.',
      'Slå på eller av ett reglage: ändringen sparas direkt.',
    ],
  },
  your_data: {
    title: 'Ladda ned eller radera dina uppgifter',
    keywords: 'integritet personuppgifter export radera ta bort konto gdpr',
    steps: [
      'Öppna Integritet och välj Ladda ned mina uppgifter. Filen förbereds åt dig; ladda ned den när den är klar.',
      'Välj Radera mina uppgifter för att radera dem. Du ser vad som tas bort, och vad lagen kräver att vi sparar och varför.',
      'Öppna beställningar, återbetalningar och tvister måste vara avslutade först; en obetald beställning kan du avbryta direkt där.',
      'Bekräfta, så raderas dina uppgifter.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Sök i guiderna',
  search: 'Sök',
  list: 'Alla guider',
  results: 'Guider som matchar ”{query}”:',
  found: 'Hittade guider: {count}.',
  no_results:
    'Ingen guide matchar ”{query}”. Prova andra ord eller be en person om hjälp. Om sidor inte laddas, kontrollera din anslutning.',
  helpful: 'Var det här till hjälp?',
  yes: 'Ja',
  no: 'Nej',
  thanks: 'Tack för att du berättade.',
  back: 'Tillbaka till guiderna',
  video: 'Video: {title}',
  captions: 'Undertexter',
  transcript: 'Utskrift',
  no_video: 'Den här webbläsaren kan inte spela upp videon. Stegen nedan säger samma sak.',
} satisfies GuideWords;
