// Test harness: mounts elements in the real page and runs axe over them, so tests read like the
// user (roles and labels) and the shadow-DOM plumbing stays here.
import axe from 'axe-core';
import { afterEach, beforeEach, expect } from 'vitest';

export async function mount<T extends HTMLElement>(markup: string): Promise<T> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  const element = container.firstElementChild as T;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

export function cleanup(): void {
  document.body.replaceChildren();
}

/** Asserts that axe (WCAG 2.1 A and AA rules) finds no violations in the element, shadow roots included. */
export async function expectAccessible(element: Element = document.body): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * Makes every test of the file also prove that the element never throws into the host page: an
 * uncaught error or unhandled rejection fails the test. Call it before the file's own hooks, so its
 * check runs after their clean-up.
 */
export function failOnPageErrors(): void {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in event ? event.error : event.reason);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).toEqual([]);
  });
}
