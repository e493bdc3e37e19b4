// The inbox end to end at the HTTP level: a sign-up, the notification mail on a real SMTP server,
// login through the real loopback OpenID provider, what each role sees, and the attacks a CISO
// would try. (The same flow in Chromium is in tests/inbox.test.ts.)
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAccountDirectory } from '../src/accounts.ts';
import { createReceiver, type ReceiverOptions } from '../src/receiver.ts';
import { startLoopbackInbox, type LoopbackInbox } from '../src/loopback.ts';
import { openStore, type SignUpStore } from '../src/store/index.ts';
import { fixture, post } from './helpers.ts';
import { COORDINATOR, CookieClient } from './login.ts';

const ADVISER_AMSTERDAM = loadAccountDirectory().all().find((account) => account.regions?.includes('AM18'))!.email;
const ADVISER_GRONINGEN = 'adviseur.groningen@example.org';

let store: SignUpStore;
let receiver: { url: string; close(): Promise<void> };
let stack: LoopbackInbox;
let clock = Date.now();
let link: string;
const signUp = fixture('valid/with-result.json'); // Amsterdam, region AM18, with a scan result

beforeAll(async () => {
  store = await openStore('memory://');
  const options: ReceiverOptions = { store };
  const server = createReceiver(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver = { url, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
  stack = await startLoopbackInbox({ store, publicUrl: url, now: () => clock });
  // Read per request: the inbox needs the URL the server got.
  options.inbox = stack.inbox;
  const answer = await post(receiver.url, signUp);
  expect(answer.status).toBe(201);
  const [mail] = await stack.smtp.waitFor(1);
  link = /http:\/\/\S+\/inbox\/sign-ups\/[0-9a-f]{32}/.exec(mail!.raw.replace(/=\r?\n/g, ''))![0];
}, 60_000);

afterAll(async () => {
  await receiver.close();
  await stack.close();
  await store.close();
});

const PERSONAL = ['Femke', 'devries', 'Beleidsadviseur'];
const noPersonalData = (text: string) => PERSONAL.forEach((word) => expect(text).not.toContain(word));

describe('a sign-up reaches the right adviser, and nobody else', () => {
  test('the notification goes to the region adviser, with municipality and link, without personal data', () => {
    const mail = stack.smtp.received[0]!;
    expect(mail.to).toEqual([ADVISER_AMSTERDAM]);
    expect(mail.raw).toContain('Amsterdam');
    noPersonalData(mail.raw);
  });

  test('the region adviser logs in and sees it; the report PDF renders; status changes with who and when', async () => {
    const browser = new CookieClient();
    const { response } = await browser.logIn(receiver.url, ADVISER_AMSTERDAM);
    expect(response.status).toBe(200);
    const list = await response.text();
    expect(list).toContain('Amsterdam');
    expect(response.headers.get('cache-control')).toBe('no-store');

    const detail = await browser.fetch(link);
    const page = await detail.text();
    expect(detail.status).toBe(200);
    expect(detail.headers.get('cache-control')).toBe('no-store');
    expect(page).toContain('Femke de Vries');
    expect(page).toContain('Kansrijke beleidsdomeinen');

    const pdf = await browser.fetch(`${link}/report.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const changed = await browser.fetch(`${link}/status`, form({ _csrf: csrf, status: 'in-behandeling' }));
    expect(changed.status).toBe(303);
    const after = await (await browser.fetch(link)).text();
    expect(after).toMatch(/In behandeling \(gewijzigd door adviseur\.[\w.-]+@example\.org op/);
  }, 60_000); // the first PDF render parses the fonts

  test('another region\'s adviser gets 404 on its URL and does not see it in the list; a coordinator sees it', async () => {
    const other = new CookieClient();
    const { response } = await other.logIn(receiver.url, ADVISER_GRONINGEN);
    noPersonalData(await response.text());
    const detail = await other.fetch(link);
    expect(detail.status).toBe(404);
    noPersonalData(await detail.text());
    expect((await other.fetch(`${link}/report.pdf`)).status).toBe(404);

    const coordinator = new CookieClient();
    const seen = await coordinator.logIn(receiver.url, COORDINATOR);
    expect(await seen.response.text()).toContain('Amsterdam');
    expect((await coordinator.fetch(link)).status).toBe(200);
  });
});

describe('attacks get the right status and no personal data', () => {
  test('no session: a page redirects to the login, a change is 401', async () => {
    const page = await fetch(link, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/^\/inbox\/login\?next=/);
    noPersonalData(await page.text());
    const change = await fetch(`${link}/status`, { ...form({ status: 'afgerond' }), redirect: 'manual' });
    expect(change.status).toBe(401);
    noPersonalData(await change.text());
  });

  test('an expired session and a forged cookie are no session', async () => {
    const browser = new CookieClient();
    await browser.logIn(receiver.url, COORDINATOR);
    clock += 31 * 60_000;
    const expired = await browser.fetch(link);
    expect(expired.status).toBe(303);
    const forged = await fetch(link, { headers: { Cookie: 'maatwerk-session=' + 'x'.repeat(43) }, redirect: 'manual' });
    expect(forged.status).toBe(303);
    noPersonalData(await forged.text());
  });

  test('a change without the CSRF token, or from another Origin, is 403 and changes nothing', async () => {
    const browser = new CookieClient();
    const { response } = await browser.logIn(receiver.url, COORDINATOR);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await response.text())![1]!;
    expect((await browser.fetch(`${link}/status`, form({ status: 'afgerond' }))).status).toBe(403);
    const rebinding = form({ _csrf: csrf, status: 'afgerond' });
    expect((await browser.fetch(`${link}/status`, { ...rebinding, headers: { ...rebinding.headers, Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await browser.fetch(`${link}/delete`, form({ confirm: 'yes' }))).status).toBe(403);
    expect(await (await browser.fetch(link)).text()).not.toContain('Afgerond (gewijzigd');
  });

  test('a foreign Host is refused before anything runs (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const url = new URL(link);
      request({ host: url.hostname, port: url.port, path: url.pathname, headers: { Host: `evil.example:${url.port}` } }, (answer) => (answer.resume(), resolve(answer.statusCode!))).end();
    });
    expect(status).toBe(421);
  });

  test('a page size of 10,000 and SQL-injection-shaped filters are 400', async () => {
    const browser = new CookieClient();
    await browser.logIn(receiver.url, COORDINATOR);
    for (const query of ['size=10000', "region=AM18'%20OR%20'1'='1", "status=nieuw';DROP%20TABLE%20sign_ups;--", 'before=1%20OR%201=1']) {
      const answer = await browser.fetch(`${receiver.url}/inbox/?${query}`);
      expect(answer.status, query).toBe(400);
      noPersonalData(await answer.text());
    }
    expect((await browser.fetch(link)).status).toBe(200); // the table is still there
  });

  test('the public list of sign-ups is gone', async () => {
    expect((await fetch(`${receiver.url}/api/sign-ups`)).status).toBe(405);
  });
});

describe('AVG', () => {
  test('CSV export per region, delete on request, and an audit log without personal data', async () => {
    const browser = new CookieClient();
    const { response } = await browser.logIn(receiver.url, ADVISER_AMSTERDAM);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await response.text())![1]!;
    const csv = await browser.fetch(`${receiver.url}/inbox/export.csv?region=AM18`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain('Femke de Vries');
    expect((await browser.fetch(`${receiver.url}/inbox/export.csv?region=AM01`)).status).toBe(404);

    expect((await browser.fetch(`${link}/delete`, form({ _csrf: csrf, confirm: 'yes' }))).status).toBe(303);
    expect((await browser.fetch(link)).status).toBe(404);

    const audit = await store.database.query<{ actor: string; action: string; sign_up: string | null; region: string | null; detail: string | null }>('SELECT actor, action, sign_up, region, detail FROM audit_log ORDER BY id');
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['view', 'report', 'status', 'export', 'delete']));
    noPersonalData(JSON.stringify(audit));
  });
});

function form(fields: Record<string, string>) {
  return { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
}
