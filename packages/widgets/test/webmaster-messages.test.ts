// Configuration errors are the webmaster's to fix: each one is told in the console with what to
// change, while the visitor sees the widget's own short notice.
import { afterEach, describe, expect, test, vi } from 'vitest';
import '../src/define-all.ts';
import { cleanup, failOnPageErrors, mount } from './harness.ts';

failOnPageErrors();

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const warnings = () => {
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => spy.mock.calls.map((args) => String(args[0]));
};

describe('configuration errors in the console', () => {
  test('an advisers-src that cannot be loaded names the attribute and what to check', async () => {
    const seen = warnings();
    await mount('<maatwerk-adviseur-finder advisers-src="/bestaat-niet/adviseurs.json"></maatwerk-adviseur-finder>');
    await expect.poll(() => seen().join('\n'), { timeout: 10_000 }).toMatch(/<maatwerk-adviseur-finder>.*advisers-src.*CORS/);
  });

  test('a content-src that cannot be loaded names the attribute, the problem and the schema', async () => {
    const seen = warnings();
    await mount('<maatwerk-quick-scan no-storage content-src="/bestaat-niet/inhoud.json"></maatwerk-quick-scan>');
    await expect.poll(() => seen().find((text) => text.includes('<maatwerk-quick-scan>'))).toMatch(/content-src "\/bestaat-niet\/inhoud\.json" cannot be used \(http 404\).*content\.schema\.json/);
  });
});
