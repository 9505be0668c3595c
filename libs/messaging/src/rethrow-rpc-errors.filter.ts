import { type ArgumentsHost, Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter turns every unknown exception into `{ status: 'error' }`, losing the error
 * code and `retryable` flag the failure policy needs. This filter hands the original error back to
 * `KafkaConsumerServer`, which decides between retry and dead letter.
 */
@Catch()
export class RethrowRpcErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
