// The Host allow-list: a page on another domain that re-points its DNS name at this server (DNS
// rebinding) still sends its own name in `Host`, so answering only to known names keeps it out.

export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Checks a `Host` header against names like `inbox.example.org` (any port) or
 * `inbox.example.org:443` (that port only). Case-insensitive, as host names are.
 */
export function hostAllowed(host: string | undefined, allowed: readonly string[]): 'allowed' | 'missing' | 'not-allowed' {
  if (!host) return 'missing';
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!match) return 'not-allowed';
  const name = match[1]!.toLowerCase();
  const withPort = match[2] ? `${name}:${match[2]}` : name;
  return allowed.some((entry) => {
    const wanted = entry.toLowerCase();
    return wanted === name || wanted === withPort;
  })
    ? 'allowed'
    : 'not-allowed';
}
