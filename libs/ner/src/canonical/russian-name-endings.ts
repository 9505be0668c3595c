import type { Case } from './russian-word.js';

type Rule = readonly [ending: RegExp, nominative: string];

// Endings of surnames and rare names the dictionary does not know («Тукая» → «Тукай», «Вельмакина» →
// «Вельмакин»); a rule applies to the end of the word, longest rules first.
const MASCULINE: Partial<Record<Case, readonly Rule[]>> = {
  gent: [
    [/([ое]в|[иы]н)а$/u, '$1'],
    [/([аеиоуюя])я$/u, '$1й'],
    [/([бвгдзклмнпрстфхжшщц])а$/u, '$1'],
    [/([бвдзлмнпрстф])ы$/u, '$1а'],
    // A soft stem: «Нобеля» → «Нобель», «Лионеля» → «Лионель».
    [/([бвдзлмнпрстф])я$/u, '$1ь'],
  ],
  accs: [
    [/([ое]в|[иы]н)а$/u, '$1'],
    [/([аеиоуюя])я$/u, '$1й'],
    [/([бвгдзклмнпрстфхжшщц])а$/u, '$1'],
    [/([бвдзлмнпрстф])я$/u, '$1ь'],
  ],
  datv: [
    [/([ое]в|[иы]н)у$/u, '$1'],
    [/([аеиоуюя])ю$/u, '$1й'],
    [/([бвгдзклмнпрстфхжшщц])у$/u, '$1'],
    [/([бвдзлмнпрстф])ю$/u, '$1ь'],
  ],
  ablt: [
    [/([ое]в|[иы]н)ым$/u, '$1'],
    [/([аеиоуюя])ем$/u, '$1й'],
    [/([бвгдзклмнпрстфхжшщц])ом$/u, '$1'],
    // After a hushing consonant or «ц» the ending is «-ем» («Младичем» → «Младич»); else a soft stem («Нобелем»).
    [/([жшщчц])ем$/u, '$1'],
    [/([бвдзлмнпрстф])ем$/u, '$1ь'],
  ],
  loct: [
    [/([ое]в|[иы]н)е$/u, '$1'],
    [/([аеиоуюя])е$/u, '$1й'],
    [/([бвгдзклмнпрстфхжшщц])е$/u, '$1'],
  ],
};
const FEMININE: Partial<Record<Case, readonly Rule[]>> = {
  gent: [
    [/([ое]в|[иы]н)ой$/u, '$1а'],
    [/ской$/u, 'ская'],
    [/([бвдзлмнпрстф])ы$/u, '$1а'],
  ],
  datv: [
    [/([ое]в|[иы]н)ой$/u, '$1а'],
    [/ской$/u, 'ская'],
  ],
  accs: [
    [/([ое]в|[иы]н)у$/u, '$1а'],
    [/скую$/u, 'ская'],
  ],
  ablt: [
    [/([ое]в|[иы]н)ой$/u, '$1а'],
    [/ской$/u, 'ская'],
  ],
  loct: [
    [/([ое]в|[иы]н)ой$/u, '$1а'],
    [/ской$/u, 'ская'],
  ],
};

/** The nominative of a name the dictionary cannot decline, by its ending, or undefined when no rule fits. */
export function nominativeByEnding(word: string, grammCase: Case, gender: 'masc' | 'femn'): string | undefined {
  const rules = (gender === 'masc' ? MASCULINE : FEMININE)[grammCase] ?? [];
  for (const [ending, nominative] of rules) {
    const result = word.replace(ending, nominative);
    // «Ху» is not the dative of «Х».
    if (result !== word) return result.length >= 3 ? result : undefined;
  }
  return undefined;
}

const OBLIQUE_ONLY = /(ы|ой|ом|ым|ем|ого|его|ому|ему|ою|ую|[ое]ву|[иы]ну)$/u;

/** Whether an unknown name could be a nominative of this gender as written («Харада» yes; «Токаева» not a man). */
export function mayBeNominative(word: string, gender: 'masc' | 'femn'): boolean {
  if (OBLIQUE_ONLY.test(word)) return false;
  return gender === 'masc' ? !/([ое]в|[иы]н)а$/u.test(word) : /[аяиеоуюь]$/u.test(word);
}

/** Foreign names in -и, -о, -э do not decline («Сейджи», «Коно»), unlike adjectival surnames («Белого»). */
export function looksIndeclinable(word: string): boolean {
  return /[иоэ]$/u.test(word) && !OBLIQUE_ONLY.test(word);
}
