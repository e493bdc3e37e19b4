import { request } from 'node:http';
import { checkSignUp } from '@maatwerk/model/browser-validate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { openStore, type SignUpStore } from '../src/index.ts';
import { ALLOWED_ORIGIN, ENGINES, fixture, fixtures, list, post, start, type Running } from './helpers.ts';

// Every test runs against both engines. A store is opened once per engine (starting PGlite takes
// seconds) and emptied before each test; the restart test opens its own.
for (const engine of ENGINES) describe.skipIf(!engine.available)(engine.name, () => {
  let location: string;
  let store: SignUpStore;
  let receiver: Running;

  beforeAll(async () => {
    location = await engine.location();
    store = await openStore(location);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await engine.cleanup();
  }, 60_000);

  beforeEach(async () => {
    await store.database.exec('TRUNCATE sign_ups RESTART IDENTITY');
    receiver = await start(store);
  });

  afterEach(async () => {
    await receiver.close().catch(() => undefined);
  });

  describe('accepting sign-ups', () => {
    test('stores a valid sign-up and answers 201 with a receipt', async () => {
      const payload = fixture('valid/full.json');
      const key = crypto.randomUUID();
      const response = await post(receiver.url, payload, { 'Idempotency-Key': key });
      expect(response.status).toBe(201);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const receipt = (await response.json()) as { id: string; receivedAt: string };
      // Random, not a sequence number: a receipt does not tell how many sign-ups exist.
      expect(receipt.id).toMatch(/^[0-9a-f]{32}$/);
      expect(Date.parse(receipt.receivedAt)).not.toBeNaN();

      const rows = await list(receiver.url);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ publicId: receipt.id, idempotencyKey: key, municipalityCode: 'GM0147', payload });
    });

    test('a retry with the same Idempotency-Key returns the original receipt and stores one row', async () => {
      const payload = fixture('valid/minimal.json');
      const key = crypto.randomUUID();
      const first = await post(receiver.url, payload, { 'Idempotency-Key': key });
      const retry = await post(receiver.url, payload, { 'Idempotency-Key': key });
      expect(first.status).toBe(201);
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await retry.json()).toEqual(await first.json());
      expect(await list(receiver.url)).toHaveLength(1);
    });

    test('simultaneous retries with one key store one row', async () => {
      const payload = fixture('valid/with-result.json');
      const key = crypto.randomUUID();
      const responses = await Promise.all(Array.from({ length: 5 }, () => post(receiver.url, payload, { 'Idempotency-Key': key })));
      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
      expect(await list(receiver.url)).toHaveLength(1);
    });

    test('a retry with an edited sign-up (the form timed out, the user changed a field) says the first version was received', async () => {
      const key = crypto.randomUUID();
      const first = (await (await post(receiver.url, fixture('valid/minimal.json'), { 'Idempotency-Key': key })).json()) as { id: string };
      for (let retry = 0; retry < 2; retry++) {
        const response = await post(receiver.url, { ...fixture('valid/minimal.json'), name: 'Iemand Anders' }, { 'Idempotency-Key': key });
        expect(response.status).toBe(409);
        const body = (await response.json()) as { id: string; errors: Array<{ message: string }> };
        expect(body.id).toBe(first.id);
        expect(body.errors[0]!.message).toMatch(/^Uw aanmelding is al ontvangen op .+ stuur ze per e-mail aan de adviseur van uw regio\.$/);
      }
      expect(await list(receiver.url)).toHaveLength(1);
    });

    test('cheap requests that cost a lot: thousands of unknown keys are refused at once, errors are capped', async () => {
      const huge = { ...fixture('valid/minimal.json'), ...Object.fromEntries(Array.from({ length: 6000 }, (_, index) => [`k${index}`, 1])) };
      const refused = await post(receiver.url, huge);
      expect(refused.status).toBe(400);
      expect((await refused.text()).length).toBeLessThan(1000);
      const many = { ...fixture('valid/minimal.json'), ...Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`k${index}`, 1])) };
      const capped = (await (await post(receiver.url, many)).json()) as { errors: unknown[] };
      expect(capped.errors).toHaveLength(21);
    });

    test('invisible or direction-reversing names and a municipality code that does not exist or match are refused', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ name: '\u200B\u200B\u2060' }, 'name'],
        [{ name: 'Femke \u202Eseirf' }, 'name'],
        [{ municipality: { code: 'GM9999', name: 'Nergenshuizen' } }, 'municipality.code'],
        [{ municipality: { code: 'GM0147', name: 'Amsterdam' } }, 'municipality.name'],
      ];
      for (const [change, path] of cases) {
        const response = await post(receiver.url, { ...fixture('valid/minimal.json'), ...change });
        expect(response.status, path).toBe(400);
        expect(((await response.json()) as { errors: Array<{ path: string }> }).errors.map((error) => error.path)).toContain(path);
      }
    });

    test('Origin: null and a foreign Host get 400 and 421', async () => {
      expect((await post(receiver.url, fixture('valid/minimal.json'), { Origin: 'null' })).status).toBe(400);
      const { request } = await import('node:http');
      const url = new URL(receiver.url);
      const status = await new Promise<number>((resolve) => request({ host: url.hostname, port: url.port, path: '/healthz', headers: { Host: 'evil.example' } }, (answer) => (answer.resume(), resolve(answer.statusCode!))).end());
      expect(status).toBe(421);
    });

    test('a restart loses nothing: rows and idempotency survive closing and reopening the store', { timeout: 120_000 }, async () => {
      const keys = [crypto.randomUUID(), crypto.randomUUID()];
      for (const key of keys) expect((await post(receiver.url, fixture('valid/minimal.json'), { 'Idempotency-Key': key })).status).toBe(201);
      const before = await list(receiver.url);
      await receiver.close();
      await store.close();

      store = await openStore(location);
      receiver = await start(store);
      expect(await list(receiver.url)).toEqual(before);
      const retry = await post(receiver.url, fixture('valid/minimal.json'), { 'Idempotency-Key': keys[0]! });
      expect(retry.status).toBe(200);
      expect(await list(receiver.url)).toHaveLength(2);
    });

    test('GET /api/sign-ups lists every stored sign-up in order, and /healthz answers', async () => {
      await post(receiver.url, fixture('valid/minimal.json'));
      await post(receiver.url, fixture('valid/english-no-domains.json'));
      const rows = await list(receiver.url);
      expect(rows.map((row) => row.municipalityCode)).toEqual(['GM0147', 'GM0363']);
      const health = await fetch(`${receiver.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', lastWrite: { ok: true, by: 'sign-up' } });
    });

    test('the list can be switched off where real sign-ups are stored', async () => {
      const quiet = await start(store, { listSignUps: false });
      try {
        const response = await fetch(`${quiet.url}/api/sign-ups`);
        expect(response.status).toBe(405);
        expect(response.headers.get('allow')).toBe('POST, OPTIONS');
      } finally {
        await quiet.close();
      }
    });
  });

  describe('client and server reject exactly the same payloads', () => {
    const all = fixtures();

    test('the shared fixtures cover enough cases', () => {
      expect(all.filter((item) => item.valid).length).toBeGreaterThanOrEqual(6);
      expect(all.filter((item) => !item.valid).length).toBeGreaterThanOrEqual(12);
    });

    test.each(all.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
      const client = checkSignUp(item.data);
      const response = await post(receiver.url, item.data);
      expect(client.valid).toBe(item.valid);
      expect(response.status).toBe(item.valid ? 201 : 400);
      if (!item.valid) {
        // Not only the verdict: the server points at the same fields as the browser's validator.
        const { errors } = (await response.json()) as { errors: Array<{ path: string; message: string }> };
        expect(errors).toEqual(client.issues);
      }
    });
  });

  describe('refusing what is not a sign-up', () => {
    test('malformed JSON is refused with 400 and a message', async () => {
      const response = await post(receiver.url, '{"signUpVersion": 1,');
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as { errors: Array<{ path: string; message: string }> };
      expect(errors[0]!.path).toBe('');
      expect(errors[0]!.message).toMatch(/geen geldige JSON/);
      expect(await list(receiver.url)).toHaveLength(0);
    });

    test('a body that is not UTF-8 is refused with 400', async () => {
      const response = await fetch(`${receiver.url}/api/sign-ups`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      });
      expect(response.status).toBe(400);
    });

    test.each([['text/plain'], ['application/x-www-form-urlencoded'], ['application/json; charset=latin1'], ['']])(
      'content type "%s" is refused with 415',
      async (contentType) => {
        const response = await post(receiver.url, fixture('valid/minimal.json'), { 'Content-Type': contentType });
        expect(response.status).toBe(415);
        expect(await list(receiver.url)).toHaveLength(0);
      },
    );

    test('application/json with charset utf-8 is accepted', async () => {
      const response = await post(receiver.url, fixture('valid/minimal.json'), { 'Content-Type': 'application/json; charset=UTF-8' });
      expect(response.status).toBe(201);
    });

    test('an oversized body is refused with 413 (declared length)', async () => {
      const payload = { ...fixture('valid/minimal.json'), question: 'x'.repeat(70 * 1024) };
      const response = await post(receiver.url, payload);
      expect(response.status).toBe(413);
      expect(await list(receiver.url)).toHaveLength(0);
    });

    test('an oversized body is refused with 413 while it streams in (no Content-Length)', async () => {
      const { port } = new URL(receiver.url);
      const status = await new Promise<number>((resolve, reject) => {
        const outgoing = request(
          { host: '127.0.0.1', port, method: 'POST', path: '/api/sign-ups', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), 'Transfer-Encoding': 'chunked' } },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        outgoing.on('error', reject);
        const chunk = 'x'.repeat(16 * 1024);
        outgoing.write('{"question":"');
        for (let index = 0; index < 5; index++) outgoing.write(chunk);
        outgoing.end('"}');
      });
      expect(status).toBe(413);
    });

    test('the body limit is configurable', async () => {
      const small = await start(store, { maxBodyBytes: 100 });
      try {
        expect((await post(small.url, fixture('valid/minimal.json'))).status).toBe(413);
      } finally {
        await small.close();
      }
    });

    test('a missing or malformed Idempotency-Key is refused with 400', async () => {
      const without = await fetch(`${receiver.url}/api/sign-ups`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(fixture('valid/minimal.json')),
      });
      expect(without.status).toBe(400);
      expect(JSON.stringify(await without.json())).toMatch(/Idempotency-Key/);
      for (const key of ['short', 'has spaces in it', 'x'.repeat(200), '<script>alert(1)</script>']) {
        expect((await post(receiver.url, fixture('valid/minimal.json'), { 'Idempotency-Key': key })).status).toBe(400);
      }
      expect(await list(receiver.url)).toHaveLength(0);
    });

    test('unknown paths are 404 and unknown methods 405', async () => {
      expect((await fetch(`${receiver.url}/api/other`)).status).toBe(404);
      const put = await fetch(`${receiver.url}/api/sign-ups`, { method: 'PUT' });
      expect(put.status).toBe(405);
      expect(put.headers.get('allow')).toBe('GET, POST, OPTIONS');
    });

    test('messages follow the language of the sign-up', async () => {
      const response = await post(receiver.url, { ...fixture('valid/english-no-domains.json'), email: 'nope' });
      const { errors } = (await response.json()) as { errors: Array<{ path: string; message: string }> };
      expect(errors).toEqual([{ path: 'email', message: 'This is not a valid e-mail address.' }]);
    });
  });

  describe('CORS: configured origins only', () => {
    test('a preflight from an allowed origin gets the CORS headers', async () => {
      const response = await fetch(`${receiver.url}/api/sign-ups`, {
        method: 'OPTIONS',
        headers: { Origin: ALLOWED_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
      expect(response.headers.get('vary')).toBe('Origin');
    });

    test('a POST from an allowed origin is stored and readable by that page', async () => {
      const response = await post(receiver.url, fixture('valid/minimal.json'), { Origin: ALLOWED_ORIGIN });
      expect(response.status).toBe(201);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    });

    test('field errors reach an allowed page (CORS headers on 400 too)', async () => {
      const response = await post(receiver.url, { ...fixture('valid/minimal.json'), email: 'x' }, { Origin: ALLOWED_ORIGIN });
      expect(response.status).toBe(400);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    });

    test('a disallowed origin is refused with 403, without CORS headers, and nothing is stored', async () => {
      const preflight = await fetch(`${receiver.url}/api/sign-ups`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://elders.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

      const response = await post(receiver.url, fixture('valid/minimal.json'), { Origin: 'https://elders.example' });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const listing = await fetch(`${receiver.url}/api/sign-ups`, { headers: { Origin: 'https://elders.example' } });
      expect(listing.status).toBe(403);
      expect(await list(receiver.url)).toHaveLength(0);
    });
  });

  test('the log never holds personal data', async () => {
    const payload = fixture('valid/full.json');
    await post(receiver.url, payload);
    await post(receiver.url, { ...payload, email: 'broken' });
    await list(receiver.url);
    const logged = JSON.stringify(receiver.logs);
    expect(receiver.logs.map((entry) => entry.status)).toEqual([201, 400, 200]);
    for (const value of [payload.name, payload.email, payload.phone, payload.role, 'broken']) expect(logged).not.toContain(String(value));
  });
});
