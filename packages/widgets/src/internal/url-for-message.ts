// A URL as a console message quotes it: a `data:` URL (a whole JSON file in the attribute) or a
// very long address would bury the message, so it shows its start and its length.

const LONGEST = 120;

/** `data:application/json,… (1234 characters)` for a data: URL, the start and the length of a long one, else the URL. */
export function urlForMessage(url: string): string {
  const comma = url.indexOf(',');
  if (/^data:/i.test(url) && comma >= 0) return `${url.slice(0, Math.min(comma + 1, LONGEST))}… (${url.length} characters)`;
  return url.length > LONGEST ? `${url.slice(0, LONGEST)}… (${url.length} characters)` : url;
}
