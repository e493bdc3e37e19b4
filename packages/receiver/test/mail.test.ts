import { afterEach, beforeEach, expect, test } from 'vitest';
import { createMailer, type MailOutcome, type Notification } from '../src/mail.ts';
import { startLoopbackSmtp, type LoopbackSmtp } from '../src/smtp-sink.ts';

let smtp: LoopbackSmtp;
beforeEach(async () => {
  smtp = await startLoopbackSmtp();
});
afterEach(() => smtp.close());

const notification: Notification = {
  signUpId: 'k7Qm2xY9',
  to: ['adviseur.twente@example.org'],
  municipalityName: 'Borne',
  regionName: 'Twente',
  link: 'http://localhost:4173/inbox/sign-ups/k7Qm2xY9',
};

test('the notification reaches the adviser with municipality and link, and no personal data', async () => {
  const outcomes: MailOutcome[] = [];
  const mailer = createMailer({ smtp: { host: '127.0.0.1', port: smtp.port }, from: 'inbox@example.org', onOutcome: (outcome) => void outcomes.push(outcome) });
  mailer.notify(notification);
  const [mail] = await smtp.waitFor(1);
  await mailer.idle();
  mailer.close();
  expect(mail!.to).toEqual(['adviseur.twente@example.org']);
  expect(mail!.raw).toContain('gemeente Borne');
  expect(mail!.raw).toContain('http://localhost:4173/inbox/sign-ups/k7Qm2xY9');
  expect(outcomes).toEqual([{ signUpId: 'k7Qm2xY9', state: 'sent', attempts: 1 }]);
});

test('a refusing mail server gets retries with backoff, and the outcome of each attempt is reported', async () => {
  smtp.refusing = true;
  const outcomes: MailOutcome[] = [];
  const mailer = createMailer({ smtp: { host: '127.0.0.1', port: smtp.port }, from: 'inbox@example.org', retryDelaysMs: [20, 20], onOutcome: (outcome) => void outcomes.push(outcome) });
  mailer.notify(notification);
  await until(() => outcomes.length === 1);
  expect(outcomes[0]).toMatchObject({ state: 'retrying', attempts: 1, error: '451' });
  smtp.refusing = false;
  await smtp.waitFor(1);
  await until(() => outcomes.length === 2);
  expect(outcomes[1]).toMatchObject({ state: 'sent', attempts: 2 });
  mailer.close();
});

test('a mail server that is down: after the last retry the mail counts as failed', async () => {
  await smtp.close();
  const outcomes: MailOutcome[] = [];
  const mailer = createMailer({ smtp: { host: '127.0.0.1', port: smtp.port }, from: 'inbox@example.org', retryDelaysMs: [10], onOutcome: (outcome) => void outcomes.push(outcome) });
  mailer.notify(notification);
  await until(() => outcomes.length === 2);
  expect(outcomes.map((outcome) => outcome.state)).toEqual(['retrying', 'failed']);
  expect(outcomes[1]!.error).toBe('ESOCKET'); // connection refused
  mailer.close();
  smtp = await startLoopbackSmtp();
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
