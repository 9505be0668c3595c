import type { TrainingDoc } from '@app/ner';
import type { TokenDoc } from './bio-doc.js';
import * as read from './english.readers.js';
import { readGum } from './gum.reader.js';

/** A demonym-shaped word («Canadian», «Japanese», «Iraqi»): Re-DocRED tags these LOC, news editors do not. */
const DEMONYM = /^[A-Z][a-z]+(an|ese|ish|ic|i)$/;

/** Re-DocRED's one-word places shaped like demonyms are left open (O or LOC), so they teach neither way. */
function demonymsOpen(doc: TokenDoc): TrainingDoc {
  const open = doc.spans.filter((s) => s.type !== 'PER' && DEMONYM.test(doc.text.slice(s.start, s.end)));
  return { ...doc, spans: doc.spans.filter((s) => !open.includes(s)), partial: open };
}

const times = (docs: readonly TokenDoc[], repeat: number): TrainingDoc[] => docs.map((d) => ({ ...d, repeat }));

/**
 * The English training set, each corpus presented by how close it is to news: GUM (news, interviews, bios,
 * travel) and the news outlets' tweets most, Wikipedia and web text once, other tweets once. GUM's five held-out
 * news documents, WikiGold and English-PUD are never trained on. `news` multiplies the presentations of the
 * news-like corpora (Re-DocRED, the news outlets' tweets) against the social-media ones.
 */
export function englishTrainingDocs(datasets: string, news = 1): { docs: TrainingDoc[]; data: string[] } {
  const docs = [
    ...times(readGum(datasets, false), 3),
    ...times(read.readEwt(datasets), 1),
    ...read.readReDocRed(datasets).map((d) => ({ ...demonymsOpen(d), repeat: news })),
    ...read.crossNerDomains(datasets).flatMap((d) => times(read.readCrossNer(datasets, d), d === 'politics' ? 2 : 1)),
    ...times(read.readBtc(datasets, 'g'), 2 * news),
    ...['a', 'b', 'e', 'f', 'h'].flatMap((s) => times(read.readBtc(datasets, s), 1)),
    ...times(read.readWnut(datasets), 1),
  ];
  const data = [
    'GUM (CC BY 4.0) ×3, minus 5 held-out news docs',
    'Universal NER English-EWT early train + dev + test (CC BY-SA 4.0)',
    `Re-DocRED dev + test ×${news} (MIT; text Wikipedia CC BY-SA)`,
    'CrossNER five domains, politics ×2 (MIT; text Wikipedia CC BY-SA)',
    `Broad Twitter Corpus, section G ×${2 * news} (CC BY 4.0)`,
    'WNUT-17 (CC BY 4.0)',
  ];
  return { docs, data };
}
