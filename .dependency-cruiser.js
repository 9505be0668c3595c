// The layering the README's layout describes, checked on every `npm run lint` (dependency-cruiser).
// Three floors: tools and test → apps → libs; nothing imports upwards, no app imports another, no cycles.
// The libs have floors of their own, read off the import graph when this check was added:
//   foundation  errors, config, observability            import no other lib
//   domain      nlp, contracts, ner, wire-formats         plain TypeScript: foundation and domain libs only, no Nest,
//                                                        Kafka or database packages, so they run anywhere on their own
//   adapters    database, messaging, http                 foundation and domain libs, never another adapter, except
//                                                        that messaging's failure policy reads database errors
//   access      access                                    keys kept in the database: adapters below it may be used
// A lib is imported through its index.ts (`@app/contracts`), never by a deep path.
const FOUNDATION = '^libs/(errors|config|observability)/';
const DOMAIN = '^libs/(nlp|contracts|ner|wire-formats)/';
const ADAPTERS = '^libs/(database|messaging|http)/';
const TESTS = '\\.(spec|int-spec|e2e-spec)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-app-to-app',
      comment: 'Apps are deployed apart; what two apps share belongs in a lib.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-lib-to-app',
      comment: 'Libs sit below the apps; a lib that needs app code has its boundary in the wrong place.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-code-to-tools-or-test',
      comment: 'Tools and the test support sit on top; shipped code never depends on them.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: TESTS },
      to: { path: '^(tools|test)/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes load order matter and the two files one unit.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-only-through-its-index',
      comment: 'Outside a lib, only its index.ts is its interface (`@app/contracts`, not a deep path).',
      severity: 'error',
      from: { path: '^(apps|tools|test)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'lib-to-lib-only-through-its-index',
      comment: 'Between libs too, only the index.ts is the interface.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'foundation-lib-imports-no-lib',
      comment: 'errors, config and observability are what every other lib may lean on, so they lean on none.',
      severity: 'error',
      from: { path: FOUNDATION },
      to: { path: '^libs/', pathNot: '^libs/$1/' },
    },
    {
      name: 'domain-lib-imports-no-adapter',
      comment: 'The domain libs stay plain TypeScript: no configuration, metrics, Kafka, database or HTTP lib.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '^libs/(config|observability|database|messaging|http)/' },
    },
    {
      name: 'domain-lib-imports-no-framework',
      comment: 'The domain libs are unit-tested, benchmarked and reused without Nest, Kafka or a database.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '^node_modules/(@nestjs/|kafkajs/|typeorm/|pg/|prom-client/)' },
    },
    {
      name: 'adapter-lib-imports-no-adapter',
      comment:
        'Each adapter lib wraps one system; an app composes them (for example a readiness check of both). The one ' +
        "exception: the consumers' failure policy must tell a lost database session from bad content, so it maps " +
        'driver errors through libs/database.',
      severity: 'error',
      from: { path: ADAPTERS, pathNot: '^libs/messaging/src/failure-policy\\.ts$' },
      to: { path: ADAPTERS, pathNot: '^libs/$1/' },
    },
    {
      name: 'kafkajs-only-in-messaging',
      comment: 'libs/messaging is the only lib that touches kafkajs: client options and failure policy live there.',
      severity: 'error',
      from: { path: '^libs/', pathNot: '^libs/messaging/' },
      to: { path: '^node_modules/kafkajs/' },
    },
    {
      name: 'database-packages-only-in-database',
      comment:
        'libs/database is the only lib that touches TypeORM or pg (the pool, migrations and error mapping), beside ' +
        'libs/access, whose keys live in tables; tests and their fixtures may build real driver errors.',
      severity: 'error',
      from: { path: '^libs/', pathNot: ['^libs/(database|access)/', TESTS, '\\.fixture\\.ts$'] },
      to: { path: '^node_modules/(typeorm|pg)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|\\.cache)/' },
    // Type-only imports count: a lib that names a kafkajs type depends on kafkajs.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
