import type { DeadLetter, DeadLetterInbox } from '@app/messaging';
import { SOURCE_TOPICS, type SourceTopicName } from './dead-letter.topics.js';

/** What the dead-letter CLI was asked to do, once its arguments are checked. */
export type DeadLetterCommand =
  | { command: 'list'; topic: SourceTopicName; code?: string; full: boolean }
  | { command: 'redrive'; topic: SourceTopicName; partition: number; offset: string; value?: string }
  | { command: 'redrive'; topic: SourceTopicName; code: string };

/** One output line per letter; the original's text only when asked for (it can be megabytes). */
function line(letter: DeadLetter, full: boolean): object {
  const { value, ...rest } = letter;
  return full ? letter : { ...rest, valueBytes: Buffer.byteLength(value) };
}

/**
 * Runs `command` against an inbox that has read every letter (`caughtUp`), writing JSON lines to `out`. Returns
 * the exit code: 0, or 1 when the letter asked for is not there or its original was too large to keep and no
 * fixed value was given.
 */
export async function runDeadLetterCommand(
  inbox: DeadLetterInbox,
  command: DeadLetterCommand,
  out: (line: string) => void,
): Promise<number> {
  const topic = SOURCE_TOPICS[command.topic];
  if (command.command === 'list') {
    for (const letter of inbox.list(topic, command.code)) out(JSON.stringify(line(letter, command.full)));
    return 0;
  }
  if ('code' in command) {
    let redriven = 0;
    const letters = inbox.list(topic, command.code).reverse();
    for (const letter of letters) if (await inbox.redrive(letter)) redriven += 1;
    out(JSON.stringify({ topic, code: command.code, redriven, skipped: letters.length - redriven }));
    return 0;
  }
  const letter = inbox.find(topic, command.partition, command.offset);
  if (!letter) {
    out(JSON.stringify({ error: `no dead letter at ${command.topic} ${command.partition}:${command.offset}` }));
    return 1;
  }
  if (!(await inbox.redrive(letter, command.value))) {
    out(JSON.stringify({ error: 'the original was too large to keep; give a fixed value with --value-file' }));
    return 1;
  }
  out(JSON.stringify({ topic, partition: letter.partition, offset: letter.offset, key: letter.key, redriven: 1 }));
  return 0;
}
