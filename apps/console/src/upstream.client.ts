import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError } from '@app/errors';
import { Inject, Injectable } from '@nestjs/common';

export type Upstream = 'fetcher' | 'processor' | 'store';

export interface UpstreamAnswer {
  status: number;
  contentType: string;
  body: string;
}

const TIMEOUT_MS = 5_000;

/** Reads from the pipeline's services; a service that does not answer is a 502 problem, never a hung page. */
@Injectable()
export class UpstreamClient {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  base(upstream: Upstream): string {
    return this.config.console.upstreams[upstream];
  }

  async get(upstream: Upstream, pathAndQuery: string, authorization?: string): Promise<UpstreamAnswer> {
    return this.send('GET', upstream, pathAndQuery, authorization);
  }

  /** A POST without a body: the console's only writes upstream are actions named by their path. */
  async post(upstream: Upstream, path: string, authorization?: string): Promise<UpstreamAnswer> {
    return this.send('POST', upstream, path, authorization);
  }

  private async send(
    method: 'GET' | 'POST',
    upstream: Upstream,
    pathAndQuery: string,
    authorization?: string,
  ): Promise<UpstreamAnswer> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (authorization) headers.authorization = authorization;
    let response: Response;
    try {
      response = await fetch(`${this.base(upstream)}${pathAndQuery}`, {
        method,
        headers,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new AppError('UPSTREAM_UNAVAILABLE', `the ${upstream} did not answer: ${(error as Error).message}`);
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/json',
      body: await response.text(),
    };
  }
}
