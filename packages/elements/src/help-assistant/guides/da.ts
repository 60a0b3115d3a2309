import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Danish (du). */
export default {
  payment_method: {
    title: 'Tilføj eller skift betalingsmåde',
    keywords: 'kort kreditkort betalingskort dankort wallet betale betaling afvist gemt kort mobilepay',
    steps: [
      'Åbn kassen, og gå til trinnet Betaling (vælg Ændr, hvis du allerede har gjort det færdigt).',
      'Vælg et gemt kort, indtast et nyt kort, betal med TxPay-wallet, eller vælg Efterkrav, hvor det tilbydes. Et udløbet kort kan ikke vælges.',
      'Gå videre til Gennemse og betal, og vælg Afgiv ordre og betal.',
      'Hvis en betaling blev afvist, så vælg Prøv et andet kort i Hjælp: din adresse og dit leveringsvalg bliver gemt.',
    ],
  },
  track_parcel: {
    title: 'Følg en pakke',
    keywords: 'levering forsendelse fragt pakke sporingsnummer fragtfirma hvor er min ordre forsinket track trace',
    steps: [
      'Åbn dine ordrer, og vælg ordren.',
      'Hver pakke viser sin status, hvornår den ventes, fragtfirmaet og sporingsnummeret (Kopiér kopierer det).',
      'Vælg Vis alle opdateringer for at se hver opdatering fra fragtfirmaet, nyeste først.',
      'Hvis en pakke er forsinket eller har et problem, så vælg Kontakt sælgeren, Meld ikke modtaget eller Få hjælp.',
    ],
  },
  request_refund: {
    title: 'Anmod om refusion',
    keywords: 'penge tilbage refusion tilbagebetaling annullere fortryde',
    steps: [
      'Åbn ordren, og vælg Anmod om refusion. Siden viser, hvor længe du kan anmode.',
      'Vælg Refusion, varerne og antallet, og angiv en årsag (en bemærkning er valgfri).',
      'Tjek beløbet, og send anmodningen. Sælgeren skal svare senest den viste dato; ellers bliver den godkendt.',
      'Følg anmodningen på samme side: accepter eller afvis et tilbud om delvis refusion, eller annuller anmodningen, så længe du kan.',
    ],
  },
  start_return: {
    title: 'Start en returnering',
    keywords: 'retur returnere sende tilbage bytte erstatningsvare label',
    steps: [
      'Åbn ordren, vælg Anmod om refusion og derefter Returnering og refusion (eller En erstatningsvare).',
      'Vælg varerne og antallet, angiv en årsag, og send anmodningen.',
      'Når sælgeren siger ja, vises returlabelen med fragtfirmaet, sporingsnummeret og datoen, den skal sendes senest.',
      'Send pakken, og vælg Jeg har sendt den. Refusionen følger, når sælgeren har modtaget den.',
    ],
  },
  open_dispute: {
    title: 'Opret en tvist',
    keywords: 'tvist reklamation klage problem ikke modtaget beskadiget forkert vare sag krav',
    steps: [
      'Åbn ordren, og vælg Rapportér et problem.',
      'Vælg en årsag og varerne, beskriv, hvad der skete, og hvad du ønsker: refusion, en erstatningsvare eller returnering og refusion.',
      'Tilføj billeder eller dokumenter som dokumentation, hvis du har nogen, og send. Din kladde gemmes på denne enhed, hvis du går væk fra siden.',
      'Følg sagen: svar på sælgerens tilbud, besvar beskeder, og vælg Bed vores team om at afgøre sagen, når det tilbydes.',
    ],
  },
  notifications: {
    title: 'Administrer notifikationer',
    keywords: 'notifikationer e-mail sms beskeder meddelelser indstillinger afmelde',
    steps: [
      'Åbn dine ordrer, og vælg fanen Notifikationsindstillinger.',
      'Hver type besked har en kontakt for hver kanal, for eksempel e-mail eller sms.',
      'Slå en kontakt til eller fra: ændringen gemmes med det samme.',
    ],
  },
  your_data: {
    title: 'Download eller slet dine data',
    keywords: 'privatliv persondata personoplysninger eksport slette konto gdpr',
    steps: [
      'Åbn Privatliv, og vælg Download mine data. Filen gøres klar til dig; download den, når den er klar.',
      'Vælg Slet mine data for at slette dem. Du kan se, hvad der fjernes, og hvad loven kræver, at vi beholder, og hvorfor.',
      'Åbne ordrer, refusioner og tvister skal være afsluttet først; en ubetalt ordre kan du annullere lige der.',
      'Bekræft, så bliver dine data slettet.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Søg i vejledningerne',
  search: 'Søg',
  list: 'Alle vejledninger',
  results: 'Vejledninger, der matcher »{query}«:',
  found: 'Fundne vejledninger: {count}.',
  no_results:
    'Ingen vejledning matcher »{query}«. Prøv andre ord, eller bed en person om hjælp. Hvis sider ikke indlæses, så tjek din forbindelse.',
  helpful: 'Var det nyttigt?',
  yes: 'Ja',
  no: 'Nej',
  thanks: 'Tak, fordi du fortalte os det.',
  back: 'Tilbage til vejledningerne',
  video: 'Video: {title}',
  captions: 'Undertekster',
  transcript: 'Udskrift',
  no_video: 'Denne browser kan ikke afspille videoen. Trinene herunder siger det samme.',
} satisfies GuideWords;
