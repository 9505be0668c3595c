import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '@app/ner';
import { buildDoc, chunk, type LabelledSentence, readColumns, type TokenDoc } from './bio-doc.js';

const read = (datasets: string, ...path: string[]): string => readFileSync(join(datasets, ...path), 'utf8');
const same = (t: string): EntityType | undefined => (t === 'PER' || t === 'ORG' || t === 'LOC' ? t : undefined);
const docsOf = (name: string, docs: LabelledSentence[][]): TokenDoc[] =>
  docs.map((d, i) => buildDoc(`${name}#${i}`, d));

/** Universal NER (EWT, PUD): `# newdoc` documents; OTH (nationalities, religions) and stray `B-O` are O. */
export function readUner(datasets: string, file: string): TokenDoc[] {
  const raw = read(datasets, 'uner', file);
  return docsOf(file, readColumns(raw, same, { wordCol: 1, tagCol: 2, docBreak: /^# newdoc/, comments: true }));
}

/** English-EWT: the early train file plus the dev and test splits (all training; PUD tunes). */
export const readEwt = (datasets: string): TokenDoc[] =>
  ['en_ewt-ud-train.EARLY-0c7ce0de.iob2', 'en_ewt-ud-dev.iob2', 'en_ewt-ud-test.iob2'].flatMap((f) =>
    readUner(datasets, `English-EWT/${f}`),
  );

export const readPud = (datasets: string): TokenDoc[] => readUner(datasets, 'English-PUD/en_pud-ud-test.iob2');

/** Broad Twitter Corpus by section, one tweet a document (section G is the news outlets'). */
export function readBtc(datasets: string, section: string): TokenDoc[] {
  const sentences = readColumns(read(datasets, 'btc-en', 'sections', `${section}.conll`), same).flat();
  return docsOf(`btc-${section}`, chunk(sentences, 1));
}

const CROSSNER: Record<string, EntityType> = {
  person: 'PER',
  politician: 'PER',
  scientist: 'PER',
  researcher: 'PER',
  writer: 'PER',
  musicalartist: 'PER',
  organisation: 'ORG',
  politicalparty: 'ORG',
  university: 'ORG',
  band: 'ORG',
  magazine: 'ORG',
  location: 'LOC',
  country: 'LOC',
};

/** CrossNER, one domain, all three splits; each sentence a document (they come from different articles). */
export function readCrossNer(datasets: string, domain: string): TokenDoc[] {
  const sentences = ['train', 'dev', 'test'].flatMap((s) =>
    readColumns(read(datasets, 'crossner-en', domain, `${s}.txt`), (t) => CROSSNER[t]).flat(),
  );
  return docsOf(`crossner-${domain}`, chunk(sentences, 1));
}

const WNUT: Record<string, EntityType> = { person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG' };

/** WNUT-17, all splits, one post a document. */
export function readWnut(datasets: string): TokenDoc[] {
  const files = ['wnut17train.conll', 'emerging.dev.conll', 'emerging.test.annotated'];
  const sentences = files.flatMap((f) => readColumns(read(datasets, 'wnut17-en', f), (t) => WNUT[t]).flat());
  return docsOf('wnut17', chunk(sentences, 1));
}

interface DocRed {
  sents: string[][];
  vertexSet: Array<Array<{ sent_id: number; pos: [number, number]; type: string }>>;
}

/** Re-DocRED dev + test: Wikipedia lead sections, mentions by token offsets; TIME, NUM and MISC are O. */
export function readReDocRed(datasets: string): TokenDoc[] {
  return ['dev_revised.json', 'test_revised.json'].flatMap((f) =>
    (JSON.parse(read(datasets, 're-docred-en', f)) as DocRed[]).map((d, i) => {
      const sentences: LabelledSentence[] = d.sents.map((words) => ({
        words,
        types: words.map(() => undefined),
        begins: words.map(() => false),
      }));
      for (const m of d.vertexSet.flat()) {
        const type = same(m.type);
        const s = sentences[m.sent_id]!;
        if (!type || s.types.slice(m.pos[0], m.pos[1]).some((t) => t)) continue;
        for (let k = m.pos[0]; k < m.pos[1]; k++) s.types[k] = type;
        s.begins[m.pos[0]] = true;
      }
      return buildDoc(`redocred-${f}#${i}`, sentences);
    }),
  );
}

/** WikiGold (evaluation only): 145 Wikipedia articles, IOB1 tags, MISC is O. */
export function readWikiGold(datasets: string): TokenDoc[] {
  const raw = read(datasets, 'wikigold-en', 'wikigold.conll.txt');
  return docsOf('wikigold', readColumns(raw, same, { docBreak: /^-DOCSTART-/ }));
}

/** The CrossNER domains present (five in the shared copy). */
export const crossNerDomains = (datasets: string): string[] =>
  readdirSync(join(datasets, 'crossner-en')).filter((d) => !d.includes('.') && d !== 'LICENSE');
