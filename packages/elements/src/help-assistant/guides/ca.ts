import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Catalan. */
export default {
  payment_method: {
    title: 'Afegeix o canvia un mitjà de pagament',
    keywords: 'targeta crèdit dèbit moneder pagar pagament rebutjat targeta desada',
    steps: [
      'Obre el pagament i ves al pas «Pagament» (tria «Canvia» si ja l’has completat).',
      'Tria una targeta desada, introdueix-ne una de nova, paga amb el moneder TxPay o tria el pagament en efectiu a l’entrega si s’ofereix. No es pot triar una targeta caducada.',
      'Passa a «Revisa i paga» i tria «Fes la comanda i paga».',
      'Si s’ha rebutjat un pagament, tria «Prova una altra targeta» a l’Ajuda: l’adreça i el lliurament triat es conserven.',
    ],
  },
  track_parcel: {
    title: 'Fes el seguiment d’un paquet',
    keywords: 'lliurament enviament paquet número de seguiment transportista on és la meva comanda retard',
    steps: [
      'Obre les teves comandes i tria la comanda.',
      'Cada paquet mostra l’estat, quan hauria d’arribar, el transportista i el número de seguiment («Copia» el copia).',
      'Tria «Mostra totes les novetats» per veure cada novetat del transportista, de la més recent a la més antiga.',
      'Si un paquet fa tard o té un problema, tria «Contacta amb el venedor», «Informa que no l’has rebut» o «Obtén ajuda».',
    ],
  },
  request_refund: {
    title: 'Sol·licita un reemborsament',
    keywords: 'diners tornar reemborsament devolució cancel·lar',
    steps: [
      'Obre la comanda i tria «Sol·licita un reemborsament». La pàgina mostra fins quan ho pots demanar.',
      'Tria «Un reemborsament», selecciona els articles i les quantitats i indica un motiu (la nota és opcional).',
      'Comprova l’import i envia la sol·licitud. El venedor ha de respondre abans de la data indicada; si no ho fa, s’aprova.',
      'Segueix la sol·licitud a la mateixa pàgina: accepta o rebutja una oferta parcial, o cancel·la la sol·licitud mentre puguis.',
    ],
  },
  start_return: {
    title: 'Inicia una devolució',
    keywords: 'devolució retornar canvi substitució etiqueta',
    steps: [
      'Obre la comanda, tria «Sol·licita un reemborsament» i després «Devolució i reemborsament» (o «Un article de substitució»).',
      'Selecciona els articles i les quantitats, indica un motiu i envia la sol·licitud.',
      'Quan el venedor hi està d’acord, apareix l’etiqueta de devolució amb el transportista, el número de seguiment i la data límit d’enviament.',
      'Envia el paquet i tria «Ja ho he enviat». El reemborsament arriba quan el venedor el rep.',
    ],
  },
  open_dispute: {
    title: 'Obre una disputa',
    keywords: 'disputa queixa problema no rebut malmès article equivocat cas reclamació',
    steps: [
      'Obre la comanda i tria «Informa d’un problema».',
      'Tria un motiu i els articles, descriu què ha passat i indica què vols: un reemborsament, un article de substitució o retornar-ho per a un reemborsament.',
      'Afegeix fotos o documents com a proves si en tens i envia-ho. Si surts, l’esborrany es conserva en aquest dispositiu.',
      'Segueix el cas: respon l’oferta del venedor, contesta els missatges i tria «Demana que decideixi el nostre equip» quan s’ofereixi.',
    ],
  },
  notifications: {
    title: 'Gestiona les notificacions',
    keywords: 'notificacions correu electrònic sms missatges de text avisos preferències baixa',
    steps: [
      'Obre les teves comandes i tria la pestanya «Configuració de notificacions».',
      'Cada tipus de missatge té un interruptor per a cada canal, com ara el correu electrònic o els SMS.',
      'Activa o desactiva un interruptor: el canvi es desa a l’instant.',
    ],
  },
  your_data: {
    title: 'Baixa o esborra les teves dades',
    keywords: 'privadesa dades personals exportar suprimir esborrar compte',
    steps: [
      'Obre «Privadesa» i tria «Baixa les meves dades». Et preparem el fitxer; baixa’l quan estigui a punt.',
      'Per esborrar les teves dades, tria «Suprimeix les meves dades». Veuràs què se suprimeix i què ens obliga la llei a conservar i per què.',
      'Abans han d’haver acabat les comandes, els reemborsaments i les disputes oberts; una comanda sense pagar es pot cancel·lar allà mateix.',
      'Confirma-ho i les teves dades se suprimiran.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words in Catalan. */
export const words = {
  search_label: 'Cerca a les guies',
  search: 'Cerca',
  list: 'Totes les guies',
  results: 'Guies que coincideixen amb «{query}»:',
  found: 'Guies trobades: {count}.',
  no_results:
    'Cap guia coincideix amb «{query}». Prova amb altres paraules o demana ajuda a una persona. Si les pàgines no es carreguen, comprova la connexió.',
  helpful: 'T’ha estat útil?',
  yes: 'Sí',
  no: 'No',
  thanks: 'Gràcies per dir-nos-ho.',
  back: 'Torna a les guies',
  video: 'Vídeo: {title}',
  captions: 'Subtítols',
  transcript: 'Transcripció',
  no_video: 'Aquest navegador no pot reproduir el vídeo. Els passos de sota diuen el mateix.',
} satisfies GuideWords;
