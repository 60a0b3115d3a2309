import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The checkout helper in Finnish (sinä). */
const fi = {
  'outcome.declined.heading': 'Maksusi ei mennyt läpi',
  'outcome.declined.kept': 'Kaikki muu, mitä täytit, on tallessa. Vain korttitiedot pitää kirjoittaa uudelleen.',

  'outcome.challenge.heading': 'Vahvista, että kyse on sinusta',
  'outcome.challenge.code': 'Vahvistuskoodi',
  'outcome.challenge.code_hint': 'Voit liittää koodin. Se vanhenee klo {time}.',
  'outcome.challenge.verify': 'Vahvista ja maksa',
  'outcome.challenge.resend': 'Lähetä uusi koodi',
  'outcome.challenge.resend_wait': 'Voit pyytää uuden koodin {seconds} s kuluttua.',
  'outcome.challenge.resent': 'Lähetimme uuden koodin. Vain uusin koodi toimii.',
  'outcome.challenge.attempts_left': 'Yrityksiä jäljellä: {count}',
  'outcome.challenge.required': 'Anna 6-numeroinen koodi, jonka lähetimme sinulle.',
  'outcome.challenge.format': 'Koodissa on 6 numeroa. Tarkista se ja anna se uudelleen.',
  'outcome.challenge.wrong': 'Koodi ei ole oikein. Tarkista uusin viesti ja yritä uudelleen.',
  'outcome.challenge.expired': 'Koodi on vanhentunut. Lähetä uusi koodi ja anna se.',
  'outcome.challenge.locked':
    'Liian monta väärää koodia, joten keskeytimme tämän maksun suojataksemme sinua. Valitse toinen maksutapa tai yritä myöhemmin uudelleen.',
  'outcome.challenge.verifying': 'Tarkistetaan koodia…',

  'outcome.wallet.returned': 'Tervetuloa takaisin. Vahvistamme TxPay-maksuasi…',
  'outcome.wallet.cancelled': 'Poistuit TxPaysta maksamatta. Valitse maksutapa ja yritä uudelleen.',

  'outcome.on_hold.heading': 'Tilauksesi on tehty ja odottaa nopeaa tarkistusta',
  'outcome.on_hold.body':
    'Tarkistamme maksun ennen kuin tilaustasi aletaan valmistella. Sinun ei tarvitse tehdä mitään: lähetämme sähköpostia, kun tarkistus on valmis, yleensä vuorokauden kuluessa.',

  'outcome.confirmation.heading': 'Kiitos, tilauksesi on tehty',
  'outcome.confirmation.number': 'Tilausnumero: {number}',
  'outcome.confirmation.paid': 'Maksettu {total} maksutavalla {method}',
  'outcome.confirmation.cod_due': 'Pidä {total} valmiina kuljettajalle.',
  'outcome.confirmation.track': 'Seuraa tilaustasi',
  'outcome.confirmation.next_heading': 'Mitä seuraavaksi tapahtuu',
  'outcome.confirmation.next':
    'Myyjä valmistelee nyt tilaustasi. Kerromme, kun se on matkalla, ja voit seurata sitä milloin tahansa tilausnumerollasi.',
  'outcome.failure.network':
    'Emme saaneet yhteyttä kauppaan. Tarkista yhteytesi ja yritä uudelleen. Sinua ei veloiteta kahdesti.',
  'outcome.failure.generic': 'Meillä meni jotain vikaan. Yritä hetken kuluttua uudelleen; sinua ei veloiteta kahdesti.',
} as const satisfies CompleteCatalog<'outcome'>;

export default fi;
