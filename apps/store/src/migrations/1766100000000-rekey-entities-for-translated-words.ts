import type { QueryRunner } from 'typeorm';
import { RekeyEntitiesAgain1765900000000 } from './1765900000000-rekey-entities-again.js';

/**
 * A link merged into one its article already had under the new key is updated in place, which the insert trigger of
 * `hidden_links` does not see: the hidden copy of that link takes the merged count (and the earlier time).
 */
const SYNC_HIDDEN_LINKS = `
  UPDATE hidden_links h SET count = l.count, published_at = l.published_at
  FROM article_entities l
  WHERE l.article_id = h.article_id AND l.entity_key = h.entity_key
    AND (h.count <> l.count OR h.published_at <> l.published_at)`;

/**
 * Entities get the keys of the identity as it is now, as the second re-keying gave them (that migration's `up`, which
 * keys every entity by `entityKey` of its stored name, merges what now shares a key and computes every name's search
 * terms again): more spellings fold (Ulrich/Ульрих, Henry/Генри, James/Джеймс), and organisation names translate
 * countries and more institutional words (Министерство обороны Великобритании = British Ministry of Defence, Палата
 * общин = House of Commons). Since the second re-keying, `hidden_links` copies the links of hidden articles; a link
 * that merges into another is brought into step here. Running it again changes nothing.
 */
export class RekeyEntitiesForTranslatedWords1766100000000 extends RekeyEntitiesAgain1765900000000 {
  override name = 'RekeyEntitiesForTranslatedWords1766100000000';

  override async up(runner: QueryRunner): Promise<void> {
    await super.up(runner);
    await runner.query(SYNC_HIDDEN_LINKS);
  }
}
