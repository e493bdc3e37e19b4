import { resolve } from 'node:path';
import { isServerUrl, StoreError } from './store/index.ts';

/** Where the receiver keeps its embedded database when neither --data nor DATABASE_URL says otherwise. */
export const DEFAULT_DATA_DIR = './.data/receiver';

/**
 * The store location the command-line tools use: DATABASE_URL when it is set (a PostgreSQL
 * server), else the data folder, relative to where the user typed the command (pnpm runs scripts
 * in the package folder and puts the user's folder in INIT_CWD).
 */
export function storeLocation(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!isServerUrl(url)) throw new StoreError('DATABASE_URL must start with postgres:// or postgresql://, for example postgres://receiver:secret@db.example.org:5432/signups.');
    return url;
  }
  return dataDir === 'memory://' ? dataDir : resolve(env.INIT_CWD || process.cwd(), dataDir);
}
