import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startLocalKafka, type KafkaHandle } from '../infra/index.js';

/**
 * A local single-node broker this run owns, so it can stop it and start it again on the same ports and the
 * same data folder (what a broker restart in production looks like to its clients).
 */
export class KafkaNode {
  private handle: KafkaHandle | null = null;
  private ports = { port: 0, controllerPort: 0 };
  private dataDir = '';
  describe = '';

  get brokers(): string[] {
    return [`127.0.0.1:${this.ports.port}`];
  }

  async start(): Promise<void> {
    if (!this.dataDir) {
      this.dataDir = await mkdtemp(join(tmpdir(), 'news-chaos-kafka-'));
      const port = await freePort();
      let controllerPort = await freePort();
      while (controllerPort === port) controllerPort = await freePort();
      this.ports = { port, controllerPort };
    }
    const handle = await startLocalKafka({ ...this.ports, dataDir: this.dataDir });
    if (handle.brokers[0] !== this.brokers[0]) {
      await handle.stop();
      throw new Error(
        `the broker came back on ${handle.brokers[0]} instead of ${this.brokers[0]} (port taken meanwhile)`,
      );
    }
    this.handle = handle;
    this.describe = handle.describe;
  }

  /** A clean broker shutdown (SIGTERM; SIGKILL after 20 s); its data stays for the restart. */
  async stop(): Promise<void> {
    await this.handle?.stop();
    this.handle = null;
  }

  /** SIGKILL: no controlled shutdown, as a crash or an OOM kill would end it; its data stays for the restart. */
  async kill(): Promise<void> {
    await this.handle?.kill();
    this.handle = null;
  }

  /** Stops the broker if it runs and removes its data folder. */
  async destroy(): Promise<void> {
    await this.stop();
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }
}
