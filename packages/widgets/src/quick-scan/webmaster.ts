// What the quick scan tells the webmaster in the console: configuration the visitor cannot fix.
// The visitor gets a short notice (or nothing) and a scan that works on.
import { urlForMessage } from '../internal/url-for-message.ts';
import type { ContentProblem, ScanContent } from './content.ts';

const PREFIX = 'Maatwerk <maatwerk-quick-scan>:';

/** `domains` names ids the content does not have: the scan skips them. */
export function warnUnknownDomains(content: ScanContent, domains: string | undefined, unknown: readonly string[]): void {
  console.warn(
    `${PREFIX} domains="${domains}" names ${unknown.length === 1 ? 'a domain' : 'domains'} the questions do not have, so the scan skips ${unknown.join(', ')}. ` +
      `Use ids of these domains: ${content.domains.map((domain) => domain.id).join(', ')}.`,
  );
}

/** `content-src` could not be used: the visitor is offered the built-in questions. */
export function warnContentProblem(source: string, problem: ContentProblem): void {
  const first = problem.issues[0];
  console.warn(
    `${PREFIX} content-src "${urlForMessage(source)}" cannot be used (${problem.kind}${problem.status ? ` ${problem.status}` : ''}${first ? `: ${first.path} ${first.message}` : ''}). ` +
      'Check the address, CORS headers on its host, and the file against schemas/content.schema.json of @maatwerk/model.',
  );
}
