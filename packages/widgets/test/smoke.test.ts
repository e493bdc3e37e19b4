import { expect, test } from 'vitest';
import { page } from 'vitest/browser';

test('runs in real Chromium', async () => {
  document.body.innerHTML = '<button>Start</button>';
  await expect.element(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(navigator.userAgent).toContain('Chrome');
});
