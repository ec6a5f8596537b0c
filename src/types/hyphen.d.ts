/** The `hyphen` package ships no types; its per-language modules export these (node_modules/hyphen/export-contract.js). */
declare module 'hyphen/nl/index.js' {
  interface Options {
    hyphenChar?: string;
    minWordLength?: number;
    debug?: boolean;
  }
  const nl: {
    hyphenateSync: (text: string, options?: Options) => string;
    hyphenate: (text: string, options?: Options) => Promise<string>;
  };
  export default nl;
}
