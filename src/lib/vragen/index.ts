/** The werkblad as other features use it (the lezen page puts questions on it): its records and its one storage module. */
export { beschrijf, isLeeg, leegWerkblad, MAX_TEKST, metAntwoord, schoon, type Werkblad } from './werkblad.ts';
export { bewaar, browserOpslag, lees } from './opslag.ts';
