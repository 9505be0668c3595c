/** The words of a name as a tsvector of exact lexemes: `array_to_tsvector` stems and splits nothing. */
export const TERMS_VECTOR = `array_to_tsvector(ARRAY(SELECT DISTINCT jsonb_array_elements_text(r.terms)))`;

/** An entity's names per language; a name already filed for the entity and language changes nothing. */
export const INSERT_ENTITY_NAMES = `
  INSERT INTO entity_names (entity_key, lang, name, terms)
  SELECT r.entity_key, r.lang, r.name, ${TERMS_VECTOR}
  FROM jsonb_to_recordset($1::jsonb) AS r(entity_key uuid, lang text, name text, terms jsonb)
  ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING`;

/** One entity's names, by language. */
export const ENTITY_NAMES = `
  SELECT lang, name FROM entity_names WHERE entity_key = $1 ORDER BY lang, name`;
