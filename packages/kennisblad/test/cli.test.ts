// `pnpm kennisblad`: what communications staff see, in-process through run() and once for real.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { renderKennisblad, repoRoot, run } from '../src/index.ts';
import { cacheFileOf } from '../src/code-cache.ts';
import { sampleResult } from '../scripts/sample.ts';
import { captureIo, copyData, dataset, editJson, readPdf, temporaryDir } from './helpers.ts';

const exec = promisify(execFile);
const packageDir = join(import.meta.dirname, '..');

/** Runs the command in a temporary folder. Tests that may write pass --out, so out/ at the root stays untouched. */
async function runIn(args: string[], cwd?: string) {
  const dir = cwd ?? (await temporaryDir());
  const { io, out, err } = captureIo(dir);
  const code = await run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n'), dir };
}

describe('pnpm kennisblad', () => {
  test('writes the PDF and the HTML companion and says so in Dutch', async () => {
    const { code, out, dir } = await runIn(['--out', 'uit/kennisblad.pdf']);
    expect(code).toBe(0);
    expect(out).toContain('✓ Kennisblad gemaakt: uit/kennisblad.pdf (4 pagina');
    expect(out).toContain('✓ Webversie gemaakt: uit/kennisblad.html');
    expect((await readFile(join(dir, 'uit/kennisblad.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(join(dir, 'uit/kennisblad.html'), 'utf8')).toContain('<html lang="nl">');
    // No temporary files left behind.
    expect((await readdir(join(dir, 'uit'))).sort()).toEqual(['kennisblad.html', 'kennisblad.pdf']);
  });

  test('writes to out/ at the repository root by default', () => {
    expect(existsSync(join(repoRoot(), 'pnpm-workspace.yaml'))).toBe(true);
  });

  test('--regio makes the regional edition under its own name', async () => {
    const data = await dataset();
    const adviser = data.advisers.advisers.find((candidate) => candidate.region === 'AM05')!;
    const { code, out, dir } = await runIn(['--regio', 'twente', '--out', 'uit/']);
    expect(code).toBe(0);
    expect(out).toContain('uit/kennisblad-AM05.pdf');
    const text = (await readPdf(await readFile(join(dir, 'uit/kennisblad-AM05.pdf')))).text;
    expect(text).toContain(adviser.name);
    expect(await readFile(join(dir, 'uit/kennisblad-AM05.html'), 'utf8')).toContain(adviser.name);
  });

  test('--regio accepts a municipality name as well', async () => {
    const { code, out } = await runIn(['--regio', 'Borne', '--out', 'uit/']);
    expect(code).toBe(0);
    expect(out).toContain('kennisblad-AM05.pdf');
  });

  test('an unknown region is explained, with how to find the codes, and writes nothing', async () => {
    const { code, err, dir } = await runIn(['--regio', 'AM99', '--out', 'uit/kennisblad.pdf']);
    expect(code).toBe(1);
    expect(err).toContain('De regio "AM99" ken ik niet');
    expect(err).toContain('pnpm kennisblad regios');
    expect(existsSync(join(dir, 'uit'))).toBe(false);
  });

  test('regios lists every region code', async () => {
    const { code, out } = await runIn(['regios']);
    expect(code).toBe(0);
    expect(out).toContain('AM05  Twente');
    expect(out.split('\n').filter((line) => /^\s+AM\d\d/.test(line))).toHaveLength(35);
  });

  test('--lang en writes the English edition', async () => {
    const { code, out, dir } = await runIn(['--lang', 'en', '--out', 'uit/']);
    expect(code).toBe(0);
    expect(out).toContain('uit/kennisblad.en.pdf');
    const text = (await readPdf(await readFile(join(dir, 'uit/kennisblad.en.pdf')))).text;
    expect(text).toContain('Why an integrated approach?');
  });

  test('warns when longer texts make the kennisblad more than four pages', async () => {
    const data = await copyData();
    await editJson(join(data, 'traject.nl.json'), (traject) => {
      const why = traject.why as { paragraphs: string[] };
      why.paragraphs.push(...why.paragraphs, ...why.paragraphs);
    });
    const { code, err } = await runIn(['--data', data, '--out', 'uit/']);
    expect(code).toBe(0);
    expect(err).toMatch(/! Het kennisblad telt nu \d+ pagina's; het is ontworpen voor hoogstens 4\./);
  });

  test('--help explains the command in Dutch', async () => {
    const { code, out } = await runIn(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Gebruik:');
    expect(out).toContain('--regio <code>');
  });

  test('wrong options and dates get a plain-Dutch answer', async () => {
    expect((await runIn(['--kleur', 'rood'])).err).toContain('Onbekende optie --kleur');
    expect((await runIn(['--date', '2026-13-01'])).err).toContain('Schrijf hem als JJJJ-MM-DD');
    expect((await runIn(['--lang', 'fr'])).err).toContain('Kies nl of en');
    expect((await runIn(['--lang', 'fr'])).code).toBe(1);
  });

  describe('with broken data', () => {
    test('lists every problem with file and place, exits 1 and writes no file', async () => {
      const data = await copyData();
      await editJson(join(data, 'traject.nl.json'), (traject) => {
        delete (traject.why as Record<string, unknown>).heading;
        (traject.participation as { figures: string[] }).figures.push('bestaat-niet');
      });
      await writeFile(join(data, 'advisers.json'), '{ "advisers": [ }');
      const { code, err, dir } = await runIn(['--data', data, '--out', 'uit/kennisblad.pdf']);
      expect(code).toBe(1);
      expect(err).toContain('✗ De data bevat');
      expect(err).toMatch(/traject\.nl\.json: why: Het veld "heading" ontbreekt\./);
      expect(err).toMatch(/advisers\.json: \(het hele bestand\): Dit is geen geldige JSON/);
      expect(err).toContain('Los de fouten op en probeer het opnieuw.');
      expect(existsSync(join(dir, 'uit'))).toBe(false);
    });

    test('a figure that does not exist is named', async () => {
      const data = await copyData();
      await editJson(join(data, 'traject.nl.json'), (traject) => {
        (traject.participation as { figures: string[] }).figures.push('bestaat-niet');
      });
      const { code, err } = await runIn(['--data', data, '--out', 'uit/']);
      expect(code).toBe(1);
      expect(err).toContain('participation.figures[2]: Het cijfer "bestaat-niet" staat niet in de lijst "figures".');
    });

    test('never replaces an existing good PDF', async () => {
      const dir = await temporaryDir();
      const good = join(dir, 'kennisblad.pdf');
      await writeFile(good, 'the good one');
      const data = await copyData();
      await editJson(join(data, 'content.nl.json'), (content) => {
        (content.factors as unknown[]).push({ id: 'betrokkenheid', name: 'Dubbel', description: 'Twee keer dezelfde factor.' });
      });
      const { code, err } = await runIn(['--data', data, '--out', good], dir);
      expect(code).toBe(1);
      expect(err).toContain('kennisblad.pdf is niet veranderd');
      expect(err).toContain('De factor "betrokkenheid" komt twee keer voor.');
      expect(await readFile(good, 'utf8')).toBe('the good one');
      expect(await readdir(dir)).toEqual(['kennisblad.pdf']);
    });
  });

  describe('report', () => {
    test('renders the report of a result file next to its HTML', async () => {
      const dir = await temporaryDir();
      const data = await dataset();
      await writeFile(join(dir, 'uitkomst.json'), JSON.stringify(sampleResult(data.content)));
      const { code, out } = await runIn(['report', 'uitkomst.json', '--out', 'uit/'], dir);
      expect(code).toBe(0);
      expect(out).toContain('✓ Rapport gemaakt: uit/rapport-borne.pdf');
      const text = (await readPdf(await readFile(join(dir, 'uit/rapport-borne.pdf')))).text;
      expect(text).toContain('De uitkomst voor gemeente Borne');
      expect(await readFile(join(dir, 'uit/rapport-borne.html'), 'utf8')).toContain('De uitkomst voor gemeente Borne');
    });

    test('checks the result against the result schema and explains what is wrong', async () => {
      const dir = await temporaryDir();
      const data = await dataset();
      const result = sampleResult(data.content) as unknown as Record<string, unknown>;
      delete result.ranking;
      result.resultVersion = 2;
      await writeFile(join(dir, 'uitkomst.json'), JSON.stringify(result));
      const { code, err } = await runIn(['report', 'uitkomst.json', '--out', 'uit/'], dir);
      expect(code).toBe(1);
      expect(err).toContain('uitkomst.json: (het hele bestand): Het veld "ranking" ontbreekt.');
      expect(err).toContain('uitkomst.json: resultVersion: Deze waarde moet precies 1 zijn.');
      expect(existsSync(join(dir, 'uit'))).toBe(false);
    });

    test('a missing or broken result file is explained', async () => {
      const dir = await temporaryDir();
      expect((await runIn(['report', 'weg.json'], dir)).err).toMatch(/weg\.json: .*bestaat niet/);
      await writeFile(join(dir, 'kapot.json'), '{ "resultVersion": ');
      const broken = await runIn(['report', 'kapot.json'], dir);
      expect(broken.code).toBe(1);
      expect(broken.err).toContain('Dit is geen geldige JSON');
      expect((await runIn(['report'], dir)).err).toContain('Geef het bestand met de uitkomst');
    });

    test('a result of another quick scan is refused', async () => {
      const dir = await temporaryDir();
      const result = sampleResult((await dataset()).content);
      result.content.id = 'een-andere-scan';
      await writeFile(join(dir, 'uitkomst.json'), JSON.stringify(result));
      const { code, err } = await runIn(['report', 'uitkomst.json', '--out', 'uit/'], dir);
      expect(code).toBe(1);
      expect(err).toContain('content.id: Deze uitkomst hoort bij quickscan "een-andere-scan"');
    });
  });

  describe('the real command (a new process)', () => {
    const cli = join(packageDir, 'scripts/kennisblad.mjs');

    test('writes a PDF byte-identical to an in-process render (through the built CLI, as `pnpm kennisblad` runs it)', async () => {
      const dir = await temporaryDir();
      await exec(process.execPath, [cli, '--out', join(dir, 'kennisblad.pdf')], { cwd: packageDir });
      const written = await readFile(join(dir, 'kennisblad.pdf'));
      const companion = { pdf: 'kennisblad.pdf', html: 'kennisblad.html' };
      expect(written.equals(await renderKennisblad(await dataset(), { companion }))).toBe(true);
      await rm(dir, { recursive: true });
    }, 120_000);

    test('makes the report and page pictures the same way (the bundle loads what --preview needs)', async () => {
      const dir = await temporaryDir();
      await writeFile(join(dir, 'uitkomst.json'), JSON.stringify(sampleResult((await dataset()).content)));
      const { stdout } = await exec(process.execPath, [cli, 'report', join(dir, 'uitkomst.json'), '--out', join(dir, 'rapport.pdf'), '--preview'], { cwd: dir });
      expect(stdout).toContain('✓ Plaatjes van de pagina’s: ');
      expect((await readdir(dir)).filter((name) => name.endsWith('.png')).length).toBeGreaterThan(1);
      const inProcess = await runIn(['report', 'uitkomst.json', '--out', 'uit/rapport.pdf'], dir);
      expect(inProcess.code).toBe(0);
      expect((await readFile(join(dir, 'rapport.pdf'))).equals(await readFile(join(dir, 'uit/rapport.pdf')))).toBe(true);
      // The build left a code cache for this Node beside the bundle.
      expect(existsSync(cacheFileOf(join(packageDir, 'dist', 'kennisblad.cjs')))).toBe(true);
      await rm(dir, { recursive: true });
    }, 120_000);

    test('exits with 1 on broken data', async () => {
      const data = await copyData();
      await writeFile(join(data, 'traject.nl.json'), '[]');
      const dir = await temporaryDir();
      const failed = await exec(process.execPath, [cli, '--data', data, '--out', join(dir, 'k.pdf')], { cwd: packageDir }).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain('Verkeerd soort waarde: hier hoort een object met velden.');
      expect(await readdir(dir)).toEqual([]);
    }, 120_000);
  });
});
