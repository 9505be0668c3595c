import type { ReadPrincipal } from '@app/access';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ReaderRequest } from './read-key.guard.js';

/** The authenticated reader of a route behind `ReadKeyGuard`. */
export const Reader = createParamDecorator(
  (_: unknown, context: ExecutionContext): ReadPrincipal => context.switchToHttp().getRequest<ReaderRequest>().reader,
);
