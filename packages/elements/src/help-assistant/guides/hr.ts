import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Croatian. */
export default {
  payment_method: {
    title: 'Dodajte ili promijenite način plaćanja',
    keywords: 'kartica kreditna debitna novčanik platiti plaćanje odbijeno spremljena kartica',
    steps: [
      'Otvorite blagajnu i idite na korak „Plaćanje” (odaberite „Promijeni” ako ste ga već dovršili).',
      'Odaberite spremljenu karticu, upišite novu, platite TxPay novčanikom ili odaberite plaćanje pouzećem ako je ponuđeno. Istekla kartica ne može se odabrati.',
      'Prijeđite na „Pregled i plaćanje” i odaberite „Naruči i plati”.',
      'Ako je plaćanje odbijeno, u Pomoći odaberite „Pokušajte drugom karticom”: adresa i odabrana dostava ostaju sačuvani.',
    ],
  },
  track_parcel: {
    title: 'Pratite paket',
    keywords: 'dostava pošiljka paket broj za praćenje dostavna služba gdje je moja narudžba kasni',
    steps: [
      'Otvorite svoje narudžbe i odaberite narudžbu.',
      'Svaki paket prikazuje status, kada bi trebao stići, dostavnu službu i broj za praćenje („Kopiraj” ga kopira).',
      'Odaberite „Prikaži sve novosti” da vidite svaku novost dostavne službe, od najnovije.',
      'Ako paket kasni ili ima problem, odaberite „Obratite se prodavatelju”, „Prijavite da niste primili” ili „Zatražite pomoć”.',
    ],
  },
  request_refund: {
    title: 'Zatražite povrat novca',
    keywords: 'novac natrag povrat novca refundacija otkazati',
    steps: [
      'Otvorite narudžbu i odaberite „Zatražite povrat novca”. Stranica prikazuje do kada to možete zatražiti.',
      'Odaberite „Povrat novca”, proizvode i količine te navedite razlog (napomena nije obavezna).',
      'Provjerite iznos i pošaljite zahtjev. Prodavatelj mora odgovoriti do prikazanog datuma; ako ne odgovori, zahtjev se odobrava.',
      'Pratite zahtjev na istoj stranici: prihvatite ili odbijte djelomičnu ponudu ili otkažite zahtjev dok je to moguće.',
    ],
  },
  start_return: {
    title: 'Pokrenite vraćanje proizvoda',
    keywords: 'vraćanje poslati natrag zamjena naljepnica',
    steps: [
      'Otvorite narudžbu, odaberite „Zatražite povrat novca”, a zatim „Vraćanje proizvoda i povrat novca” (ili „Zamjena”).',
      'Odaberite proizvode i količine, navedite razlog i pošaljite zahtjev.',
      'Kad prodavatelj pristane, pojavljuje se naljepnica za vraćanje s dostavnom službom, brojem za praćenje i rokom slanja.',
      'Pošaljite paket i odaberite „Poslao/la sam”. Povrat novca slijedi kad ga prodavatelj primi.',
    ],
  },
  open_dispute: {
    title: 'Otvorite spor',
    keywords: 'spor prigovor problem nije stiglo oštećeno pogrešan proizvod slučaj reklamacija',
    steps: [
      'Otvorite narudžbu i odaberite „Prijavite problem”.',
      'Odaberite razlog i proizvode, opišite što se dogodilo i navedite što želite: povrat novca, zamjenu ili vraćanje proizvoda uz povrat novca.',
      'Dodajte fotografije ili dokumente kao dokaze ako ih imate, a zatim pošaljite. Ako odete, skica ostaje na ovom uređaju.',
      'Pratite slučaj: odgovorite na ponudu prodavatelja, odgovarajte na poruke i odaberite „Zatražite odluku našeg tima” kad se ponudi.',
    ],
  },
  notifications: {
    title: 'Upravljajte obavijestima',
    keywords: 'obavijesti e-pošta sms poruke upozorenja postavke odjava',
    steps: [
      'Otvorite svoje narudžbe i odaberite karticu „Postavke obavijesti”.',
      'Svaka vrsta poruke ima prekidač za svaki kanal, poput e-pošte ili SMS-a.',
      'Uključite ili isključite prekidač: promjena se odmah sprema.',
    ],
  },
  your_data: {
    title: 'Preuzmite ili izbrišite svoje podatke',
    keywords: 'privatnost osobni podaci izvoz brisanje izbrisati račun',
    steps: [
      'Otvorite „Privatnost” i odaberite „Preuzmi moje podatke”. Datoteka se priprema za vas; preuzmite je kad bude spremna.',
      'Da biste izbrisali podatke, odaberite „Izbriši moje podatke”. Vidjet ćete što se uklanja te što nas zakon obvezuje zadržati i zašto.',
      'Otvorene narudžbe, povrati novca i sporovi moraju najprije biti završeni; neplaćenu narudžbu možete otkazati odmah ondje.',
      'Potvrdite i vaši će podaci biti izbrisani.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words in Croatian. */
export const words = {
  search_label: 'Pretražite vodiče',
  search: 'Traži',
  list: 'Svi vodiči',
  results: 'Vodiči koji odgovaraju upitu „{query}”:',
  found: 'Pronađeni vodiči: {count}.',
  no_results:
    'Nijedan vodič ne odgovara upitu „{query}”. Pokušajte s drugim riječima ili zatražite pomoć osobe. Ako se stranice ne učitavaju, provjerite vezu.',
  helpful: 'Je li vam ovo pomoglo?',
  yes: 'Da',
  no: 'Ne',
  thanks: 'Hvala što ste nam javili.',
  back: 'Natrag na vodiče',
  video: 'Videozapis: {title}',
  captions: 'Titlovi',
  transcript: 'Prijepis',
  no_video: 'Ovaj preglednik ne može reproducirati videozapis. Koraci u nastavku govore isto.',
} satisfies GuideWords;
