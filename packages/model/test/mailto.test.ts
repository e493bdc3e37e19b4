import { describe, expect, test } from 'vitest';
import { mailtoUrl } from '../src/index.ts';

describe('mailtoUrl (RFC 6068)', () => {
  test('a bare address stays readable', () => {
    expect(mailtoUrl({ to: 'adviseur.noord@example.org' })).toBe('mailto:adviseur.noord@example.org');
  });

  test('characters that would end the address or start a field are encoded', () => {
    expect(mailtoUrl({ to: 'a+b?c@example.org' })).toBe('mailto:a%2Bb%3Fc@example.org');
  });

  test('subject and body are percent-encoded, with line breaks as CRLF', () => {
    const url = mailtoUrl({ to: 'x@example.org', subject: 'Vragen & antwoorden #1?', body: 'Beste Sanne,\nZuidwest-Friesland (Súdwest-Fryslân)\r\nGroet' });
    expect(url).toBe(
      'mailto:x@example.org?subject=Vragen%20%26%20antwoorden%20%231%3F&body=Beste%20Sanne%2C%0D%0AZuidwest-Friesland%20(S%C3%BAdwest-Frysl%C3%A2n)%0D%0AGroet',
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('subject')).toBe('Vragen & antwoorden #1?');
    expect(parsed.searchParams.get('body')).toBe('Beste Sanne,\r\nZuidwest-Friesland (Súdwest-Fryslân)\r\nGroet');
  });

  test('a body without a subject', () => {
    expect(mailtoUrl({ to: 'x@example.org', body: 'Hallo' })).toBe('mailto:x@example.org?body=Hallo');
  });
});
