import { chunkBySize, type OutboundMessage } from './outbound-message.js';

/** One produce request's worth of messages, per topic, in order. */
export type TopicMessages = { topic: string; messages: OutboundMessage[] };

/** Sends one produce request and resolves once the broker acknowledged all of it. */
export type SendFn = (batch: TopicMessages[]) => Promise<void>;

interface Submission {
  readonly topic: string;
  readonly messages: readonly OutboundMessage[];
  readonly bytes: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** What `submit` returns: the acknowledgement, and a way to withdraw the messages while they still wait. */
export interface Pending {
  readonly acknowledged: Promise<void>;
  /** Drops the submission if no request has taken it yet; true when it was dropped (nothing was sent). */
  withdraw(): boolean;
}

/**
 * Group commit for one producer. An idempotent kafkajs producer allows one produce request in flight per
 * broker, so concurrent callers would otherwise wait for each other's round trips one at a time. Here,
 * whatever was submitted while a request was in flight goes out together in the next request (up to
 * `maxBytes` of values), and every caller in it is answered by that one acknowledgement.
 *
 * Order: submissions are sent in the order they arrived, and a submission larger than `maxBytes` is sent
 * alone, chunk after chunk. A failed request fails every submission in it, except that a request refused
 * as too large is retried one submission at a time, so one oversized caller cannot fail the others.
 */
export class SendQueue {
  private readonly waiting: Submission[] = [];
  private draining = false;

  constructor(
    private readonly send: SendFn,
    private readonly maxBytes: number,
    private readonly isTooLarge: (error: unknown) => boolean,
  ) {}

  submit(topic: string, messages: readonly OutboundMessage[]): Pending {
    let submission!: Submission;
    const acknowledged = new Promise<void>((resolve, reject) => {
      const bytes = messages.reduce((sum, m) => sum + Buffer.byteLength(m.value), 0);
      submission = { topic, messages, bytes, resolve, reject };
    });
    this.waiting.push(submission);
    if (!this.draining) void this.drain();
    return {
      acknowledged,
      withdraw: () => {
        const index = this.waiting.indexOf(submission);
        if (index < 0) return false;
        this.waiting.splice(index, 1);
        return true;
      },
    };
  }

  /** Submissions waiting for a request (`kafka_produce_queue_depth`). */
  get depth(): number {
    return this.waiting.length;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0) await this.sendGroup(this.takeGroup());
    } finally {
      this.draining = false;
    }
  }

  /** The oldest submission, and the ones after it while their values fit in `maxBytes` together. */
  private takeGroup(): Submission[] {
    let bytes = this.waiting[0]!.bytes;
    let count = 1;
    while (count < this.waiting.length && bytes + this.waiting[count]!.bytes <= this.maxBytes)
      bytes += this.waiting[count++]!.bytes;
    return this.waiting.splice(0, count);
  }

  private async sendGroup(group: Submission[]): Promise<void> {
    try {
      if (group.length === 1 && group[0]!.bytes > this.maxBytes) {
        const { topic, messages } = group[0]!;
        for (const chunk of chunkBySize(messages, this.maxBytes)) await this.send([{ topic, messages: chunk }]);
      } else {
        await this.send(merge(group));
      }
    } catch (error) {
      if (group.length > 1 && this.isTooLarge(error)) {
        for (const submission of group) await this.sendGroup([submission]);
        return;
      }
      for (const submission of group) submission.reject(error);
      return;
    }
    for (const submission of group) submission.resolve();
  }
}

/** One request's topic lists, each keeping the submissions' order. */
function merge(group: readonly Submission[]): TopicMessages[] {
  const byTopic = new Map<string, OutboundMessage[]>();
  for (const { topic, messages } of group) {
    const list = byTopic.get(topic);
    if (list) list.push(...messages);
    else byTopic.set(topic, [...messages]);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
