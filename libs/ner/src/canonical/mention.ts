/** A span of the text the tagger marked as naming an entity. */
export interface Mention {
  readonly type: 'PER' | 'ORG' | 'LOC';
  /** Code-unit offsets into the text (`text.slice(start, end) === text` of the mention). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The parts of a person's name; an absent part is undefined. */
export interface PersonName {
  readonly first?: string;
  readonly patronymic?: string;
  readonly last?: string;
}
