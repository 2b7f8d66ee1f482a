// The three Snowball stemmers of @nlpjs, imported by file: the packages name no entry points for them.
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  export default class StemmerEn {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-ru/src/stemmer-ru.js' {
  export default class StemmerRu {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-pl/src/stemmer-pl.js' {
  export default class StemmerPl {
    stemWord(word: string): string;
  }
}
