export { ENV_SCHEMA, type Env } from './config.schema.js';
export { ConfigError, loadConfig, type AppConfig } from './app-config.js';
export { APP_CONFIG, ConfigModule } from './config.module.js';
