// The one way we write a mailto: link (RFC 6068): the address kept readable, subject and body
// percent-encoded (so "&", "?" and "#" in them cannot break the link), line breaks as CRLF.

export interface MailParts {
  to: string;
  subject?: string;
  body?: string;
}

export function mailtoUrl({ to, subject, body }: MailParts): string {
  const address = encodeURIComponent(to).replaceAll('%40', '@');
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  const fields = Object.entries({ subject, body }).flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${encode(value)}`]));
  return `mailto:${address}${fields.length ? `?${fields.join('&')}` : ''}`;
}
