import { freePort } from '../infra/index.js';
import type { InstanceCounts } from '../bench/instances.js';
import type { ServiceName } from '../start/service-process.js';
import { ChaosService } from './chaos-service.js';

const SERVICES: readonly ServiceName[] = ['fetcher', 'processor', 'store'];
const PORT_KEYS: Record<ServiceName, string> = {
  fetcher: 'FETCHER_PORT',
  processor: 'PROCESSOR_PORT',
  store: 'STORE_PORT',
};

/**
 * Every instance of every service as a real process, each on a port of its own (the only setting in which two
 * instances of one service differ), labelled `processor-2` and so on when a service runs more than once.
 */
export class ServiceInstances {
  private constructor(readonly all: readonly ChaosService[]) {}

  static async start(counts: InstanceCounts, env: NodeJS.ProcessEnv, logDir: string): Promise<ServiceInstances> {
    const services: ChaosService[] = [];
    for (const name of SERVICES)
      for (let i = 1; i <= counts[name]; i++) {
        const port = await freePort();
        const label = counts[name] > 1 ? `${name}-${i}` : name;
        const ownEnv = { ...env, [PORT_KEYS[name]]: String(port) };
        services.push(new ChaosService(name, ownEnv, `http://127.0.0.1:${port}`, logDir, label));
      }
    const instances = new ServiceInstances(services);
    // The first store applies the migrations; every other instance waits for them under the same advisory lock.
    try {
      await Promise.all(services.map((s) => s.start()));
    } catch (error) {
      await instances.stop();
      throw error;
    }
    return instances;
  }

  of(name: ServiceName): ChaosService[] {
    return this.all.filter((s) => s.name === name);
  }

  /** One instance of `name`, chosen with `random` (the run's seeded generator). */
  pick(name: ServiceName, random: () => number): ChaosService {
    const candidates = this.of(name);
    return candidates[Math.floor(random() * candidates.length)]!;
  }

  get intakeUrls(): string[] {
    return this.of('fetcher').map((s) => `${s.url}/v1/articles`);
  }

  async stop(): Promise<void> {
    await Promise.all(this.all.map((s) => s.stop()));
  }
}
