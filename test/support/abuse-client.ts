import type { AbuseCase } from '../abuse/abuse.corpus.js';

/** What came back for one abuse case; `status` 0 means the connection failed (a crash or a reset). */
export interface AbuseAnswer {
  name: string;
  status: number;
  contentType: string;
  body: string;
}

/** The keys an abuse run may present: its own source's and another source's. */
export interface AbuseKeys {
  own: string;
  otherSource: string;
}

function authorization(choice: AbuseCase['key'], keys: AbuseKeys): Record<string, string> {
  if (choice === 'none') return {};
  if (choice === 'own') return { authorization: `Bearer ${keys.own}` };
  if (choice === 'other-source') return { authorization: `Bearer ${keys.otherSource}` };
  if (choice === 'forged') return { authorization: 'Bearer forged-key-0000000000000000' };
  return { authorization: choice.header };
}

/** Posts one case to `url` and reads the whole answer. */
export async function sendCase(url: string, abuse: AbuseCase, keys: AbuseKeys): Promise<AbuseAnswer> {
  const headers: Record<string, string> = { ...authorization(abuse.key, keys), ...abuse.extraHeaders };
  if (abuse.contentType !== undefined) headers['content-type'] = abuse.contentType;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: abuse.body,
      signal: AbortSignal.timeout(60_000),
    });
    return {
      name: abuse.name,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.text(),
    };
  } catch (error) {
    return { name: abuse.name, status: 0, contentType: '', body: String(error) };
  }
}

/** Sends every case with `concurrency` requests in flight; answers in corpus order. */
export async function sendAll(
  url: string,
  cases: readonly AbuseCase[],
  keys: AbuseKeys,
  concurrency = 8,
): Promise<AbuseAnswer[]> {
  const answers: AbuseAnswer[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < cases.length; i = next++) answers[i] = await sendCase(url, cases[i]!, keys);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return answers;
}

/** Why an answer is not a proper refusal (a 4xx `application/problem+json` whose `status` matches), or null. */
export function refusalProblem(answer: AbuseAnswer): string | null {
  if (answer.status < 400 || answer.status >= 500) return `${answer.status} ${answer.body.slice(0, 200)}`;
  if (!answer.contentType.startsWith('application/problem+json'))
    return `${answer.status} with content type "${answer.contentType}"`;
  try {
    const problem = JSON.parse(answer.body) as { status?: unknown; code?: unknown };
    if (problem.status !== answer.status || typeof problem.code !== 'string')
      return `${answer.status} with problem ${answer.body.slice(0, 200)}`;
  } catch {
    return `${answer.status} with a body that is not JSON`;
  }
  return null;
}
