// Names as keys and as file-name parts: one normalisation for search, lookup and file names.

/** Lower case, no accents, apostrophes dropped, any other punctuation a single space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A name as a file-name part: "Súdwest-Fryslân" -> "sudwest-fryslan". Every file name we make uses it. */
export function slug(text: string): string {
  return normalise(text).replaceAll(' ', '-');
}
