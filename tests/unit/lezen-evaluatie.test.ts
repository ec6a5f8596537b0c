/**
 * The matcher of "Lees een stuk" against the real-document set in tests/fixtures/lezen/ (180 public documents in eleven
 * sets, expectations written before the matcher ran on them; see that folder's README). Prints precision and recall
 * on keuzes and the agreement on required verordening items, per document, per set and in total, and fails below the
 * thresholds explained at DREMPELS.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { laadKennis } from '../../src/lib/lezen/laden.ts';
import { leesStuk, maakIndex, type Index, type Uitkomst } from '../../src/lib/lezen/matcher.ts';

const MAP = 'tests/fixtures/lezen';

/**
 * Thresholds, on all documents together (the third held-out set included). The issue aims at 90 % precision, 80 %
 * recall and 90 % agreement.
 * First round (35 documents):
 * - Development set (20 documents; the rules were tuned on it): 91.5 %, 81.1 %, 98.9 %.
 * - First held-out set (15 documents): 83.3 % (20/24), 80.0 % (20/25), 96.3 % (79/82).
 * Second round (issue 26: negation, begrippen, other documents' titles, lists, gemeente words), tuned on those 35 only,
 * so both are tuned sets now: development 98.0 % (49/50), 92.5 % (49/53), 97.7 % (86/88); first held-out 95.8 %
 * (23/24), 92.0 % (23/25), 98.8 % (81/82).
 * - New held-out set (12 documents from 12 new gemeenten; expectations committed before the matcher ran on them),
 *   first run: 82.4 % (14/17), 51.9 % (14/27), 96.3 % (52/54): the honest figures. Recall on unseen documents is
 *   the weak point: one-line copies, tables of contents, documents about three laws at once and vocabulary the
 *   keuzes do not carry (see CONTRIBUTING, "Lees een stuk").
 * - Then, looking at those misses, one bug fix (a copy without line breaks was read as one long begripsbepaling) and
 *   general words ("kadernota Wmo", "beleidsplan sociaal domein", "integraal jeugdbeleid", "verlagen van de
 *   uitkering"; an abbreviation list and a table of contents count less): 94.7 % (18/19), 66.7 % (18/27), 100 %
 *   (54/54). From here on the new set is tuned on too; the next documents added are the held-out ones.
 * - Total after the second round: 96.8 % (90/93), 85.7 % (90/105), 98.7 % (221/224).
 * Third round (issue 26: rules that generalise to unseen documents, judged on a third held-out set that this work never
 * saw): the document's title after a CVDR or Gemeenteblad header, amending regulations, a combined Wmo/Jeugdwet
 * verordening, the title of a cited regulation, a borrowed reference as one word, a gemeente word named three times,
 * final f/v, line-by-line lists, and vocabulary collected from published documents of other gemeenten (sources in
 * content/lezen/gemeentewoorden.yaml). All three sets were visible while tuning, so these are tuned figures:
 * - development 98.0 % (49/50), 92.5 % (49/53), 97.7 % (86/88) (unchanged);
 * - first held-out 95.8 % (23/24), 92.0 % (23/25), 100 % (82/82) (Hoorn's Jeugdwet 2.9 onder a now found);
 * - new held-out 100 % (26/26), 96.3 % (26/27), 100 % (54/54) (was 94.7 %, 66.7 %, 100 %);
 * - total 98.0 % (98/100), 93.3 % (98/105), 99.1 % (222/224).
 * - Third held-out set (`nieuw2`, 14 documents from 14 gemeenten in none of the sets above; expectations committed
 *   in one commit before the matcher ran on them, and written without reading src/lib/lezen/), first run: 82.8 %
 *   (24/29), 75.0 % (24/32), 95.2 % (59/62): the honest figures for unseen documents. All 61 at that run: 94.6 %
 *   (122/129), 89.1 % (122/137), 98.3 % (281/286). It counts in the total the thresholds apply to.
 * Fourth round (after that run, with its misses in view, so nieuw2 is a tuned set from here on; the next honest figures
 * come from the set being collected now): a verordening whose title names jeugdhulp is the verordening jeugdhulp too;
 * only Jeugdwet 2.9 in the considerans (not 2.10) makes a verordening on something else that keuze; the first 400
 * characters that weigh for the document's law are counted from its title, not from a Gemeenteblad header; "Wmo-platform"
 * and "Platform Wmo" are names of the adviesraad; "ingekocht" and "in te kopen" are the verb forms of inkoop.
 * - nieuw2 87.5 % (28/32), 87.5 % (28/32), 96.8 % (60/62); the three older sets unchanged;
 * - total 95.5 % (126/132), 92.0 % (126/137), 98.6 % (282/286); the document's law 58/61.
 * Misses left in nieuw2, judged calls of the expectation or limits of an excerpt rather than matcher faults:
 * - Asten (- algemene voorziening of maatwerk): "algemene voorzieningen" is one item of a list of sleutelbegrippen; one
 *   word in passing is by the set's own rules not enough, and the matcher follows that rule.
 * - Leudal (- algemene voorziening of maatwerk): "voorliggend veld" (twice) and "algemene of collectieve voorzieningen";
 *   reading "algemene voorziening" as a name of its own (splitting the keuze's name at "of") found nothing here and
 *   added a false keuze in De Bilt, so it was not kept.
 * - Best (- re-integratie; items re-integratie and beschut werk): the excerpt never names re-integratie ("activering",
 *   an "uitvoeringsplan"); artikel 7 lid 1 onder a stands in a begripsbepaling, which counts nothing by rule. The item
 *   beschut werk rests on Participatiewet 8a lid 1 onder e in content/lezen/verordening-onderdelen.yaml; the excerpt
 *   cites 10b (the college's duty, found as the keuze). A word for "activeringsverordening" would be vocabulary of one
 *   gemeente.
 * - Eijsden-Margraten (+ beschut werk, - re-integratie): a title page of keywords ("Werkgeversbenadering") and
 *   "de uitvoering van de sociale werkvoorziening" as a task; "toeleiden naar de arbeidsmarkt" is not a word of the
 *   keuze. The expectation weighs a short excerpt; both are judgement.
 * - Teylingen (+ beschut werk): "de Wsw (Wet sociale werkvoorziening)" as a law the Participatiewet replaces, and the
 *   "Werkgeversservicepunt"; the expectation reads it as a law's name, the matcher as the subject. Judgement.
 * - Harlingen (+ beschermd wonen en opvang): the considerans says regels are needed for "… beschermd wonen en opvang";
 *   the expectation reads it as the Wmo's reikwijdte. Judgement (Gennep's considerans on the same subject counts).
 * - Woerden (+ huishoudelijke hulp normering): a voorstel on who gets huishoudelijke hulp; the matcher cannot tell the
 *   toegang to hulp bij het huishouden from its normering. Judgement of the expectation.
 * - Hollands Kroon names three laws; wet: wmo (the expectation) is found now, by the rule on the header above.
 * - nieuw3 (15 documents from 15 gemeenten in none of the sets above, nor in nieuw2; expectations committed in one
 *   commit before the matcher ran on them, written without reading src/lib/lezen/), first run after the fourth round:
 *   82.8 → 70.4 % precision (19/27), 63.3 % recall (19/30), 95.2 → 93.3 % items (56/60): the honest figures for
 *   unseen documents now, below the aims (90 / 80 / 90). Most misses: Cranendonck's concept Wmo verordening (articles
 *   in square brackets, 4 keuzes missed, 2 extra), loonkostensubsidie found where a re-integratie document only names
 *   it (Appingedam, Groningen, Laren), nadere regels read as the verordening jeugdhulp (Lingewaard, West Maas en Waal),
 *   and minimabeleid documents under the Wet werk en bijstand (Doetinchem, Uitgeest).
 *   All 76 at that run: 91.2 % (145/159), 86.8 % (145/167), 97.7 % (338/346).
 * Fifth round (issue 26, with nieuw3's misses in view, so nieuw3 is a tuned set from here on; the next honest figures
 * come from nieuw4): references and headings in square brackets; nadere regels and beleidsregels are not the
 * verordening they work out; the Wet werk en bijstand as the Participatiewet's earlier name (words, not article
 * numbers), "minimabeleid"/"armoedebeleid" for its field; a word given as an example ("zoals de …") counts half, also
 * across a page break; no linking-s compounds for a one-word stem ("Werkgeversservicepunt"); an abbreviation with its
 * full form in brackets counts once; a name of two long words with a preposition may stand apart in one sentence;
 * gemeente words "collectieve aanvullende zorgverzekering", "collectieve ziektekostenverzekering", "collectieve
 * verzekering" (minimabeleid) and "regulier werk" (re-integratie), each with where it was seen. The code was split into
 * modules per kind of rule (document.ts, termen.ts, gewicht.ts). No expectation was changed.
 * - nieuw3 84.4 % (27/32), 90.0 % (27/30), 98.3 % (59/60); nieuw2 93.1 % (27/29), 84.4 % (27/32), 96.8 % (the
 *   Werkgeversbenadering of Eijsden-Margraten and the Wsw of Teylingen no longer make beschut werk; Teylingen's
 *   loonkostensubsidie was found only through "Werkgev…" in "Werkgeversservicepunt" and is now missed); the three older
 *   sets unchanged; total 94.4 % (152/161), 91.0 % (152/167), 98.6 % (341/346); the document's law 72/76.
 * Misses left in nieuw3, judged calls of the expectation or limits of an excerpt rather than matcher faults:
 * - Appingedam and Laren (+ loonkostensubsidie): both considerans cite Participatiewet artikel 6, tweede lid. Until
 *   2023 (Stb. 2022, 499 struck it) that lid had the raad regulate how the doelgroep loonkostensubsidie and the
 *   loonwaarde are established (VNG, Handreiking modelverordeningen Participatiewet 2014: "Verordening wijze vaststellen
 *   doelgroep loonkostensubsidie en loonwaarde"); the keuze rests on artikel 6 (its sources), so by the set's own rule
 *   (an article that carries one keuze, cited as legal basis) the matcher's finding stands. The expectations do not
 *   mention artikel 6; likely an omission, left for the lead to judge (Geertruidenberg in the toets set, the same).
 * - Appingedam (- arbeidsmarktregio): "gelet op de afspraken die gemaakt zijn in de arbeidsmarktregio", one word; the
 *   expectation marks it as doubtful itself.
 * - Cranendonck (+ algemene voorziening of maatwerk, + beschermd wonen en opvang; item criteria maatwerk): the VNG model
 *   considerans ("niet op eigen kracht … of met gebruikmaking van algemene voorzieningen"; "psychische of psychosociale
 *   problemen … de thuissituatie hebben verlaten"); the expectation reads it as the law's task repeated (doubtful, as
 *   Harlingen in nieuw2), Gennep's considerans on the same subject counts.
 * - Lingewaard (- inkoop en bekostiging): the landelijke afspraken for zeer specialistische functies; the word inkoop
 *   is not in the excerpt (the expectation says so).
 * - Montferland (+ tegenprestatie): "Regeling maatschappelijke participatie schoolgaande kinderen" in a list of
 *   regelingen; "maatschappelijke participatie" is part of the keuze's own name. Reading a keuze's name inside another
 *   regeling's name as that regeling would also drop "Verordening tegenprestatie" in a list of new verordeningen.
 * - Utrechtse Heuvelrug (- regionale samenwerking): "deze transitie zullen we voor een groot deel regionaal
 *   voorbereiden", one sentence; "regionaal" alone is too common a word to count.
 * - nieuw4 (20 documents from 20 gemeenten in none of the sets above; expectations committed in one commit before the
 *   matcher ran on them, written without reading src/lib/lezen/), first run after the fifth round (full output in
 *   tests/fixtures/lezen/eerste-run-nieuw4.txt): 70.4 % (19/27), 54.3 % (19/35), 97.6 % (80/82): the honest
 *   figures for unseen documents, precision and recall below the aims (90 / 80 / 90). All 96 at that run: 91.0 %
 *   (171/188), 84.7 % (171/202), 98.4 % (421/428); the document's law 88/96.
 *   After it one plain bug was fixed, so nieuw4 is no longer held out: the Wet werk en bijstand's name (fifth round)
 *   also resolved an unnamed reference in its sentence, so Boekel's own "artikelen 3, 4, 5, 6 en 7" beside "artikel 18,
 *   lid 1 WWB" became Participatiewet 6 (loonkostensubsidie); only a current name does that now. nieuw4 73.1 % (19/26),
 *   54.3 % (19/35), 97.6 % (80/82); total 91.4 % (171/187), 84.7 % (171/202), 98.4 % (421/428). Nothing else was tuned.
 *   What it misses (not fixed: vocabulary and judgement, which a new round would have to weigh on documents it has not
 *   seen):
 *   - the adviesraad named "participatieraad" or in a "cliëntenparticipatie" verordening (Goirle, Scherpenzeel,
 *     Stadskanaal, Achtkarspelen's "Betrekken van ingezetenen"); "participatieraad" is a search word of weight 1 and
 *     counts once; Scherpenzeel and Stadskanaal are read as Participatiewet documents, where a Wmo keuze needs a
 *     sentence that names the Wmo;
 *   - tables of contents without the word "inhoud" (Achtkarspelen on one line: + toegang from "Melding" and
 *     "Persoonlijk plan", - cliëntondersteuning; Almere: + jeugdplan, + regionale samenwerking from headings);
 *   - lists of titles of regelingen and nota's in a begroting (Weststellingwerf: + beleidsplan, + beschermd wonen,
 *     + inkomenstoeslag);
 *   - documents that say it in their own words: a begroting on "normaliseren" and "opgroeiklimaat" (Middelburg:
 *     reikwijdte, preventie), a jaarverslag's "opslag" for evening care and "abonnementstarief" (Ede), a
 *     bestuursrapportage's "Regionaal Werkcentrum", "mantelzorgers waarderen", "regionale inkoop" (Stichtse Vecht; its
 *     "re-integratie van statushouders" is found, the expectation does not count it), a notice that the raad adopted a
 *     "Verordening maatschappelijke ondersteuning en jeugdhulp" (Mook en Middelaar), the toeslag on the WWB norm as
 *     bijstandsnormen (Boekel), the Wlz and the termijnen in Haarlem's headings.
 * Sixth round (issue 26, with nieuw4's misses in view, so nieuw4 is a tuned set from here on; the next honest figures
 * come from nieuw5). First a factual correction of three expectations, decided by the lead after the run: Appingedam
 * and Laren (nieuw3) and Geertruidenberg (toets) cite Participatiewet artikel 6, tweede lid, which in the text of 2015
 * (BWBR0015703) read "De gemeenteraad stelt bij verordening regels over de doelgroep loonkostensubsidie en de
 * loonwaarde …" and is gone from the text of 1 July 2026; the keuze loonkostensubsidie rests on artikel 6 (its
 * sources), so by the sets' own rule they touch it (their toelichting says so). Then general rules, each with a unit
 * test in lezen-matcher.test.ts: a table of contents on one line without the word "inhoud" (five headings or more,
 * "artikel 2. Melding 3 artikel 3. …" or "3.2.1 …", close together) counts half; lines that are all short titles (a
 * begroting's taakvelden and its list of nota's and verordeningen; not a title page, not a header of fields) count half,
 * and a required item's words do not count there; "participatieraad" and "adviesraad sociaal domein" are gemeente
 * words of the Wmo adviesraad (three mentions count 2), and a gemeente word that a sentence ties to another law
 * ("de participatieraad is een afspiegeling van de bij de Participatiewet, de Wmo en de Jeugdwet betrokken personen")
 * counts at every mention; the Wmo item "inwoners en cliënten betrekken" in the law's words as a heading ("Betrekken
 * van ingezetenen bij het beleid") and with "ongevraagd" and "advies" apart ("gevraagd en ongevraagd van advies"); a
 * document that opens with the raad adopting a verordening that names jeugdhulp is the keuze Verordening jeugdhulp.
 * No expectation of nieuw4 was changed.
 * Figures, before → after this round (before = the state after nieuw4's bug fix, with the three old expectations):
 * - nieuw4 73.1 → 95.8 % (23/24), 54.3 → 65.7 % (23/35), 97.6 → 100 % (82/82);
 * - nieuw3 84.4 → 90.6 % (29/32), 90.0 → 90.6 % (29/32), 98.3 % (59/60) (the correction: Appingedam, Laren);
 * - toets 95.8 → 100 % (24/24), 92.0 → 92.3 % (24/26), 100 % (the correction: Geertruidenberg);
 * - ontwikkel, nieuw, nieuw2 unchanged (98.0/92.5/97.7; 100/96.3/100; 93.1/84.4/96.8);
 * - total 91.4 → 96.2 % (178/185), 84.7 → 86.8 % (178/205), 98.4 → 98.8 % (423/428); the document's law 88/96.
 * Misses left in nieuw4, and why they are left:
 * - Achtkarspelen (- cliëntondersteuning): the excerpt is a table of contents; "artikel 3. Cliëntondersteuning" is one
 *   heading, one word. The expectation counts a heading as a provision (a precedent of the set); a rule that a heading
 *   alone makes a keuze would also bring back the toegang from "Melding" and "Persoonlijk plan", which it does not
 *   count. Judgement.
 * - Stadskanaal (- adviesraad): the excerpt stops in the considerans; "participatieraad" stands only in the title and
 *   the CVDR header, the Wmo only in the list of grondslagen (artikel 11 of the Wmo of 2007, which the matcher does not
 *   map), never in one sentence with the raad. The document's law (Participatiewet from WWB art. 47, expected Wmo) is
 *   itself a call between two grondslagen.
 * - Stichtse Vecht (three missed, + re-integratie): read as a Participatiewet document (expected Jeugdwet, doubtful
 *   by its own toelichting), so its jeugd and Wmo sentences need the law's name; "deze nieuwe wet … regionale
 *   samenwerking" names the law only in the sentence before, "mantelzorgers waarderen" is one sentence and the
 *   "Regionaal Werkcentrum" a name of one region. "re-integratie van statushouders" is named as a task; the
 *   expectation does not count it. Judgement and vocabulary of one document.
 * - Middelburg (reikwijdte, preventie: "normaliseren", "opgroeiklimaat") and Ede (inkoop, maximum eigen bijdrage:
 *   "opslag" for evening care, "abonnementstarief"): the document's own words; adding them would be vocabulary of one
 *   document.
 * - Boekel (- bijstandsnormen): a toeslag on the norm under the WWB (artikel 25 WWB, gone under the Participatiewet);
 *   the expectation itself doubts it.
 * - Haarlem (- recht op hulp en termijnen, - Wlz gaat voor): headings of a table of contents ("Wlz-instellingen, of
 *   mensen … met een Wlz pgb"), on the woonvoorziening; the expectation doubts both.
 * - nieuw5 (16 documents from 16 gemeenten in none of the sets above; expectations committed in one commit before the
 *   matcher ran on them, written without reading src/lib/lezen/), first run after the sixth round, which was made and
 *   committed before the set was opened (full output in tests/fixtures/lezen/eerste-run-nieuw5.txt):
 *   69.2 % (9/13), 50.0 % (9/18), 97.5 % (39/40): the honest figures for unseen documents, precision and recall below
 *   the aims (90 / 80 / 90). All 112 at that run: 94.4 % (187/198), 83.9 % (187/223), 98.7 % (462/468); the
 *   document's law 101/112. Its misses: Horst aan de Maas (+ loonkostensubsidie) cites Participatiewet artikel 6 lid 2
 *   (2022), the case corrected above for three older documents, but its expectation follows the old Geertruidenberg
 *   precedent; the lead corrected it after the run like the three above (its toelichting says so), so nieuw5 is now
 *   76.9 % (10/13), 52.6 % (10/19) and all 112 94.9 % (188/198), 83.9 % (188/224); Dalfsen (+ bijzondere bijstand), Boxtel
 *   (+ preventie), Hoeksche Waard (+ pgb-tarieven) extra; missed: Assen (maatwerk), Helmond (bijzondere bijstand,
 *   collectieve zorgverzekering), Leidschendam-Voorburg (reikwijdte, verordening jeugdhulp), Oostzaan (beleidsplan,
 *   jeugdplan, preventie), Wormerland (preventie). Nothing was tuned on them.
 * Seventh round (issue 26, with the misses of every set's first and current runs in view, so nieuw5 is a tuned set from
 * here on; the next honest figures come from nieuw6). The kind of document: a begroting, jaarverslag or rapportage is
 * recognised (isBegroting, 12 of the 14 in the sets, none of the 98 others) and the page says above the results what
 * it finds less well there and what to do; such a document regulates nothing, so an item's words there make no keuze
 * (Hoeksche Waard's pgb-tarieven, Stichtse Vecht's re-integratie were found that way). Recall: a regulation named as
 * the object of its adoption counts 2 (Leidschendam-Voorburg's "vaststelling van een nieuwe verordening jeugd"); gemeente
 * names with sources: "voorliggend … voor op maatwerk" (Assen), the "regionale uitvoering" of jeugdhulp and "regionaal …
 * uitvoeren" (Zeeuws-Vlaanderen, Utrechtse Heuvelrug), "normaliseren" with opvoeden or opgroeien (Middelburg). Each rule
 * has a unit test in lezen-matcher.test.ts that fails without it. No expectation was changed. Tried and dropped:
 * phrases of a keuze's own waartussen options and samenvatting as weaker evidence (nothing at half weight; one miss and
 * three false finds at full weight).
 * Figures, before → after:
 * - nieuw5 76.9 → 85.7 % (12/14), 52.6 → 63.2 % (12/19), 97.5 % (39/40);
 * - nieuw4 95.8 → 100 % (24/24), 65.7 → 68.6 % (24/35), 100 %;
 * - nieuw3 90.6 → 90.9 % (30/33), 90.6 → 93.8 % (30/32), 98.3 %;
 * - nieuw 100 % (26/26 → 27/27), 96.3 → 100 % (27/27), 100 %;
 * - ontwikkel, toets, nieuw2 unchanged (98.0/92.5/97.7; 100/92.3/100; 93.1/84.4/96.8);
 * - total 94.9 → 96.0 % (193/201), 83.9 → 86.2 % (193/224), 98.7 % (462/468); the document's law 101/112.
 * Misses left, grouped by cause (none fixed: each would need vocabulary of one document or a judgement the set's
 * rules leave to the reader):
 * - the document's own words for a keuze, in one document only: "opgroeiklimaat" (Middelburg, preventie), "Sterke
 *   Basis voor de Jeugd" and "in te zetten op preventie" in a programme read as a Wmo document (Oostzaan, Wormerland),
 *   "integraal beleidskader" (Oostzaan, beleidsplan and jeugdplan), "jeugdhulp … niet het antwoord" (Leidschendam-
 *   Voorburg, reikwijdte), "opslag" and a table (Ede), "maximale bedragen … eigen bijdrage" (Purmerend);
 * - a keuze named once, in a list or a heading (Achtkarspelen, Midden-Limburg's "inkoop" in a list of tasks, Asten,
 *   Leudal, Appingedam) or only in a definition (Meierijstad's "bijdrage in de kosten");
 * - the law of the document read otherwise than the expectation (Stichtse Vecht, Stadskanaal), so a keuze of another
 *   law needs a sentence that names its law;
 * - references under an earlier law whose articles the matcher does not map (Helmond's WWB 35, Boekel's WWB toeslag);
 * - judgement of the expectation itself (Zwolle, Haarlem, Best, Eijsden-Margraten, Teylingen, Lingewaard, Rhenen).
 * - nieuw6 (17 documents from 15 gemeenten and 2 regions in none of the sets above; expectations committed in one commit
 *   before the matcher ran on it, written without reading src/lib/lezen/), first run after the seventh round, whose rules
 *   were committed before the set was merged (full output in tests/fixtures/lezen/eerste-run-nieuw6.txt): 73.9 %
 *   (17/23), 70.8 % (17/24), 96.4 % (53/55): the honest figures for unseen documents, precision and recall below the
 *   aims (90 / 80 / 90); recall up from nieuw5's first run (50.0 %), precision about the same (69.2 %). All 129 at that
 *   run: 93.8 % (210/224), 84.7 % (210/248), 98.5 % (515/523); the document's law 111/129. Begroting kind: 4 of its 6
 *   begrotingen and verantwoordingen recognised (not De Fryske Marren, whose excerpt has none of the signals, nor
 *   Halderberge, two signals on one line), none of the 11 others. Per document:
 *   - Alphen aan den Rijn (+ beschut werk): a notitie on the Wet sociale werkvoorziening; "sociale werkvoorziening" and
 *     "Wsw" are words of the keuze, the expectation reads the Wsw as another law (as Teylingen in nieuw2). Judgement.
 *   - Drechtsteden (+ regionale samenwerking): "de regionale samenwerking in de Drechtsteden" in a memorie on a GR
 *     sociaal; the expectation does not count it as the jeugdregio (it covers more than jeugdhulp). Judgement.
 *   - Gooi en Vechtstreek (+ inkoop en bekostiging, Wmo and Jeugdwet): table-of-contents lines of a regional begroting
 *     ("Inkoop en Contractbeheer 14", "Tarieventabel 84") beside "opdrachtgever"; headings of a contents list, which counts
 *     half only when recognised as one; here each heading and its page number stands between blank lines, so it is not.
 *   - Halderberge (+ jeugdplan): "het beleidsplan sociaal domein … vastgesteld" is both the Wmo plan and the jeugdplan by
 *     the vocabulary (beleidsplan sociaal domein), the expectation counts only the Wmo one.
 *   - Leeuwarderadeel (+ beschermd wonen en opvang): the VNG model considerans ("psychische of psychosociale problemen",
 *     "beschermd wonen"), the same call as Harlingen and Cranendonck. Judgement.
 *   - Beemster (- beleidsplan, - adviesraad): the plan's own voorwoord (title "Wmo in Beemster 2008-2011", "dit concept
 *     beleidsplan" once) and the "Wmo cliëntenraad", a name not in the vocabulary.
 *   - De Fryske Marren (- beleidsplan, - jeugdplan): "integrale beleidskaders", "strategische beleidsagenda" in the
 *     document's own words, the precedent of Oostzaan (also missed).
 *   - Gooise Meren (- regionale samenwerking): eight gemeenten that "intensief samenwerken" in the sociaal domein, no
 *     word of the jeugdregio.
 *   - Maashorst (- jeugdplan): a preventief jeugdbeleid that never calls itself a plan; preventie is found.
 *   - Sint-Michielsgestel (- beschermd wonen en opvang): "dak- en thuisloosheid"; the keuze's words (opvang) are not in
 *     the excerpt.
 *   - Capelle aan den IJssel (item verlagen na ontheffing not found): only in a begripsbepaling that cites artikel 9a.
 *   - Zeevang (item re-integratie found, expected not): CVDR's grondslag "Wet werk en bijstand, art. 10 lid 2". Judgement.
 * Eighth round (issue 26, with the false finds and misses of every set's first and current runs in view, nieuw6 included,
 * so nieuw6 is a tuned set from here on; the next honest figures come from nieuw7). Precision first, false finds grouped
 * by cause: boilerplate (a table of contents line by line with page numbers counts half; a clause of a verordening's
 * considerans that repeats the Wmo's own formula, "… bij het zich handhaven in de samenleving", "de versterking van de
 * zelfredzaamheid en participatie van personen met een beperking …", counts nothing for a keuze); a broader subject read
 * as the narrower keuze (no Jeugdwet keuze by words in a document that never names jeugd); another law (the Wsw's words
 * are not beschut werk). Recall: a document that calls itself "dit beleidsplan" is that plan; "dak- en thuisloosheid"
 * and "Wmo-cliëntenraad" with where they were seen. Each rule has a unit test in lezen-matcher.test.ts that fails
 * without it. No expectation was changed. Effect of each rule (false finds −, true finds +; sets in brackets):
 * - table of contents line by line: −2 (nieuw6: Gooi en Vechtstreek);
 * - the law's own words in a considerans: −3 (nieuw2 Harlingen, nieuw3 Cranendonck, nieuw6 Leeuwarderadeel), and one
 *   true find lost (ontwikkel: Gennep, whose expectation counts the same VNG model clause that the three later sets do
 *   not; a judgement left to the lead, not a factual error);
 * - no jeugd, no Jeugdwet keuze by words: −3 (nieuw5 Boxtel, nieuw6 Drechtsteden and Halderberge); the same for the Wmo
 *   was tried and dropped (two true finds lost: Halderberge's beleidsplan, Medemblik's toegang);
 * - the Wsw is another law: −1 (nieuw6 Alphen aan den Rijn; the cause of nieuw2's Teylingen and Eijsden-Margraten before);
 * - "dit beleidsplan": +1 (nieuw6 Beemster); "dak- en thuisloosheid": +1 (nieuw6 Sint-Michielsgestel); "Wmo-cliëntenraad"
 *   beside the search word "cliëntenraad": +1 (nieuw6 Beemster's adviesraad: two mentions in two sentences).
 * Figures, before → after:
 * - nieuw6 73.9 → 100 % (17/23 → 20/20), 70.8 → 83.3 % (20/24), 96.4 % (53/55);
 * - nieuw5 85.7 → 92.3 % (12/14 → 12/13), 63.2 % (12/19), 97.5 %; nieuw4 unchanged (100 %, 68.6 %, 100 %);
 * - nieuw3 90.9 → 93.8 % (30/33 → 30/32), 93.8 %; nieuw2 93.1 → 96.4 % (27/29 → 27/28), 84.4 %;
 * - ontwikkel 98.0 % (49/50 → 48/49), 92.5 → 90.6 % (48/53); toets and nieuw unchanged;
 * - total 93.8 → 97.7 % (210/224 → 212/217), 84.7 → 85.5 % (212/248), 98.5 % (515/523); the document's law 111/129.
 * How it may generalise (estimated before nieuw7 was opened): the rules made from the failures of the older sets only
 * (the considerans, no jeugd, the Wsw) take nieuw6 from its first run 73.9 % (17/23) to 89.5 % (17/19) precision, with
 * recall unchanged at 70.8 %; the rules made with nieuw6 in view (table of contents line by line, "dit beleidsplan",
 * the vocabulary) change nothing in nieuw4, nieuw5 or older sets, so they may be fitted to one document each. Expected on
 * unseen documents: precision well above the earlier first runs (69-74 %), recall about as before (50-71 %).
 * - nieuw7 (19 documents from 17 gemeenten and 2 regions in none of the sets above; expectations committed in one commit
 *   before the matcher ran on it, written without reading src/lib/lezen/), first run after the eighth round, whose rules
 *   were committed before the set was merged (full output in tests/fixtures/lezen/eerste-run-nieuw7.txt): 76.7 %
 *   (23/30), 88.5 % (23/26), 94.9 % (74/78): the honest figures for unseen documents; recall above the aim for the
 *   first time (first runs before: 50.0-70.8 %), precision still below it (first runs before: 69.2-73.9 %). The
 *   estimate above was wrong both ways: recall rose because nine of the 19 are verordeningen whose "gelet op" cites
 *   articles, and precision fell on a cause no earlier set had (3 of the 7 false finds, below). Of the eighth round's
 *   rules only the considerans rule fired on nieuw7 (it kept Maassluis from + beschermd wonen en opvang). All 148 at
 *   that run: 95.1 % (235/247), 85.8 % (235/274), 98.0 % (589/601); the document's law 126/148 (nieuw7 15/19).
 *   Begroting kind: both of its begrotingen and nota's with a table (Albrandswaard, Zoetermeer) recognised. Per document:
 *   - Bergen op Zoom, Koggenland, Steenbergen (+ verlagingen-verordening; item verlagen na ingetrokken ontheffing found,
 *     expected not): verordeningen individuele studietoeslag of 2015 resting on "Participatiewet, art. 8, lid 1, sub c",
 *     which was the studietoeslag in the text of 2015 and is the verlaging after an ingetrokken ontheffing in the text
 *     of 2026 that content/lezen/verordening-onderdelen.yaml follows; the matcher reads a letter against the current
 *     text. One cause, three false finds and three item disagreements. No keuze exists for the studietoeslag.
 *   - Heerlen (+ beschermd wonen en opvang): an article's list of the kinds of maatwerkvoorziening ("voor
 *     zelfredzaamheid, participatie, beschermd wonen of opvang"), the law's own words again but in an article, where the
 *     considerans rule does not look; (+ recht op hulp en termijnen): "met inachtneming van de artikelen 2.3.1 tot en met
 *     2.3.5 van de wet", a range that holds that keuze's article, and "aanvraag" in two headings; the expectation reads
 *     the procedure as the toegang and doubts it.
 *   - Zoetermeer (+ beschut werk, + minimabeleid collectieve zorgverzekering): rows of a perspectiefnota's table of
 *     amounts ("Beschut werk -Effect 'cao aan de slag' -150 …", "Collectieve ziektekostenverzekering …") and "armoede" at
 *     the end of "energiearmoede"; a row's title still counts as a word. The expectation doubts it.
 *   - 's-Hertogenbosch (- inkoop en bekostiging): "gezamenlijke inkoop" and "inkoopsamenwerking" are words of the keuze
 *     regionale samenwerking (found); the inkoop keuze's own words reach 1 of the 2 it needs.
 *   - Rijswijk (- toegang): a heading and one sentence the excerpt cuts off ("Toegang tot jeugdhulp is mogelijk door een
 *     verwijzing v…"); item criteria voor voorzieningen found from a definition the verordening writes itself
 *     ("preventief aanbod binnen de algemene voorzieningen: …"), which counts for an item by rule; expected not.
 *   - Steenwijkerland (- loonkostensubsidie): "Verordening loonkostensubsidie" is one line of a list of verordeningen
 *     to be adopted, which counts half; the others in the list are found through their items.
 *   The thresholds were set from these totals (0.94, 0.85, 0.97; they were 0.92, 0.83, 0.98).
 *   After a fix found on this run (not a held-out figure: the fix was made with these three documents in view):
 *   an article letter is read in the law text of the document's own date (src/lib/lezen/versies.ts, the
 *   Participatiewet's articles 8 and 8a of 2015-08-24 stored beside those of 2026, at the time; the ninth round stores six more versions, see src/lib/lezen/README.md; tests in
 *   lezen-versies.test.ts).
 *   The three studietoeslag verordeningen of 2015 lose their false find and item (their "sub c" is the studietoeslag,
 *   which maps to nothing today), and Capelle aan den IJssel (nieuw6, 2015) gains its item verlagen na ingetrokken
 *   ontheffing from "onderdeel e" of 2015, today's c. nieuw7 85.2 % (23/27), 88.5 % (23/26), 98.7 % (77/78);
 *   nieuw6 items 98.2 % (54/55, was 53/55); no other set changed. All 148: 96.3 % (235/244), 85.8 % (235/274), 98.7 %
 *   (593/601). The thresholds follow the rule below from these totals: 0.95, 0.85, 0.98.
 * Ninth round (issue 26, with every false find of every set's first and current runs in view, nieuw7 included, so
 * nieuw7 is a tuned set from here on; the next honest figures come from nieuw8). Precision first. The 41 false finds
 * of the seven first runs (nieuw 3, nieuw2 5, nieuw3 8, nieuw4 8, nieuw5 4, nieuw6 6, nieuw7 7), by the kind of
 * evidence that produced them, with how many are left in the current run:
 *   kind of evidence                                         first-run false finds (sets)              left
 *   text that is no sentence: a table of contents on one     11 (nieuw3 1, nieuw4 6, nieuw6 2, nieuw7 2)  0
 *     line or line by line, a list of titles, a heading,
 *     a row of a table of amounts
 *   the law's own words repeated: a considerans formula,     5 (nieuw2 1, nieuw3 2, nieuw6 1, nieuw7 1)   1 Cranendonck
 *     the Wmo's list of its tasks in an article
 *   a reference read wrongly: a letter of an older text,     5 (nieuw4 1, nieuw7 4)                       1 Heerlen
 *     a WWB article as the Participatiewet's, a range
 *     "met inachtneming van de artikelen 2.3.1 t/m 2.3.5"
 *   a broader subject read as the narrow keuze (regionale    4 (nieuw2 1, nieuw5 1, nieuw6 2)             1 Woerden
 *     samenwerking in the sociaal domein, a plan sociaal
 *     domein, huishoudelijke hulp as its normering)
 *   the kind of document: nadere regels as the verordening,  4 (nieuw3 2, nieuw4 1, nieuw5 1)             0
 *     an item's words in a begroting
 *   another law's domain named (the Wsw as beschut werk)     3 (nieuw2 2, nieuw6 1)                       0
 *   named in passing: one sentence, as an example or as the  2 (nieuw3 1, nieuw5 1)                       1 Dalfsen
 *     other side of a relation ("… met de bijzondere
 *     bijstand")
 *   not a matcher error: the expectation was corrected       3 (nieuw3 2, nieuw5 1)                       0
 *     (Participatiewet 6 lid 2 of 2015)
 *   not recorded per document (nieuw's first run; one of     4 (nieuw 3, nieuw2 1)                        -
 *     nieuw2 fixed in the fourth round)
 * Left from before the first runs: Purmerend (ontwikkel, "Voor beschermd wonen geldt de bijdrage zoals benoemd in
 * hoofdstuk 3 van het Uitvoeringsbesluit Wmo", one sentence). What separated evidence that held from evidence that
 * misled, across sets: it held in a sentence that says something (a provision, a "gelet op" citing an article that
 * carries one keuze, a paragraph of a plan); it misled in the document's furniture (tables, contents, titles) and in
 * what the law itself says. A rule that one sentence is never enough does not separate them: 2 of the 5 false finds
 * left (Dalfsen, Purmerend) rest on words in one sentence, and so do 44 true finds (plans, begrotingen, verordeningen
 * jeugdhulp).
 * Changes (rules in src/lib/lezen/README.md, "Ninth round"; each with a unit test in lezen-matcher.test.ts that fails
 * without it; no expectation was changed), each with its effect per set:
 * - a table of amounts or a table of contents line by line (three lines or more around it that end with an amount)
 *   counts half, replacing the eighth round's table of contents rule: nieuw7 −2 false finds (Zoetermeer, its source),
 *   nieuw6 keeps Gooi en Vechtstreek's two out without the old rule, nieuw3 −1 false find and −1 true find
 *   (Montferland's table of contents: + tegenprestatie, - bijzondere bijstand); other sets unchanged;
 * - the Wmo's list of its four tasks counts nothing anywhere: nieuw7 −1 false find (Heerlen, in an article); derived
 *   from the considerans clauses of nieuw2 (Harlingen), nieuw6 (Leeuwarderadeel) and nieuw7 (Maassluis), which it
 *   also covers on its own; other sets unchanged;
 * - a verordening in a besluit's list of verordeningen to be adopted counts 2: nieuw7 +1 true find (Steenwijkerland);
 *   no other set changes (Ridderkerk in ontwikkel has the same list, its keuzes found already), so it may be fitted to
 *   one document.
 * Figures, before → after:
 * - nieuw7 85.2 → 96.0 % (23/27 → 24/25), 88.5 → 92.3 % (24/26), 98.7 % (77/78);
 * - nieuw3 93.8 → 96.7 % (30/32 → 29/30), 93.8 → 90.6 % (29/32), 98.3 %;
 * - ontwikkel, toets, nieuw, nieuw2, nieuw4, nieuw5, nieuw6 unchanged;
 * - total 96.3 → 97.9 % (235/244 → 235/240), 85.8 % (235/274), 98.7 % (593/601); the document's law 126/148.
 * How it may generalise (estimated before nieuw8 was opened), leave one set out: the table rule was written from
 * nieuw7 and also removes first-run false finds of sets it was not written from (nieuw6 Gooi en Vechtstreek 2, nieuw3
 * Montferland 1, at the cost of Montferland's one true find); the list of tasks was written from the considerans of
 * nieuw2 and nieuw6 and removes Heerlen in nieuw7. Had this round's rules stood before each first run (nothing else
 * changed): nieuw7 23/30 → 23/27 (85.2 %, 24/28 with the list of adopted verordeningen), nieuw6 17/23 → 17/20
 * (85.0 %), nieuw2 24/29 → 24/28 (85.7 %), nieuw3 19/27 → 19/26 (73.1 %); nieuw4 and nieuw5 not measured (their false
 * finds of these kinds were fixed by earlier rounds). Expected on unseen documents: precision 80-90 %, above the
 * earlier first runs (69-77 %) but below the aim when a kind of evidence turns up that no round has seen (each first
 * run had one: the studietoeslag's letter of 2015 in nieuw7, a table of contents line by line in nieuw6, lists of
 * titles in a begroting in nieuw4); recall about as nieuw7's first run or lower, 70-90 %, depending on how many
 * verordeningen cite articles.
 * - nieuw8 (18 documents from 15 gemeenten and 3 regions in none of the sets above; expectations committed in one commit
 *   before the matcher ran on it, written without reading src/lib/lezen/), first run after the ninth round, whose rules
 *   were committed before the set was merged (full output in tests/fixtures/lezen/eerste-run-nieuw8.txt): 83.3 %
 *   (35/42), 92.1 % (35/38), 87.0 % (80/92): the honest figures for unseen documents. Precision the best first run so
 *   far (69.2-76.7 % before) and inside the estimate above (80-90 %), still below the aim; recall above it; items below
 *   it, for one cause (below). All 166 at that run: 95.7 % (270/282), 86.5 % (270/312), 97.1 % (673/693); the
 *   document's law 140/166 (nieuw8 14/18). Of this round's rules the table rule and the list of tasks fired on no
 *   document of nieuw8; the kinds that misled were others. Per document:
 *   - Ermelo and Oldenzaal (+ algemene voorziening of maatwerk; item criteria voor maatwerk found, expected not): the
 *     VNG model considerans "… niet op eigen kracht, met gebruikelijke hulp, met mantelzorg … of met gebruikmaking van
 *     algemene voorzieningen …" (the Wmo's own words, artikel 2.3.5, derde lid). Kind: the law's own words repeated;
 *     the case of Cranendonck (nieuw3), which the ninth round left because it was one document. The items' rule counts
 *     a consideration on its subject, so the item is a judgement between the rule and the expectation.
 *   - Venlo (+ verordening jeugdhulp): nadere regels titled "Besluit nadere regels jeugdhulp en maatschappelijke
 *     ondersteuning Venlo 2017"; the title rule looked for "nadere regels" only at the start. Kind: the kind of
 *     document. A plain bug, fixed after the run (below).
 *   - Enschede (+ beschermd wonen en opvang): "• Beschermd wonen." as one of two kinds of maatwerk in a list set out
 *     line by line; the rule for a short item of such a list missed an item that ends with a full stop. Kind: a list.
 *     A plain bug, fixed after the run (below).
 *   - Delft (+ individuele inkomenstoeslag): "langdurigheidstoeslag: de toeslag die is bedoeld in artikel 36 van de
 *     wet", a definition in a begripsbepaling that borrows the law's, written "die is bedoeld in" where the matcher
 *     knew only "als bedoeld in"; and "de wet" is the Wet werk en bijstand there. Kind: a reference read wrongly.
 *   - Den Haag (+ beschermd wonen en opvang): "Dit betreft vooral de Wmo-voorzieningen (26%), maatwerkdienstverlening
 *     18- (22%) en beschermd wonen (12%)", shares of the costs in a jaarverslag. Kind: named in passing.
 *   - Veldhoven (+ handhaving en terugvordering): "gelet op … artikel 8, 8a, 8b, 10b lid 7 en 47 van de
 *     Participatiewet"; 8b carries only that keuze. The expectation does not count 8b because "it stands with both
 *     handhaving and verlagingen"; the keuze verlagingen-verordening rests on artikelen 8, 18 and 18b, not 8b: a
 *     factual error of the expectation, corrected after the run (below).
 *   - Haarlemmermeer (- re-integratie, - tegenprestatie; four Wmo items): a verordening for the Jeugdwet, the Wmo and
 *     the Participatiewet read as a Jeugdwet document (expected Wmo), so its Wmo items are not listed and its
 *     Participatiewet keuzes need a sentence that names that law. Kind: the document's law.
 *   - Veldhoven (- eigen bijdrage; four Wmo items): the same reading of its law; "2.1.3 tot en met 2.1.7" holds 2.1.4,
 *     which carries both eigen bijdrage keuzes, so it counts for neither (the sets' rule); the expectation counts it.
 *   - Putten (item verlagen na ingetrokken ontheffing not found): "artikel 8, eerste lid, onderdeel e" is the letter of
 *     2015, but the excerpt has no date the matcher reads, so today's text (without an onderdeel e) was used.
 *   - Oldebroek (the same item not found): "artikel 9a, twaalfde lid" names the verlaging after an ingetrokken
 *     ontheffing; the item rests on artikel 8, eerste lid, onder c only.
 *   The thresholds were set from these totals by the rule below: 0.95, 0.85, 0.96 (they were 0.95, 0.85, 0.98).
 *   After the run, plain bugs only (not held-out figures: fixed with these documents in view; a unit test each in
 *   lezen-matcher.test.ts that fails without it): a title "Besluit nadere regels …" is nadere regels (Venlo); the last
 *   item of a list set out line by line, which ends with a full stop, counts half like the others (Enschede); a
 *   definition that borrows the law's in the words "die is bedoeld in" is borrowed like "als bedoeld in" (Delft). And
 *   one factual error of an expectation corrected (Veldhoven: 8b carries only handhaving en terugvordering; its
 *   toelichting says so). No other document of any set changed. nieuw8 92.3 % (36/39), 92.3 % (36/39), 87.0 % (80/92);
 *   all 166 97.1 % (271/279), 86.6 % (271/313), 97.1 % (673/693). The thresholds follow the rule below from these
 *   totals: 0.96, 0.85, 0.96. Left as they are (not plain bugs, and each would be tuning on nieuw8): Ermelo and
 *   Oldenzaal (the VNG considerans on algemene voorzieningen, now in three documents of two sets), Den Haag (shares of
 *   costs), the law of the two verordeningen for three laws, Putten's date and Oldebroek's 9a.
 * Tenth round (issue 26, with nieuw8's first run in view, so nieuw8 is a tuned set from here on; the next honest
 * figures come from nieuw9). Each change with a unit test that fails without it; before → after per change, in order:
 * - a raadsbesluit's heading "Raadsvergadering 4 december 2014" dates it (versies.ts): nieuw8 items 87.0 → 88.0 %
 *   (81/92; Putten's onderdeel e read in the text of 2015); no other document changed;
 * - "de wet" in a document that names its law only as the Wet werk en bijstand is that earlier law: no document of
 *   any set changed (Delft's false find was gone since the ninth round's "die is bedoeld in");
 * - the Wmo's own criterion words (2.3.5, derde lid) in a considerans or a definition count nothing, for keuzes and
 *   items: nieuw8 92.3 → 97.3 % (36/37), items 88.0 → 90.2 % (83/92; Ermelo, Oldenzaal); nieuw3 96.7 → 100 % (29/29),
 *   items 98.3 → 100 % (Cranendonck); ontwikkel 98.0 → 97.9 % (47/48), recall 90.6 → 88.7 % (47/53), items 97.7 →
 *   96.6 % (85/88): Gennep's expectation reads the same considerans as the keuze and the item (a judgement the
 *   three later documents make the other way; left to the lead). Three documents of two sets gained, one lost;
 * - a verordening made under several laws lists each law's items and reads each law's keuzes in its own part (and a
 *   considerans line "artikel 8, 8a, 8b … van de Participatiewet" is no article heading): nieuw8 97.3 → 97.5 %
 *   (39/40), 92.3 → 100 % (39/39), items 90.2 → 98.9 % (91/92; Haarlemmermeer: re-integratie, tegenprestatie and its
 *   four Wmo items; Veldhoven: eigen bijdrage and its four Wmo items); no other document's judged figures changed.
 * All 166 after the round: 98.2 % (273/278), 87.2 % (273/313), 98.7 % (684/693); the document's law 140/166 (not
 * changed: `wet` stays the law that stands out, `wetten` lists the laws of a combined verordening).
 * How combined verordeningen are judged (fixture README, "Tenth round"): on the items their expectation names, as
 * before; the items the page lists for their other laws are printed apart ("apart (…)") and not counted. Seven
 * documents are combined by the new rule: Haarlemmermeer and Veldhoven (three laws), Oude IJsselstreek, Wijchen,
 * Wijk bij Duurstede, Geldrop-Mierlo (Wmo and Jeugdwet) and De Wolden (an adviesraad verordening citing Wmo 2.1.3
 * lid 3 and Jeugdwet 2.10). Veldhoven's range "2.1.3 tot en met 2.1.7": the rule stays (an article that carries
 * several keuzes counts for none, in a range as alone); its eigen bijdrage is found through the item of 2.1.4, as in
 * any Wmo verordening. Left: Den Haag (shares of costs), Oldebroek's 9a.
 * - nieuw9 (14 documents from 11 gemeenten and 3 regions in none of the sets above; expectations committed in one commit
 *   before the matcher ran on it, written without reading src/lib/lezen/), first run after the tenth round, whose rules
 *   and combined-verordening feature were committed before the set was merged (full output in
 *   tests/fixtures/lezen/eerste-run-nieuw9.txt): 80.0 % (16/20), 57.1 % (16/28), 97.4 % (37/38): the honest figures
 *   for unseen documents. Precision in the range of the earlier first runs (69.2-83.3 %), recall the lowest since
 *   nieuw5 (50.0 %), items above the aim. All 180 at that run: 97.0 % (289/298), 84.8 % (289/341), 98.6 % (721/731);
 *   the document's law 150/180 (nieuw9 10/14). The set has no combined verordening and no raadsvoorstel (its README
 *   says why), so the tenth round's main feature is not measured on unseen documents; none of the round's four
 *   changes alters any nieuw9 document (each switched off in turn, the nieuw9 lines stay the same; the totals move
 *   only through the older sets). Its 5 verordeningen: 100 % (8/8), 80 % (8/10); its 9 other documents (nota's, a
 *   memo, beleidsregels, begrotingen): 66.7 % (8/12), 44.4 % (8/18). Per document:
 *   - Midden-IJssel/Oost-Veluwe (+ wmo inkoop en bekostiging; - jeugdwet inkoop en bekostiging, regionale
 *     samenwerking, toegang, woonplaatsbeginsel): a "Beleidsnota Inkoop Jeugd" read as a Wmo document ("jeugd" alone
 *     is no Jeugdwet field word for the document's law; "AWBZ naar Wmo" names the Wmo), so its Jeugdwet keuzes needed
 *     a sentence naming the Jeugdwet and its inkoop went to the Wmo. Kind: the document's law (1 false find, 4 misses).
 *   - Eemsmond (- minimabeleid en collectieve zorgverzekering): a memo on a collective insurance for minima whose
 *     first part describes the new Zvw, read as a Zvw document; the Participatiewet keuze needs a sentence that names
 *     that law (or the WWB). Kind: the document's law.
 *   - Emmen (+ re-integratie; - algemene voorziening of maatwerk): a begroting 2026 not recognised as one (read as a
 *     beleidsplan), so a required item's word made its keuze: "waarbij bijvoorbeeld armoede, re-integratie en
 *     gezondheidsopgaven … niet los van elkaar worden gezien" (an example in a list; an item's word counts at any
 *     weight). Kind: the kind of document, and named in passing through the item route. Its "versterken van het
 *     voorliggend veld … zorg uitsluitend in waar nodig" is the keuze in its own words (as Leudal in nieuw2). Kind:
 *     vocabulary.
 *   - Leiden (+ bijstandsnormen): beleidsregels on the langdurigheidstoeslag name the "bijstandsuitkering" and "50 %
 *     van de bijstandsnorm" in its conditions. Kind: named in passing (words of a neighbouring keuze).
 *   - Regio Alkmaar (+ jeugdplan; - wmo inkoop en bekostiging): "De beleidskaders Jeugd … zijn inmiddels vastgesteld",
 *     an earlier plan named (kind: named in passing, a document it rests on); the Awbz-begeleiding that goes to the Wmo
 *     without the Wmo named (kind: another law's keuze without its law's name; the expectation marks it as doubtful).
 *   - Reimerswaal (item tegenprestatie found, expected not): the title "regels voor re-integratie en tegenprestatie";
 *     the expectation counts the keuze from the title but not the item (doubtful by its own toelichting). Judgement.
 *   - Holland Rijnland e.a. (- jeugdwet inkoop en bekostiging): contracting the gecertificeerde instellingen; the
 *     expectation doubts it. Judgement.
 *   - Loon op Zand (- woonplaatsbeginsel): "jeugdigen die hun woonplaats in de gemeente … hebben". Kind: vocabulary.
 *   - Oud-Beijerland (- pgb-tarieven): "het Persoonsgebonden budget" as the last of four items in the considerans of
 *     nadere regels. Kind: named once in a list.
 *   - Sittard-Geleen (- preventie): "een sterke sociale basis die bijdraagt aan gezond opgroeien". Kind: vocabulary.
 *   - Valkenburg aan de Geul (- bijstandsnormen): toeslagen en verlagingen of the norm under the WWB, as Boekel
 *     (nieuw4), the same miss. Kind: vocabulary of an earlier law.
 *   The 17 disagreements by kind: the document's law 6 (two documents), vocabulary 4, named in passing 3 (one of
 *   them through a begroting read as a beleidsplan), judgement 3, named once in a list 1. The thresholds were set from these totals by the rule below:
 *   0.96, 0.84, 0.98 (they were 0.96, 0.85, 0.96). Not fixed: everything above (this run is the measure).
 * The test fails about two mistakes below the total (tp / (tp + fp + 2), (tp - 2) / (tp + fn), (eens - 2) / oordelen,
 * rounded down): a real regression fails, one borderline judgement does not.
 */
const DREMPELS = { precisie: 0.96, recall: 0.84, overeenstemming: 0.98 };

interface Meta {
  titel: string;
  gemeente: string;
  soort: string;
  wet: string;
  bron: string;
  datum: string;
  /**
   * ontwikkel: the matcher was tuned on it; toets: the first held-out set; nieuw: the second (both tuned on since);
   * nieuw2: the third held-out set (tuned on since its first run); nieuw3: the fourth, expectations committed before
   * the matcher ran on it (tuned on since the fifth round); nieuw4: the fifth, expectations committed before the
   * matcher ran on it (one plain bug fixed after its first run; tuned on since the sixth round); nieuw5: the sixth,
   * expectations committed before the matcher ran on it; nieuw6: the seventh, expectations committed before the
   * matcher ran on it; nieuw7: the eighth, expectations committed before the matcher ran on it; nieuw8: the ninth,
   * expectations committed before the matcher ran on it; nieuw9: the tenth, expectations committed before the matcher
   * ran on it.
   */
  set: 'ontwikkel' | 'toets' | 'nieuw' | 'nieuw2' | 'nieuw3' | 'nieuw4' | 'nieuw5' | 'nieuw6' | 'nieuw7' | 'nieuw8' | 'nieuw9';
  verwacht: { keuzes: string[]; onderdelen?: { gevonden: string[]; nietGevonden: string[] }; toelichting: string };
}

const documenten = readdirSync(MAP)
  .filter((d) => statSync(join(MAP, d)).isDirectory() && d !== 'bestanden')
  .sort()
  .map((id) => ({
    id,
    meta: parseYaml(readFileSync(join(MAP, id, 'meta.yaml'), 'utf8')) as Meta,
    tekst: readFileSync(join(MAP, id, 'tekst.txt'), 'utf8'),
  }));

let index: Index;
const uitkomsten = new Map<string, Uitkomst>();

beforeAll(() => {
  index = maakIndex(laadKennis('content'));
  for (const d of documenten) uitkomsten.set(d.id, leesStuk(d.tekst, index));
});

describe('the real-document set', () => {
  it('has at least 15 documents from at least 8 gemeenten, each with a source and a date', () => {
    expect(documenten.length).toBeGreaterThanOrEqual(15);
    expect(new Set(documenten.map((d) => d.meta.gemeente)).size).toBeGreaterThanOrEqual(8);
    for (const d of documenten) {
      expect(d.meta.bron, d.id).toMatch(/^https?:\/\//);
      expect(String(d.meta.datum), d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const k of d.meta.verwacht.keuzes) expect(index.keuzes.has(k), `${d.id}: ${k}`).toBe(true);
      for (const o of [...(d.meta.verwacht.onderdelen?.gevonden ?? []), ...(d.meta.verwacht.onderdelen?.nietGevonden ?? [])])
        expect(index.onderdelen.has(o), `${d.id}: ${o}`).toBe(true);
    }
  });

  it('matches keuzes and required items well enough (prints the figures per set and in total)', () => {
    const tel = () => ({ tp: 0, fp: 0, fn: 0, eens: 0, oordelen: 0, documenten: 0 });
    const sets = {
      ontwikkel: tel(),
      toets: tel(),
      nieuw: tel(),
      nieuw2: tel(),
      nieuw3: tel(),
      nieuw4: tel(),
      nieuw5: tel(),
      nieuw6: tel(),
      nieuw7: tel(),
      nieuw8: tel(),
      nieuw9: tel(),
      totaal: tel(),
    };
    let wetGoed = 0;
    const regels: string[] = [];
    for (const d of documenten) {
      const u = uitkomsten.get(d.id)!;
      if (u.wet === d.meta.wet) wetGoed++;
      const verwacht = new Set(d.meta.verwacht.keuzes);
      const gevonden = new Set(u.keuzes.map((k) => k.id));
      const fout = [...gevonden].filter((k) => !verwacht.has(k));
      const gemist = [...verwacht].filter((k) => !gevonden.has(k));
      const afwijkend: string[] = [];
      let eens = 0;
      let oordelen = 0;
      if (d.meta.verwacht.onderdelen) {
        const { gevonden: ja, nietGevonden: nee } = d.meta.verwacht.onderdelen;
        const uit = new Map(u.onderdelen.map((o) => [o.id, o.gevonden]));
        for (const id of ja) (uit.get(id) === true ? eens++ : afwijkend.push(`${id} niet gevonden`), oordelen++);
        for (const id of nee) (uit.get(id) !== true ? eens++ : afwijkend.push(`${id} wel gevonden`), oordelen++);
      }
      // A combined verordening lists the items of each law it is made under (tenth round). The expectations name the
      // items of one law (the fixture README's rule); the items of the other laws are reported apart, not judged.
      const beoordeeld = new Set([...(d.meta.verwacht.onderdelen?.gevonden ?? []), ...(d.meta.verwacht.onderdelen?.nietGevonden ?? [])]);
      const apart = u.wetten && d.meta.verwacht.onderdelen ? u.onderdelen.filter((o) => !beoordeeld.has(o.id)) : [];
      const apartTekst = apart.length
        ? `  apart (${u.wetten!.join('+')}): ${[...new Set(apart.map((o) => o.wet))].map((w) => `${w} ${apart.filter((o) => o.wet === w && o.gevonden).map((o) => o.id).join(',') || '-'} (${apart.filter((o) => o.wet === w && o.gevonden).length}/${apart.filter((o) => o.wet === w).length})`).join('; ')}`
        : u.wetten
          ? `  wetten: ${u.wetten.join('+')}`
          : '';
      for (const s of [sets[d.meta.set], sets.totaal]) {
        s.tp += gevonden.size - fout.length;
        s.fp += fout.length;
        s.fn += gemist.length;
        s.eens += eens;
        s.oordelen += oordelen;
        s.documenten++;
      }
      regels.push(
        `${{ ontwikkel: ' ', toets: 'T', nieuw: 'N', nieuw2: '3', nieuw3: '4', nieuw4: '5', nieuw5: '6', nieuw6: '7', nieuw7: '8', nieuw8: '9', nieuw9: 'X' }[d.meta.set]} ${d.id.padEnd(46)} ${String(u.wet ?? '?').padEnd(15)} ${u.soort.padEnd(13)} keuzes ${gevonden.size - fout.length}/${verwacht.size}` +
          (fout.length ? `  +${fout.join(' +')}` : '') +
          (gemist.length ? `  -${gemist.join(' -')}` : '') +
          (afwijkend.length ? `  onderdelen: ${afwijkend.join(', ')}` : '') +
          apartTekst,
      );
    }
    const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
    const cijfers = (naam: string, s: ReturnType<typeof tel>) =>
      `${naam.padEnd(10)} ${String(s.documenten).padStart(2)} documenten: precisie ${pct(s.tp, s.tp + s.fp)} (${s.tp}/${s.tp + s.fp}), recall ${pct(s.tp, s.tp + s.fn)} (${s.tp}/${s.tp + s.fn}), onderdelen ${pct(s.eens, s.oordelen)} (${s.eens}/${s.oordelen})`;
    console.log(
      [
        `Lees een stuk: ${documenten.length} documenten, ${new Set(documenten.map((d) => d.meta.gemeente)).size} gemeenten (T = eerste toetsset, N = nieuwe toetsset, 3 = derde toetsset, 4 = vierde toetsset, 5 = vijfde toetsset, 6 = zesde toetsset, 7 = zevende toetsset, 8 = achtste toetsset, 9 = negende toetsset, X = tiende toetsset)`,
        ...regels,
        cijfers('ontwikkel', sets.ontwikkel),
        cijfers('toets', sets.toets),
        cijfers('nieuw', sets.nieuw),
        cijfers('nieuw2', sets.nieuw2),
        cijfers('nieuw3', sets.nieuw3),
        cijfers('nieuw4', sets.nieuw4),
        cijfers('nieuw5', sets.nieuw5),
        cijfers('nieuw6', sets.nieuw6),
        cijfers('nieuw7', sets.nieuw7),
        cijfers('nieuw8', sets.nieuw8),
        cijfers('nieuw9', sets.nieuw9),
        cijfers('totaal', sets.totaal),
        `wet van het document goed herkend: ${wetGoed}/${documenten.length}`,
      ].join('\n'),
    );
    const t = sets.totaal;
    expect(t.tp / (t.tp + t.fp)).toBeGreaterThanOrEqual(DREMPELS.precisie);
    expect(t.tp / (t.tp + t.fn)).toBeGreaterThanOrEqual(DREMPELS.recall);
    expect(t.eens / t.oordelen).toBeGreaterThanOrEqual(DREMPELS.overeenstemming);
  });

  it('quotes, for every keuze it finds, a sentence that really stands in the document', () => {
    for (const d of documenten) {
      const plat = d.tekst.replace(/\s+/g, ' ');
      for (const k of uitkomsten.get(d.id)!.keuzes) {
        expect(k.redenen.length, `${d.id}: ${k.id}`).toBeGreaterThan(0);
        for (const r of k.redenen) expect(plat, `${d.id}: ${k.id}`).toContain(r.zin);
      }
    }
  });

  it('names the document\'s own article or "aanhef" for every item it finds', () => {
    const gennep = uitkomsten.get('gennep-wmo-2015')!;
    const mantelzorg = gennep.onderdelen.find((o) => o.id === 'wmo-mantelzorgwaardering')!;
    expect(mantelzorg.gevonden).toBe(true);
    expect(mantelzorg.plaats).toBe('aanhef');
    expect(mantelzorg.reden!.gevonden).toContain('2.1.6');
    const alkmaar = uitkomsten.get('alkmaar-jeugdhulp-2015')!;
    const criteria = alkmaar.onderdelen.find((o) => o.id === 'jw-criteria-voorzieningen')!;
    expect(criteria.plaats).toMatch(/^Artikel [12]\b/);
  });
});
