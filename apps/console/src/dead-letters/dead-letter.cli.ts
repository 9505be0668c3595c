import { ConfigError, loadConfig } from '@app/config';
import { validate } from '@app/contracts';
import { createKafka, DeadLetterInbox, KafkaPublisher } from '@app/messaging';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runDeadLetterCommand, type DeadLetterCommand } from './dead-letter.commands.js';
import { SOURCE_TOPICS } from './dead-letter.topics.js';

/**
 * `npm run -s dead-letters -- list --topic raw|enriched [--code CODE] [--full]`
 * `npm run -s dead-letters -- redrive --topic raw|enriched --partition P --offset O [--value-file FILE|-]`
 * `npm run -s dead-letters -- redrive --topic raw|enriched --code CODE`
 *
 * The console's dead-letter page from a shell, on the same `DeadLetterInbox`: reads every letter of the `.dlq`
 * topics (`KAFKA_BROKERS`, `KAFKA_NAMESPACE`), then lists them as JSON lines (newest first; the original's text
 * only with `--full`) or re-drives one letter (with an operator's fixed copy from `--value-file`) or every letter
 * of one error code to the topic it failed on. Writes downstream are idempotent by article id, so re-driving a
 * letter twice stores its article once.
 */
const USAGE = [
  'usage: npm run -s dead-letters -- list --topic raw|enriched [--code CODE] [--full]',
  '       npm run -s dead-letters -- redrive --topic raw|enriched --partition P --offset O [--value-file FILE|-]',
  '       npm run -s dead-letters -- redrive --topic raw|enriched --code CODE',
].join('\n');

const topic = z.enum(['raw', 'enriched'], { message: 'must be raw or enriched' });
const code = z.string().regex(/^[A-Z_]{1,64}$/, 'must be an error code such as CONTRACT_VIOLATION');
const Command = z.union([
  z.strictObject({ command: z.literal('list'), topic, code: code.optional(), full: z.boolean().default(false) }),
  z.strictObject({
    command: z.literal('redrive'),
    topic,
    partition: z.coerce.number().int().min(0),
    offset: z.string().regex(/^\d{1,19}$/, 'must be a Kafka offset'),
    'value-file': z.string().min(1).optional(),
  }),
  z.strictObject({ command: z.literal('redrive'), topic, code }),
]);

function parseCommand(argv: string[]): DeadLetterCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      topic: { type: 'string' },
      code: { type: 'string' },
      full: { type: 'boolean' },
      partition: { type: 'string' },
      offset: { type: 'string' },
      'value-file': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new Error('name one command: list or redrive');
  const parsed = validate(Command, { command: positionals[0], ...values });
  if (parsed.command === 'redrive' && 'offset' in parsed) {
    const file = parsed['value-file'];
    const value = file === undefined ? undefined : readFileSync(file === '-' ? 0 : file, 'utf8');
    return { command: 'redrive', topic: parsed.topic, partition: parsed.partition, offset: parsed.offset, value };
  }
  return parsed;
}

async function main(): Promise<number> {
  let command: DeadLetterCommand;
  let config;
  try {
    command = parseCommand(process.argv.slice(2));
    config = loadConfig(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${error instanceof ConfigError ? '' : `${USAGE}\n`}`);
    return 2;
  }
  const warn = (m: string) => process.stderr.write(`${m}\n`);
  const kafka = createKafka(config.kafka, 'dead-letters-cli', { warn, error: warn });
  const publisher = new KafkaPublisher(kafka, config.kafka, undefined, '/news-pipeline/console');
  const inbox = new DeadLetterInbox(kafka, config.kafka, publisher, Object.values(SOURCE_TOPICS), 100_000);
  try {
    await inbox.start();
    await inbox.caughtUp();
    return await runDeadLetterCommand(inbox, command, (line) => process.stdout.write(`${line}\n`));
  } finally {
    await inbox.stop().catch(() => undefined);
    await publisher.disconnect().catch(() => undefined);
  }
}

process.exitCode = await main();
