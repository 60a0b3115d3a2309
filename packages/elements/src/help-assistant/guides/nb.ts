import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Norwegian Bokmål (du). */
export default {
  payment_method: {
    title: 'Legg til eller endre betalingsmåte',
    keywords: 'kort kredittkort debetkort lommebok betale betaling avvist lagret kort vipps',
    steps: [
      'Åpne kassen og gå til trinnet Betaling (velg Endre hvis du allerede har fullført det).',
      'Velg et lagret kort, legg inn et nytt kort, betal med TxPay-lommeboken, eller velg Betaling ved levering der det tilbys. Et utløpt kort kan ikke velges.',
      'Gå videre til Se over og betal, og velg Fullfør bestillingen og betal.',
      'Hvis en betaling ble avvist, velger du Prøv et annet kort i Hjelp: adressen og leveringsvalget ditt tas vare på.',
    ],
  },
  track_parcel: {
    title: 'Spor en pakke',
    keywords: 'levering forsendelse frakt pakke sporingsnummer transportør hvor er bestillingen min forsinket',
    steps: [
      'Åpne bestillingene dine og velg bestillingen.',
      'Hver pakke viser status, når den skal komme, transportøren og sporingsnummeret (Kopier kopierer det).',
      'Velg Vis alle oppdateringer for å se hver oppdatering fra transportøren, nyeste først.',
      'Hvis en pakke er forsinket eller har et problem, velger du Kontakt selgeren, Meld som ikke mottatt eller Få hjelp.',
    ],
  },
  request_refund: {
    title: 'Be om refusjon',
    keywords: 'penger tilbake refusjon tilbakebetaling kansellere angre',
    steps: [
      'Åpne bestillingen og velg Be om refusjon. Siden viser hvor lenge du kan be om det.',
      'Velg Refusjon, varene og antallet, og oppgi en årsak (en kommentar er valgfri).',
      'Sjekk beløpet og send forespørselen. Selgeren må svare innen datoen som vises; ellers blir den godkjent.',
      'Følg forespørselen på samme side: godta eller avslå et tilbud om delvis refusjon, eller kanseller forespørselen mens du fortsatt kan.',
    ],
  },
  start_return: {
    title: 'Start en retur',
    keywords: 'retur returnere sende tilbake bytte erstatningsvare etikett',
    steps: [
      'Åpne bestillingen, velg Be om refusjon og deretter Retur og refusjon (eller En erstatningsvare).',
      'Velg varene og antallet, oppgi en årsak og send forespørselen.',
      'Når selgeren godtar, vises returetiketten med transportøren, sporingsnummeret og datoen den må sendes innen.',
      'Send pakken og velg Jeg har sendt den. Refusjonen kommer når selgeren har mottatt den.',
    ],
  },
  open_dispute: {
    title: 'Opprett en tvist',
    keywords: 'tvist reklamasjon klage problem ikke mottatt skadet feil vare sak krav',
    steps: [
      'Åpne bestillingen og velg Meld fra om et problem.',
      'Velg en årsak og varene, beskriv hva som skjedde, og hva du ønsker: refusjon, en erstatningsvare eller retur og refusjon.',
      'Legg ved bilder eller dokumenter som dokumentasjon hvis du har det, og send. Utkastet ditt lagres på denne enheten hvis du går fra siden.',
      'Følg saken: svar på selgerens tilbud, svar på meldinger, og velg Be teamet vårt avgjøre når det tilbys.',
    ],
  },
  notifications: {
    title: 'Administrer varsler',
    keywords: 'varsler varslinger e-post sms meldinger innstillinger avslutte abonnement',
    steps: [
      'Åpne bestillingene dine og velg fanen Varslingsinnstillinger.',
      'Hver type melding har en bryter for hver kanal, for eksempel e-post eller SMS.',
      'Slå en bryter på eller av: endringen lagres med en gang.',
    ],
  },
  your_data: {
    title: 'Last ned eller slett dataene dine',
    keywords: 'personvern personopplysninger eksport slette konto gdpr',
    steps: [
      'Åpne Personvern og velg Last ned dataene mine. Filen gjøres klar for deg; last den ned når den er klar.',
      'Velg Slett dataene mine for å slette dem. Du ser hva som fjernes, og hva loven krever at vi beholder, og hvorfor.',
      'Åpne bestillinger, refusjoner og tvister må være avsluttet først; en ubetalt bestilling kan du kansellere direkte der.',
      'Bekreft, så slettes dataene dine.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Søk i veiledningene',
  search: 'Søk',
  list: 'Alle veiledninger',
  results: 'Veiledninger som passer til «{query}»:',
  found: 'Veiledninger funnet: {count}.',
  no_results:
    'Ingen veiledning passer til «{query}». Prøv andre ord, eller be en person om hjelp. Hvis sider ikke lastes inn, sjekk tilkoblingen din.',
  helpful: 'Var dette nyttig?',
  yes: 'Ja',
  no: 'Nei',
  thanks: 'Takk for at du sa fra.',
  back: 'Tilbake til veiledningene',
  video: 'Video: {title}',
  captions: 'Teksting',
  transcript: 'Transkripsjon',
  no_video: 'Denne nettleseren kan ikke spille av videoen. Trinnene nedenfor sier det samme.',
} satisfies GuideWords;
