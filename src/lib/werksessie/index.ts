/** What other features may use of the werksessie (the layering check keeps them out of its other files). */
export { parseStap, type RondleidingData, type StapData } from './rondleidingen.ts';
