/**
 * A note above the results for a kind of document in which the matcher finds less (issue 26, seventh round): what the
 * page finds less well there, why, and what the raadslid can do instead. Plain Dutch (B1). It travels with the
 * worker's answer (`Uitkomst.letOp`), so its text is not part of the page's own script.
 */
import type { Soort } from './document.ts';

export interface LetOp {
  /** The heading of the note. */
  kop: string;
  /** Its paragraphs, each a plain sentence or two. */
  tekst: string[];
}

const BEGROTING: LetOp = {
  kop: 'Dit lijkt een begroting, jaarverslag of rapportage',
  tekst: [
    'In zo’n stuk vindt deze pagina minder keuzes van de raad, en soms een keuze die er alleen in een titel of een lijst staat. Een begroting zegt vooral wat de gemeente wil bereiken, wat zij gaat doen en wat dat mag kosten. Een jaarverslag of rapportage zegt wat er is gedaan en wat het kostte. De keuzes zelf staan meestal in de verordeningen en beleidsplannen waar het stuk naar verwijst, en vaak in eigen woorden. Tabellen met bedragen leest de pagina niet.',
    'Wat kunt u doen? Lees per programma het beleidsdeel: “Wat willen we bereiken?” en “Wat gaan we daarvoor doen?”. Plak alleen dat deel hier. Wilt u weten wat de raad heeft vastgelegd? Vraag de griffie om de verordening of het beleidsplan waar het programma op rust, en lees dat stuk hier.',
  ],
};

/** The note for a kind of document, if there is one. */
export function letOpBij(soort: Soort): LetOp | undefined {
  return soort === 'begroting' ? BEGROTING : undefined;
}
