import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Dutch. */
export default {
  payment_method: {
    title: 'Een betaalmethode toevoegen of wijzigen',
    keywords: 'kaart creditcard debitkaart wallet betalen betaling geweigerd opgeslagen kaart iDEAL',
    steps: [
      'Open het afrekenen en ga naar de stap Betaling (kies Wijzigen als je die stap al hebt afgerond).',
      'Kies een opgeslagen kaart, vul een nieuwe kaart in, betaal met de TxPay-wallet of kies Betalen bij bezorging als dat wordt aangeboden. Een verlopen kaart kun je niet kiezen.',
      'Ga verder naar Controleren en kies Bestellen en betalen.',
      'Is een betaling geweigerd, kies dan Andere kaart proberen in Hulp: je adres en je bezorgkeuze blijven bewaard.',
    ],
  },
  track_parcel: {
    title: 'Een pakket volgen',
    keywords:
      'bezorging zending verzending pakket trackingcode track en trace vervoerder waar is mijn bestelling te laat',
    steps: [
      'Open je bestellingen en kies de bestelling.',
      'Bij elk pakket zie je de status, wanneer het zou moeten aankomen, de vervoerder en de trackingcode (met Kopiëren kopieer je hem).',
      'Kies Alle updates tonen om elke update van de vervoerder te zien, nieuwste eerst.',
      'Is een pakket te laat of is er een probleem, kies dan Contact opnemen met de verkoper, Melden als niet ontvangen of Hulp krijgen.',
    ],
  },
  request_refund: {
    title: 'Een terugbetaling aanvragen',
    keywords: 'geld terug terugbetaling terugbetalen vergoeding annuleren',
    steps: [
      'Open de bestelling en kies Terugbetaling aanvragen. Op de pagina staat tot wanneer je dat kunt vragen.',
      'Kies Een terugbetaling, selecteer de artikelen en aantallen en geef een reden (een opmerking is optioneel).',
      'Controleer het bedrag en verstuur het verzoek. De verkoper moet antwoorden vóór de getoonde datum; gebeurt dat niet, dan wordt het goedgekeurd.',
      'Volg het verzoek op dezelfde pagina: accepteer of weiger een gedeeltelijk aanbod, of annuleer het verzoek zolang dat nog kan.',
    ],
  },
  start_return: {
    title: 'Een retour starten',
    keywords: 'retour retourneren terugsturen ruilen vervanging label',
    steps: [
      'Open de bestelling, kies Terugbetaling aanvragen en daarna Retour en terugbetaling (of Een vervanging).',
      'Selecteer de artikelen en aantallen, geef een reden en verstuur het verzoek.',
      'Gaat de verkoper akkoord, dan verschijnt het retourlabel met de vervoerder, de trackingcode en de datum waarop je het uiterlijk moet versturen.',
      'Verstuur het pakket en kies Ik heb het verstuurd. De terugbetaling volgt zodra de verkoper het ontvangt.',
    ],
  },
  open_dispute: {
    title: 'Een geschil openen',
    keywords: 'geschil klacht probleem niet ontvangen beschadigd verkeerd artikel zaak claim',
    steps: [
      'Open de bestelling en kies Probleem melden.',
      'Kies een reden en de artikelen, beschrijf wat er gebeurde en zeg wat je wilt: een terugbetaling, een vervanging, of retour en terugbetaling.',
      'Voeg foto’s of documenten toe als je die hebt en verstuur alles. Ga je weg, dan blijft je concept op dit apparaat bewaard.',
      'Volg de zaak: reageer op het aanbod van de verkoper, beantwoord berichten en kies Ons team laten beslissen als dat wordt aangeboden.',
    ],
  },
  notifications: {
    title: 'Meldingen beheren',
    keywords: 'meldingen e-mail sms berichten waarschuwingen voorkeuren afmelden',
    steps: [
      'Open je bestellingen en kies het tabblad Meldingsinstellingen.',
      'Elk soort bericht heeft een schakelaar per kanaal, zoals e-mail of sms.',
      'Zet een schakelaar aan of uit: de wijziging wordt meteen opgeslagen.',
    ],
  },
  your_data: {
    title: 'Je gegevens downloaden of wissen',
    keywords: 'privacy persoonsgegevens export verwijderen wissen account AVG',
    steps: [
      'Open Privacy en kies Mijn gegevens downloaden. Het bestand wordt voor je klaargemaakt; download het als het klaar is.',
      'Wil je je gegevens wissen, kies dan Mijn gegevens verwijderen. Je ziet wat er wordt verwijderd, en wat we volgens de wet moeten bewaren en waarom.',
      'Openstaande bestellingen, terugbetalingen en geschillen moeten eerst zijn afgerond; een onbetaalde bestelling kun je daar meteen annuleren.',
      'Bevestig, en je gegevens worden verwijderd.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Zoeken in de handleidingen',
  search: 'Zoeken',
  list: 'Alle handleidingen',
  results: 'Handleidingen die passen bij “{query}”:',
  found: 'Gevonden handleidingen: {count}.',
  no_results:
    'Geen handleiding past bij “{query}”. Probeer andere woorden of vraag een medewerker om hulp. Laden pagina’s niet, controleer dan je verbinding.',
  helpful: 'Had je hier iets aan?',
  yes: 'Ja',
  no: 'Nee',
  thanks: 'Bedankt voor je reactie.',
  back: 'Terug naar de handleidingen',
  video: 'Video: {title}',
  captions: 'Ondertiteling',
  transcript: 'Uitgeschreven tekst',
  no_video: 'Deze browser kan de video niet afspelen. De stappen hieronder zeggen hetzelfde.',
} satisfies GuideWords;
