import { NINJS_MEDIA_TYPE, NINJS_SCHEMA_URI } from '../formats/article-ninjs.view.js';
import { NINJS3_MEDIA_TYPE, NINJS3_SCHEMA_URI } from '../formats/article-ninjs3.view.js';

/** The `format` parameter of the routes that return articles. */
export const ninjsFormat =
  "`ninjs` for IPTC ninjs 2.4 items, `ninjs3` for ninjs 3.3, `json` for this API's own. Without it, `Accept` " +
  'decides: `application/ninjs+json` (optionally `; version=2`) is 2.4, `application/ninjs+json; version=3` is ' +
  '3.3, and an Accept naming none of JSON, ninjs 2 and ninjs 3 is a 406. The answer varies on Accept.';

/** A single article or story as ninjs, in the version asked for. */
export const ninjsContent = (schema: object) => ({
  [NINJS_MEDIA_TYPE]: { schema },
  [NINJS3_MEDIA_TYPE]: { schema },
});

/** The ninjs item schema, described rather than restated: IPTC's published schemas are the reference. */
export const NINJS_ITEM = {
  type: 'object',
  description:
    `An IPTC ninjs 2.4 news item, valid against ${NINJS_SCHEMA_URI}, or the same item in ninjs 3.3, valid ` +
    `against ${NINJS3_SCHEMA_URI} (3.x camel-cases the names: versionCreated, pubStatus, altIds, and ` +
    'embargoed becomes embargoedUntil). Properties: uri (urn:uuid:<id>), version, ' +
    'versioncreated (published time), embargoed, pubstatus, urgency, headlines, bodies (plain text), ' +
    'descriptions (summary), by, located, subjects, genres, copyright and usage terms, associations (the media ' +
    'referred to), altids (source, externalId, storyId), and the entities as people, organisations and places ' +
    '(name, uri urn:uuid:<entity key>). A list item is `representationtype: partial` (no body, no entities); a ' +
    'killed article keeps only its identity with `pubstatus: canceled`.',
  required: ['uri'],
  properties: { uri: { type: 'string', format: 'uri' } },
};

/** A story as ninjs: one composite item (see apps/store/src/formats/article-ninjs-story.view.ts). */
export const ninjsStory = {
  $ref: '#/components/schemas/NinjsItem',
  description:
    'With format=ninjs or ninjs3, or a ninjs Accept: the story as a ninjs item of type `composite` ' +
    '(uri urn:uuid:<story id>), the page of articles as its `associations` (each a partial item named ' +
    '`article-<id>`); `representationtype` is `full` when one page holds the whole story. The next page is in ' +
    'the `Link` header (`rel="next"`).',
};
