// Publishing the kennisblad through the receiver, at the HTTP level, on both engines: who may publish
// (login through the real loopback OpenID provider), what the server refuses and says, the stable
// addresses of the PDF, HTML and data (ETag, 304, CORS), every version kept, and a rollback that
// restores the earlier bytes. (The studio doing this in Chromium is tests/studio-publish.test.ts.)
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPdf } from '../../kennisblad/test/helpers.ts';
import { createReceiver, type ReceiverOptions } from '../src/receiver.ts';
import { startLoopbackInbox, type LoopbackInbox } from '../src/loopback.ts';
import { createPublisher, DATA_FILES, type Documents, type Publisher } from '../src/publish/index.ts';
import { openStore, type SignUpStore } from '../src/store/index.ts';
import { ENGINES, fixture, post } from './helpers.ts';
import { ADVISER_GRONINGEN, COORDINATOR, CookieClient } from './login.ts';

const shipped = Object.fromEntries(DATA_FILES.map((file) => [file, JSON.parse(readFileSync(new URL(`../../model/data/${file}`, import.meta.url), 'utf8'))])) as Record<string, Record<string, unknown>>;

/** The shipped documents with "gemeenten gestart" at 41 instead of 28. */
function withFigure(value: number): Documents {
  const documents = structuredClone(shipped) as Documents & { 'traject.nl.json': { figures: { id: string; value: number; display: string }[] } };
  const figure = documents['traject.nl.json'].figures.find((candidate) => candidate.id === 'gemeenten-gestart')!;
  figure.value = value;
  figure.display = String(value);
  return documents;
}

describe.each(ENGINES)('publishing the kennisblad ($name)', { timeout: 300_000 }, (engine) => {
  let store: SignUpStore;
  let stack: LoopbackInbox;
  let publisher: Publisher;
  let url: string;
  let close: () => Promise<void>;
  const coordinator = new CookieClient();
  const adviser = new CookieClient();
  let csrf = '';
  /** Version 1's national PDF as first served, for the rollback. */
  let firstPdf: Buffer;

  beforeAll(async () => {
    if (!engine.available) return;
    store = await openStore(await engine.location());
    const options: ReceiverOptions = { store };
    const server = createReceiver(options);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
    stack = await startLoopbackInbox({ store, publicUrl: url });
    publisher = await createPublisher({ store, auth: stack.auth });
    options.inbox = stack.inbox;
    options.publisher = publisher;
    await coordinator.logIn(url, COORDINATOR);
    await adviser.logIn(url, ADVISER_GRONINGEN);
    csrf = ((await (await coordinator.fetch(`${url}/kennisblad/api/session`)).json()) as { csrfToken: string }).csrfToken;
  }, 120_000);

  afterAll(async () => {
    if (!engine.available) return;
    await close();
    await publisher.close();
    await stack.close();
    await store.close();
    await engine.cleanup();
  });

  const publish = (client: CookieClient, body: unknown, headers: Record<string, string> = {}) =>
    client.fetch(`${url}/kennisblad/api/versions`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, Origin: url, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const errorsOf = async (response: Response) => ((await response.json()) as { errors: { file?: string; path: string; message: string }[] }).errors;

  test.skipIf(!engine.available)('before anything is published, the shipped data is version 1, served with a strong ETag, 304 and open CORS', async () => {
    const published = (await (await fetch(`${url}/kennisblad/api/published`)).json()) as { version: number; documents: Documents };
    expect(published.version).toBe(1);
    expect(published.documents['advisers.json']).toEqual(shipped['advisers.json']);

    const advisers = await fetch(`${url}/kennisblad/data/advisers.json`, { headers: { Origin: 'https://www.voorbeeldstad.nl' } });
    expect(advisers.status).toBe(200);
    expect(advisers.headers.get('access-control-allow-origin')).toBe('*');
    expect(advisers.headers.get('access-control-allow-credentials')).toBeNull();
    expect(advisers.headers.get('set-cookie')).toBeNull();
    expect(advisers.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const etag = advisers.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(await advisers.json()).toEqual(shipped['advisers.json']);

    const again = await fetch(`${url}/kennisblad/data/advisers.json`, { headers: { 'If-None-Match': `"other", ${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');

    const preflight = await fetch(`${url}/kennisblad/data/content.nl.json`, { method: 'OPTIONS', headers: { Origin: 'https://www.voorbeeldstad.nl', 'Access-Control-Request-Headers': 'if-none-match' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/if-none-match/i);
    expect((await fetch(`${url}/kennisblad/data/municipalities.json`)).status).toBe(404);
  });

  test.skipIf(!engine.available)('a logged-out visitor gets 401 with the way to log in; an adviser gets 403; nothing is published', async () => {
    const anonymous = await publish(new CookieClient(), { basedOn: 1, documents: withFigure(41) });
    expect(anonymous.status).toBe(401);
    const body = (await anonymous.json()) as { loginUrl: string; errors: { message: string }[] };
    expect(body.loginUrl).toBe('/inbox/login?next=%2Fstudio%2F');
    expect(body.errors[0]!.message).toBe('Log in als coördinator om het kennisblad te publiceren.');
    expect((await fetch(`${url}/kennisblad/api/versions`)).status).toBe(401);
    expect(await (await fetch(`${url}/kennisblad/api/session`)).json()).toEqual({ account: null, canPublish: false, loginUrl: '/inbox/login?next=%2Fstudio%2F' });

    const adviserCsrf = ((await (await adviser.fetch(`${url}/kennisblad/api/session`)).json()) as { canPublish: boolean; csrfToken: string });
    expect(adviserCsrf.canPublish).toBe(false);
    const refused = await publish(adviser, { basedOn: 1, documents: withFigure(41) }, { 'X-CSRF-Token': adviserCsrf.csrfToken });
    expect(refused.status).toBe(403);
    expect((await errorsOf(refused))[0]!.message).toMatch(/^Alleen een coördinator/);
    expect((await adviser.fetch(`${url}/kennisblad/api/versions/1/restore`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': adviserCsrf.csrfToken }, body: '{"basedOn":1}' })).status).toBe(403);
    expect(((await (await fetch(`${url}/kennisblad/api/published`)).json()) as { version: number }).version).toBe(1);
  });

  test.skipIf(!engine.available)('the coordinator is refused without the CSRF token, from another Origin, with a body too large or not JSON', async () => {
    expect((await publish(coordinator, { basedOn: 1, documents: withFigure(41) }, { 'X-CSRF-Token': '' })).status).toBe(403);
    expect((await publish(coordinator, { basedOn: 1, documents: withFigure(41) }, { 'X-CSRF-Token': 'wrong' })).status).toBe(403);
    expect((await publish(coordinator, { basedOn: 1, documents: withFigure(41) }, { Origin: 'https://evil.example' })).status).toBe(403);
    const huge = await publish(coordinator, JSON.stringify({ basedOn: 1, documents: withFigure(41), padding: 'x'.repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect((await errorsOf(huge))[0]!.message).toBe('Deze versie is te groot om te publiceren: hoogstens 1024 kB.');
    expect((await publish(coordinator, 'basedOn=1', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await publish(coordinator, '{"basedOn":1,')).status).toBe(400);
  });

  test.skipIf(!engine.available)('invalid data is refused with the plain-Dutch message, the file and where; a figure whose display says another number too', async () => {
    const documents = withFigure(41);
    (documents['traject.nl.json'] as { figures: { display: string }[] }).figures[5]!.display = '19,5%';
    delete (documents as Partial<Documents>)['advisers.json'];
    const refused = await publish(coordinator, { basedOn: 1, documents });
    expect(refused.status).toBe(400);
    const errors = await errorsOf(refused);
    expect(errors).toContainEqual({ file: 'advisers.json', path: '', message: 'Dit bestand ontbreekt.' });
    const figure = errors.find((error) => error.file === 'traject.nl.json')!;
    expect(figure.path).toBe('figures[5].display');
    expect(figure.message).toMatch(/41/);
    const english = await coordinator.fetch(`${url}/kennisblad/api/versions?lang=en`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify({ basedOn: 1, documents }) });
    expect(await errorsOf(english)).toContainEqual({ file: 'advisers.json', path: '', message: 'This file is missing.' });
    expect(((await (await fetch(`${url}/kennisblad/api/published`)).json()) as { version: number }).version).toBe(1);
  });

  test.skipIf(!engine.available)('publishing changes what the stable addresses serve; sign-ups are answered while the PDF renders; every version is kept', async () => {
    const before = Buffer.from(await (await fetch(`${url}/kennisblad/kennisblad.pdf`)).arrayBuffer());
    firstPdf = before;
    expect((await readPdf(before)).text).toContain('28');
    const oldTag = (await fetch(`${url}/kennisblad/data/traject.nl.json`)).headers.get('etag')!;

    const published = await publish(coordinator, { basedOn: 1, documents: withFigure(41) });
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({ version: 2, publishedBy: COORDINATOR, summary: 'traject.nl.json figures[5].value: 28 → 41\ntraject.nl.json figures[5].display: "28" → "41"' });

    // The new national PDF renders in the worker thread now; a sign-up does not wait for it.
    const pdf = fetch(`${url}/kennisblad/kennisblad.pdf`).then(async (response) => ({ response, bytes: Buffer.from(await response.arrayBuffer()), at: performance.now() }));
    const signUp = await post(url, fixture('valid/minimal.json'));
    const signedUpAt = performance.now();
    expect(signUp.status).toBe(201);
    const after = await pdf;
    expect(signedUpAt).toBeLessThan(after.at);
    expect(after.response.headers.get('content-type')).toBe('application/pdf');
    expect(after.response.headers.get('access-control-allow-origin')).toBe('*');
    const text = (await readPdf(after.bytes)).text;
    expect(text).toContain('41');
    expect(after.bytes.equals(before)).toBe(false);

    const data = await fetch(`${url}/kennisblad/data/traject.nl.json`, { headers: { 'If-None-Match': oldTag } });
    expect(data.status).toBe(200);
    expect(data.headers.get('etag')).not.toBe(oldTag);

    const stale = await publish(coordinator, { basedOn: 1, documents: withFigure(50) });
    expect(stale.status).toBe(409);
    expect((await errorsOf(stale))[0]!.message).toMatch(/^Intussen is versie 2 gepubliceerd/);

    const history = (await (await coordinator.fetch(`${url}/kennisblad/api/versions`)).json()) as { versions: { version: number; publishedBy: string }[] };
    expect(history.versions.map((version) => [version.version, version.publishedBy])).toEqual([[2, COORDINATOR], [1, '@maatwerk/model']]);
  });

  test.skipIf(!engine.available)('only the newest version keeps rendered files; every version keeps its data', async () => {
    const renderedVersions = async () => (await store.database.query<{ version: number }>('SELECT DISTINCT version FROM kennisblad_files ORDER BY version')).map((row) => row.version);
    // Version 1's files went when version 2 was published; version 2's are there (its PDF was served).
    expect(await renderedVersions()).toEqual([2]);
    const kept = await store.database.query<{ version: number; documents: string }>('SELECT version, documents::text AS documents FROM kennisblad_versions ORDER BY version');
    expect(kept.map((row) => [row.version, JSON.parse(row.documents)['traject.nl.json'].figures[5].value])).toEqual([[1, 28], [2, 41]]);
  });

  test.skipIf(!engine.available)('a rollback is a new, audited version that renders the earlier bytes again', async () => {
    const restored = await coordinator.fetch(`${url}/kennisblad/api/versions/1/restore`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, Origin: url }, body: JSON.stringify({ basedOn: 2 }) });
    expect(restored.status).toBe(201);
    expect(await restored.json()).toMatchObject({ version: 3, restoredFrom: 1, summary: expect.stringMatching(/^Teruggezet naar versie 1\.\ntraject\.nl\.json figures\[5\]\.value: 41 → 28/) });
    const served = Buffer.from(await (await fetch(`${url}/kennisblad/kennisblad.pdf`)).arrayBuffer());
    expect(served.equals(firstPdf)).toBe(true);
    const files = await store.database.query<{ version: number; path: string }>('SELECT version, path FROM kennisblad_files ORDER BY path');
    expect(files.every((file) => file.version === 3)).toBe(true);
    expect(files.map((file) => file.path)).toContain('kennisblad.pdf');
    expect(await (await fetch(`${url}/kennisblad/data/traject.nl.json`)).json()).toEqual(shipped['traject.nl.json']);
    const audit = await store.database.query<{ actor: string; action: string; detail: string }>("SELECT actor, action, detail FROM audit_log WHERE action LIKE 'kennisblad-%' ORDER BY id");
    expect(audit).toEqual([
      { actor: COORDINATOR, action: 'kennisblad-publish', detail: 'version 2' },
      { actor: COORDINATOR, action: 'kennisblad-restore', detail: 'version 3 = version 1' },
    ]);
    expect((await coordinator.fetch(`${url}/kennisblad/api/versions/99/restore`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: '{"basedOn":3}' })).status).toBe(404);
  });

  test.skipIf(!engine.available)('regional and English editions have addresses of their own; the HTML twin has its own strict policy', async () => {
    const twente = await fetch(`${url}/kennisblad/twente/kennisblad.pdf`);
    expect(twente.status).toBe(200);
    const adviserName = (shipped['advisers.json'] as { advisers: { region: string; name: string }[] }).advisers.find((entry) => entry.region === 'AM05')!.name;
    expect((await readPdf(Buffer.from(await twente.arrayBuffer()))).text).toContain(adviserName);
    const english = await fetch(`${url}/kennisblad/en/kennisblad.html`);
    expect(english.status).toBe(200);
    expect(english.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    expect(await english.text()).toMatch(/<html lang="en"/);
    expect((await fetch(`${url}/kennisblad/atlantis/kennisblad.pdf`)).status).toBe(404);
    expect((await fetch(`${url}/kennisblad/kennisblad.pdf`, { method: 'DELETE' })).status).toBe(405);
  });
});
