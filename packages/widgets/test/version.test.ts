import { describe, expect, test } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { VERSION } from '../src/internal/version.ts';

describe('VERSION', () => {
  test('is the package version, which the console names when two versions meet on a page', () => {
    expect(VERSION).toBe(packageJson.version);
  });
});
