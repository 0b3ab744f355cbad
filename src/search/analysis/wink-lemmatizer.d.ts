// wink-lemmatizer ships no types: the three functions the analyzer uses. Each returns its input when it knows no lemma.
declare module 'wink-lemmatizer' {
  export interface WinkLemmatizer {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  }
  const lemmatizer: WinkLemmatizer;
  export default lemmatizer;
}
