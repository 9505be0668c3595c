export { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.js';
export { AppError, isAppError, type FieldIssue } from './app.error.js';
