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

  test('unknown domain ids: the console names them and the ids there are; the visitor sees the scan without them', async () => {
    const seen = warnings();
    const scan = await mount('<maatwerk-quick-scan no-storage domains="gezondheid ruimtevaart, tijdreizen"></maatwerk-quick-scan>');
    await expect.poll(() => seen()).toEqual([expect.stringMatching(/^Maatwerk <maatwerk-quick-scan>: domains="gezondheid ruimtevaart, tijdreizen" .*skips ruimtevaart, tijdreizen\. Use ids of these domains: .*werk-inkomen/)]);
    expect(scan.shadowRoot!.textContent).not.toMatch(/ruimtevaart|tijdreizen/);
    // Said once, not on every render.
    scan.setAttribute('lang', 'nl');
    await (scan as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(seen()).toHaveLength(1);
  });

  test('a data: content-src is not quoted whole: its start and its length', async () => {
    const seen = warnings();
    const json = JSON.stringify({ id: 42, filler: 'x'.repeat(3000) });
    const source = `data:application/json,${encodeURIComponent(json)}`;
    await mount(`<maatwerk-quick-scan no-storage content-src="${source}"></maatwerk-quick-scan>`);
    await expect.poll(() => seen().find((text) => text.includes('<maatwerk-quick-scan>'))).toContain(`content-src "data:application/json,… (${source.length} characters)" cannot be used`);
    expect(seen().join('\n')).not.toContain('xxxxxxxx');
  });

  test('a content-src that cannot be loaded names the attribute, the problem and the schema', async () => {
    const seen = warnings();
    await mount('<maatwerk-quick-scan no-storage content-src="/bestaat-niet/inhoud.json"></maatwerk-quick-scan>');
    await expect.poll(() => seen().find((text) => text.includes('<maatwerk-quick-scan>'))).toMatch(/content-src "\/bestaat-niet\/inhoud\.json" cannot be used \(http 404\).*content\.schema\.json/);
  });
});
