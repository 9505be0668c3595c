import { TOPICS, type RawArticle } from '@app/contracts';
import { createKafka, inNamespace } from '@app/messaging';
import type { INestApplication } from '@nestjs/common';
import type { Consumer } from 'kafkajs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createFetcherApp } from '../../apps/fetcher/src/fetcher.app.js';
import { createProcessorApp } from '../../apps/processor/src/processor.app.js';
import { createStoreApp } from '../../apps/store/src/store.app.js';
import { authFor, freshNamespace, testConfig } from '../support/pipeline.js';
import { metricValue, scrape } from '../support/prometheus.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { topicSize } from '../support/topic-size.js';
import { waitFor } from '../support/wait-for.js';

type Report = {
  format: string;
  accepted: number;
  rejected: number;
  results: {
    index: number;
    status: string;
    externalId?: string;
    error?: { code: string };
    warnings?: { field: string; code: string; detail: string }[];
  }[];
};
type Problem = { status: number; code: string; detail: string };

const fixture = (name: string) => readFileSync(new URL(`../fixtures/wire/${name}`, import.meta.url));
const SOURCE = 'e2e-ria';
const BODY_LIMIT = 64 * 1024;

describe('wire formats at the push intake (real Kafka and PostgreSQL)', () => {
  const config = testConfig({
    KAFKA_NAMESPACE: freshNamespace('e2e-wire'),
    INTAKE_BODY_LIMIT_BYTES: String(BODY_LIMIT),
    SOURCE_TIME_ZONES: `${SOURCE}=Europe/Moscow`,
  });
  const raw: RawArticle[] = [];
  let app: INestApplication;
  let url: string;
  let downstream: INestApplication[] = [];
  let storeUrl: string;
  let consumer: Consumer;
  const rawSize = () => topicSize(config, TOPICS.rawArticles);

  const post = (body: Buffer | string, contentType: string) =>
    fetch(`${url}/v1/articles`, { method: 'POST', headers: { 'content-type': contentType, ...authFor(SOURCE) }, body });

  async function accepted(name: string, contentType: string): Promise<Report> {
    const response = await post(fixture(name), contentType);
    const report = (await response.json()) as Report;
    expect({ name, status: response.status }).toEqual({ name, status: 202 });
    return report;
  }

  /** The raw-topic messages for `externalId`, once `count` of them have arrived. */
  function published(externalId: string, count = 1): Promise<RawArticle[]> {
    return waitFor(async () => {
      const found = raw.filter((a) => a.externalId === externalId);
      return found.length >= count ? found : undefined;
    }, `${count} raw message(s) for ${externalId}`);
  }

  /** The article as the store returns it, once the processor and store have carried it there. */
  const stored = (id: string) => waitForStoredArticle(storeUrl, id);

  async function problem(response: Response, status: number, code: string): Promise<Problem> {
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as Problem;
    expect(body).toMatchObject({ status, code });
    expect(response.status).toBe(status);
    return body;
  }

  beforeAll(async () => {
    app = await createFetcherApp(config);
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    await waitFor(
      async () => ((await fetch(`${url}/health/ready`)).ok ? true : undefined),
      'the fetcher to be ready',
      60_000,
    );
    // The processor and store carry what the intake published through to a stored article.
    downstream = [await createProcessorApp(config), await createStoreApp(config)];
    await Promise.all(downstream.map((service) => service.listen(0, '127.0.0.1')));
    storeUrl = (await downstream[1]!.getUrl()).replace('[::1]', '127.0.0.1');
    consumer = createKafka(config.kafka, 'e2e-wire-watch', { warn: () => undefined, error: () => undefined }).consumer({
      groupId: `${config.kafka.namespace}.wire-watch`,
    });
    await consumer.connect();
    await consumer.subscribe({ topic: inNamespace(config.kafka.namespace, TOPICS.rawArticles), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => void raw.push(JSON.parse(message.value!.toString('utf8')) as RawArticle),
    });
  }, 90_000);

  afterAll(async () => {
    await consumer?.disconnect();
    await Promise.all(downstream.map((service) => service.close()));
    await app?.close();
  }, 30_000);

  it.each([
    ['ninjs1-ru.json', 'application/ninjs+json', 'ninjs-1', 'urn:newsml:tass.ru:20261125:wire-ninjs1-ru', 'ru'],
    [
      'ninjs1-en.json',
      'application/vnd.iptc.ninjs+json',
      'ninjs-1',
      'http://example.com/news/2026/11/25/wire-ninjs1-en',
      'en-GB',
    ],
    ['ninjs2-ru.json', 'application/json', 'ninjs-2', 'urn:newsml:ria.ru:20261125:wire-ninjs2-ru', 'ru'],
    [
      'newsml-g2-newsitem-ru.xml',
      'application/vnd.iptc.g2.newsitem+xml',
      'newsml-g2',
      'urn:newsml:tass.ru:20261125:wire-g2-ru',
      'ru',
    ],
    ['nitf-ru.xml', 'application/xml', 'nitf', 'interfax-20261125-wire-nitf-ru', 'ru'],
    ['nitf-en.xml', 'text/xml; charset=utf-8', 'nitf', 'pa-20261125-wire-nitf-en', 'en-GB'],
    ['rss-ru.xml', 'application/rss+xml', 'rss', 'ural-wire-rss-ru-1', 'ru'],
    ['rss-ru-windows-1251.xml', 'application/rss+xml', 'rss', 'volga-wire-rss-cp1251-1', 'ru'],
    ['atom-en.xml', 'application/atom+xml', 'atom', 'tag:science.example.com,2026:wire-atom-en-1', 'en'],
  ])('publishes %s (%s) as %s with its lineage', async (name, contentType, format, externalId, lang) => {
    const report = await accepted(name, contentType);
    expect(report).toMatchObject({ format, rejected: 0 });
    expect(report.results[0]).toMatchObject({ status: 'new', externalId });
    const [article] = await published(externalId);
    expect(article).toMatchObject({
      source: SOURCE,
      externalId,
      lang,
      lineage: { format, payloadHash: createHash('sha256').update(fixture(name)).digest('hex') },
    });
    expect(Object.values(article!.sourceIds ?? {})).toContain(externalId);
  });

  it('decodes windows-1251 text correctly all the way to the raw topic', async () => {
    const [article] = await published('volga-wire-rss-cp1251-1');
    expect(article).toMatchObject({
      title: 'В Самаре отремонтируют набережную Волги',
      body: 'Работы начнутся весной и завершатся к осени.',
    });
  });

  it('decodes the HTML named entities of an RSS feed all the way to the raw topic', async () => {
    expect(await accepted('rss-ru-html-entities.xml', 'application/rss+xml')).toMatchObject({
      format: 'rss',
      accepted: 1,
      rejected: 0,
    });
    const [article] = await published('kazan-wire-rss-entities-1');
    expect(article).toMatchObject({
      title: 'Акции\u00a0«Татнефть» \u2014 рекорд',
      body: 'Бумаги подорожали на 3%\u2026',
    });
  });

  it('publishes every item of a newsMessage, a kill as canceled, and reports the package item rejected', async () => {
    const report = await accepted('newsml-g2-newsmessage-en.xml', 'application/vnd.iptc.g2.newsmessage+xml');
    expect(report).toMatchObject({ format: 'newsml-g2', accepted: 2, rejected: 1 });
    expect(report.results.map((r) => r.status)).toEqual(['new', 'new', 'rejected']);
    expect(report.results[2]!.error?.code).toBe('UNSUPPORTED_FORMAT');
    const [kill] = await published('urn:newsml:example.com:20261125:wire-g2-en-2');
    expect(kill).toMatchObject({ pubStatus: 'canceled', version: 4 });
  });

  it('publishes a ninjs 2 batch and an Atom feed item by item', async () => {
    expect(await accepted('ninjs2-en-batch.json', 'application/ninjs+json')).toMatchObject({
      format: 'ninjs-2',
      accepted: 2,
    });
    const [kill] = await published('urn:example:reuters:wire-ninjs2-en-2');
    expect(kill!.pubStatus).toBe('canceled');
    expect(await accepted('atom-ru.xml', 'application/atom+xml')).toMatchObject({ format: 'atom', accepted: 2 });
  });

  it('reports an identical re-send as a duplicate and a higher version as a new version', async () => {
    await published('interfax-20261125-wire-nitf-ru');
    const before = await rawSize();
    const again = await accepted('nitf-ru.xml', 'application/xml');
    expect(again.results).toMatchObject([{ status: 'duplicate' }]);
    expect(await rawSize()).toBe(before);

    const v4 = fixture('nitf-ru.xml')
      .toString('utf8')
      .replace('version="3"', 'version="4"')
      .replace('Задержаны шесть', 'Задержаны семь');
    const report = (await (await post(v4, 'application/xml')).json()) as Report;
    expect(report.results).toMatchObject([{ status: 'new-version' }]);
    const versions = await published('interfax-20261125-wire-nitf-ru', 2);
    expect(versions.map((a) => a.version)).toEqual([3, 4]);
  });

  it('accepts the good items of an RSS feed with one bad item (202, mixed results)', async () => {
    const before = await rawSize();
    const report = await accepted('rss-en-mixed.xml', 'application/rss+xml');
    expect(report).toMatchObject({ format: 'rss', accepted: 2, rejected: 1 });
    expect(report.results.map((r) => r.status)).toEqual(['new', 'rejected', 'new']);
    expect(report.results[1]!.error?.code).toBe('VALIDATION_FAILED');
    expect(await rawSize()).toBe(before + 2);
  });

  it("repairs an undated, id-less item with a relative link, says so in the 202 and the metric, in the source's zone", async () => {
    const rss = `
      <?xml version="1.0" encoding="utf-8"?>
      <rss version="2.0"><channel><link>https://volga.example.ru/news/</link>
        <lastBuildDate>2026-11-25T10:00:00</lastBuildDate>
        <item><title>Паром возобновил рейсы</title><description>Навигация открыта.</description>
          <link>ferry-1.html</link></item>
      </channel></rss>`;
    const before = metricValue(await scrape(url), 'intake_repairs_total', { source: SOURCE, code: 'DATE_FALLBACK' });
    const report = (await (await post(rss, 'application/rss+xml')).json()) as Report;
    expect(report).toMatchObject({ format: 'rss', accepted: 1 });
    expect(report.results[0]!.warnings?.map((w) => `${w.field} ${w.code}`)).toEqual([
      'url URL_RESOLVED',
      'publishedAt DATE_FALLBACK',
      'publishedAt DATE_ZONE_ASSUMED',
    ]);
    const [article] = await published('https://volga.example.ru/news/ferry-1.html');
    expect(article).toMatchObject({
      url: 'https://volga.example.ru/news/ferry-1.html',
      publishedAt: '2026-11-25T10:00:00+03:00',
      publishedAtSource: { field: 'channel.lastBuildDate', fallback: true, assumedZone: 'Europe/Moscow' },
    });
    const after = metricValue(await scrape(url), 'intake_repairs_total', { source: SOURCE, code: 'DATE_FALLBACK' });
    expect(after).toBe(before + 1);
    expect(await stored(article!.id)).toMatchObject({
      publishedAt: '2026-11-25T07:00:00.000Z',
      publishedAtSource: { field: 'channel.lastBuildDate', fallback: true, assumedZone: 'Europe/Moscow' },
    });
  });

  it('refuses XXE and billion laughs with XML_DTD_FORBIDDEN, publishing nothing', async () => {
    const before = await rawSize();
    await problem(await post(fixture('xxe.xml'), 'application/rss+xml'), 400, 'XML_DTD_FORBIDDEN');
    await problem(await post(fixture('billion-laughs.xml'), 'application/xml'), 400, 'XML_DTD_FORBIDDEN');
    expect(await rawSize()).toBe(before);
  });

  it('refuses malformed XML with MALFORMED_XML and its position', async () => {
    const body = await problem(await post(fixture('malformed.xml'), 'application/rss+xml'), 400, 'MALFORMED_XML');
    expect(body.detail).toMatch(/^line 5, column \d+: /);
    expect(body).toMatchObject({ line: 5, column: expect.any(Number) });
  });

  it('refuses XML nested too deeply with XML_TOO_COMPLEX', async () => {
    const deep = `<rss version="2.0">${'<x>'.repeat(100)}${'</x>'.repeat(100)}</rss>`;
    await problem(await post(deep, 'application/rss+xml'), 400, 'XML_TOO_COMPLEX');
  });

  it('refuses an XML root it does not know with UNSUPPORTED_FORMAT', async () => {
    await problem(await post('<html><body><p>x</p></body></html>', 'application/xml'), 400, 'UNSUPPORTED_FORMAT');
  });

  it('refuses an unsupported content type with 415', async () => {
    await problem(await post(fixture('rss-ru.xml'), 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await problem(await post('{"uri":"urn:x"}', 'application/problem+json'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('applies the intake body limit to XML too (413)', async () => {
    const huge = `<rss version="2.0"><channel><title>${'x'.repeat(BODY_LIMIT)}</title></channel></rss>`;
    await problem(await post(huge, 'application/rss+xml'), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('still takes the native JSON article', async () => {
    const article = {
      source: SOURCE,
      externalId: 'wire-native-1',
      title: 'Заголовок',
      body: 'Текст',
      publishedAt: '2026-11-25T08:00:00+03:00',
    };
    const report = (await (await post(JSON.stringify(article), 'application/json')).json()) as Report;
    expect(report).toMatchObject({ format: 'native-json', accepted: 1, results: [{ status: 'new' }] });
    const [published_] = await published('wire-native-1');
    expect(published_!.lineage.format).toBe('native-json');
  });
});
