import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const ORG = ENTITY_TYPES.indexOf('ORG');
const LOC = ENTITY_TYPES.indexOf('LOC');

/** Verbs whose subject is someone who decides or speaks: a place cannot announce, a government can. */
const AGENT_VERBS = new Set(
  (
    'said says announced announces believes believed decided decides agreed agrees signed signs declared declares ' +
    'refused refuses demanded demands denied denies warned warns insisted insists threatened threatens urged urges ' +
    'accused accuses rejected rejects recognised recognized recognises recognizes ceded cedes expelled expels ' +
    'claimed claims condemned condemns imposed imposes sanctioned vetoed vetoes protested protests ' +
    'invaded invades annexed annexes ratified ratifies approved approves adopted adopts banned bans passed passes ' +
    'established establishes launched launches'
  ).split(' '),
);

/** Auxiliaries that may stand between the subject and the verb («Spain had expelled», «Russia has warned»). */
const AUX = new Set('has had have will would may might could should'.split(' '));

/** A place after one of these is the object of a preposition («police in B.C. say»), not the verb's subject. */
const PREPOSITIONS = new Set('in at from of to near across throughout inside outside around within into'.split(' '));

/**
 * English only: news and English-PUD tag a country or city that acts as its government as an organisation
 * («Russia announced a suspension», «Beijing believes its intervention …»). A place right before a verb of
 * deciding or speaking (with at most one auxiliary between), and not after a preposition, is retyped ORG.
 */
export function retypeActingPlaces(
  spans: readonly TokenSpan[],
  word: (k: number) => string,
  count: number,
): TokenSpan[] {
  return spans.map((s) => {
    if (s.type !== LOC || (s.first > 0 && PREPOSITIONS.has(word(s.first - 1).toLowerCase()))) return s;
    let k = s.last + 1;
    if (k < count && AUX.has(word(k))) k++;
    return k < count && AGENT_VERBS.has(word(k)) ? { ...s, type: ORG } : s;
  });
}
