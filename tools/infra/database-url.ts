/** The connection string of database `name` on the server `serverUrl` points at (credentials and options kept). */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** `host:port/database` of a connection string, for messages (never the password). */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${decodeURIComponent(parsed.pathname)}`;
}
