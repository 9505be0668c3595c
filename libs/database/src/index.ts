export { connectDataSource, type ConnectOptions } from './connect-data-source.js';
export { createDataSource, DatabaseModule, postgresHealthIndicator, type DatabaseOptions } from './database.module.js';
export { toDatabaseError, withDatabaseErrors } from './database-errors.js';
export { PeriodicPruner } from './periodic-pruner.js';
