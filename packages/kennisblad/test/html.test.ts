// The accessible HTML companion: same content as the PDF, landmarks, language, its font embedded,
// no external requests.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { create } from 'fontkit';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '@maatwerk/model/node';
import { buildKennisblad, buildReport, kennisbladHtml, reportHtml, run } from '../src/index.ts';
import { sampleResult } from '../scripts/sample.ts';
import { captureIo, dataset, temporaryDir } from './helpers.ts';

let data: Dataset;
let html: string;

/** Text content with tags removed and entities decoded, whitespace collapsed. */
function textOf(markup: string): string {
  return markup
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

function expectSelfContained(markup: string) {
  expect(markup).not.toMatch(/\ssrc=/i);
  expect(markup).not.toMatch(/<link\b/i);
  expect(markup).not.toMatch(/<script\b/i);
  // Embedded fonts are data: URLs; nothing else is a URL in the CSS.
  expect(markup.replace(/url\("data:font\/woff2;base64,[A-Za-z0-9+/=]+"\)/g, '')).not.toMatch(/@import|url\(/i);
  // Links to sources are fine; nothing is loaded from elsewhere.
  for (const [, tag] of markup.matchAll(/<(\w+)[^>]*\shref="https?:/g)) expect(tag).toBe('a');
}

beforeAll(async () => {
  data = await dataset();
  html = kennisbladHtml(buildKennisblad(data));
}, 120_000);

describe('the HTML kennisblad', () => {
  test('is a Dutch page with a title and landmarks', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain(`<title>${data.traject.title.replace('&', '&amp;')}`);
    expect(html).toContain('<header class="masthead">');
    expect(html).toContain('<nav aria-labelledby="kop-inhoud">');
    expect(html).toContain('<main id="inhoud"');
    expect(html).toContain('<footer class="site-footer">');
    expect(html).toContain('<a class="skip" href="#inhoud">Naar de inhoud</a>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  test('has the same headings and figures as the PDF', () => {
    const text = textOf(html);
    const view = buildKennisblad(data);
    for (const section of [view.why, view.what, view.model, view.steps, view.delivers, view.practice, view.participation, view.signUp]) {
      expect(html).toContain(`<h2 id="kop-${section.id}">`);
      expect(text).toContain(section.heading);
      for (const paragraph of section.paragraphs) expect(text).toContain(paragraph);
    }
    for (const figure of view.notes) {
      expect(text).toContain(figure.display);
      expect(text).toContain(figure.noteText);
      expect(html).toContain(`id="noot-${figure.note}"`);
    }
    for (const factor of data.content.factors) expect(html).toContain(`<th scope="col">${factor.name}</th>`);
    for (const level of data.content.levels) expect(html).toContain(`<th scope="row">${level.name}</th>`);
    expect(text).toContain(data.traject.quote.text);
  });

  test('is self-contained: inline CSS, no scripts, nothing loaded from elsewhere', () => {
    expect(html).toContain('<style>');
    expectSelfContained(html);
  });

  test('the twin the CLI writes embeds the PDF’s font, and each face has every character of its text', async () => {
    const dir = await temporaryDir();
    const { io } = captureIo(dir);
    expect(await run(['--out', 'kennisblad.pdf'], io)).toBe(0);
    const twin = await readFile(join(dir, 'kennisblad.html'), 'utf8');
    expectSelfContained(twin);
    const faces = [...twin.matchAll(/@font-face\{font-family:"Maatwerk Sans";src:url\("data:font\/woff2;base64,([^"]+)"\) format\("woff2"\);font-weight:(\d+);font-style:(\w+)/g)];
    expect(faces.map(([, , weight, style]) => `${weight} ${style}`)).toEqual(['400 normal', '600 normal', '700 normal', '400 italic']);
    const characters = new Set([...textOf(twin)].filter((character) => !/\s/u.test(character)));
    expect(characters.size).toBeGreaterThan(50);
    for (const [, base64, weight, style] of faces) {
      const font = create(Buffer.from(base64!, 'base64'));
      expect(font.familyName).toMatch(/^Maatwerk Sans\b/);
      expect([...characters].filter((character) => !font.hasGlyphForCodePoint(character.codePointAt(0)!)), `${weight} ${style}`).toEqual([]);
    }
    // Four subset faces: a page stays small enough to mail or publish as it is.
    expect(twin.length).toBeLessThan(kennisbladHtml(buildKennisblad(data)).length + 200_000);
  });

  test('escapes data as text', () => {
    const tricky = structuredClone(data);
    tricky.traject.why.paragraphs = ['<script>alert(1)</script> & meer'];
    const markup = kennisbladHtml(buildKennisblad(tricky));
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer');
    expect(markup).not.toContain('<script>');
  });

  test('the regional edition shows that region’s adviser', () => {
    const adviser = data.advisers.advisers.find((candidate) => candidate.region === 'AM05')!;
    expect(kennisbladHtml(buildKennisblad(data, { region: 'AM05' }))).toContain(adviser.name);
  });

  test('the English edition says lang="en"', async () => {
    expect(kennisbladHtml(buildKennisblad(await dataset('en')))).toMatch(/<html lang="en">/);
  });
});

describe('the HTML report', () => {
  test('has the ranking as a table, the plan and the contact, self-contained', () => {
    const view = buildReport(data, sampleResult(data.content));
    const markup = reportHtml(view);
    expect(markup).toMatch(/<html lang="nl">/);
    expect(markup).toContain('<table class="ranking">');
    for (const row of view.ranking) expect(textOf(markup)).toContain(row.name);
    for (const phase of view.plan.phases) for (const action of phase.actions) expect(textOf(markup)).toContain(action.title);
    expect(textOf(markup)).toContain(view.contact.name);
    expectSelfContained(markup);
  });
});
