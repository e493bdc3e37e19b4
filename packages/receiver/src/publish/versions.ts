// The published kennisblad versions and their rendered files in the receiver's database (tables
// from migration 6). A version's data is never changed or deleted; a rollback adds a new one. Its
// rendered files are kept only while it is the newest version: they are served for the newest
// version only, and the same data renders to the same bytes again (a rollback renders anew).
import type { Database } from '../store/index.ts';
import type { Documents } from './editions.ts';

export interface VersionInfo {
  version: number;
  publishedAt: string;
  /** The coordinator's e-mail address (or `@maatwerk/model` for the shipped data). Shown to coordinators only. */
  publishedBy: string;
  summary: string;
  restoredFrom?: number;
}

export interface Version extends VersionInfo {
  /** The five data files exactly as published (`json` column: the text comes back unchanged). */
  documentsText: string;
}

interface Row {
  version: number;
  published_at: Date;
  published_by: string;
  summary: string;
  restored_from: number | null;
  documents: string;
}

export interface NewVersion {
  /** The version this one replaces: it must still be the newest, or someone else published first. */
  basedOn: number;
  documents: Documents;
  publishedBy: string;
  summary: string;
  restoredFrom?: number;
}

export interface VersionQueries {
  /** The newest version's number, 0 before anything was published (a cheap query, asked on every public request). */
  currentNumber(): Promise<number>;
  get(version: number): Promise<Version | undefined>;
  /** Newest first, without the documents. */
  list(limit: number): Promise<VersionInfo[]>;
  /** Adds `basedOn + 1`; undefined when `basedOn` is no longer the newest version (nothing is stored then). */
  add(next: NewVersion): Promise<VersionInfo | undefined>;
  file(version: number, path: string): Promise<Uint8Array | undefined>;
  /**
   * Keeps a rendered file of the newest version; a second writer of the same file (another receiver)
   * changes nothing, and a render that finishes after a newer version was published is not kept.
   */
  putFile(version: number, path: string, body: Uint8Array): Promise<void>;
  /** Deletes the rendered files of every version but `newest` (their data stays). */
  pruneFiles(newest: number): Promise<void>;
  audit(actor: string, action: 'publish' | 'restore', detail: string): Promise<void>;
}

// `documents::text`: PGlite would parse a json column into an object; text keeps the published bytes.
const COLUMNS = 'version, published_at, published_by, summary, restored_from';

export function createVersionQueries(db: Database): VersionQueries {
  const one = async (version: number) => {
    const [row] = await db.query<Row>(`SELECT ${COLUMNS}, documents::text AS documents FROM kennisblad_versions WHERE version = $1`, [version]);
    return row && { ...info(row), documentsText: row.documents };
  };
  return {
    get: one,
    currentNumber: async () => (await db.query<{ version: number }>('SELECT coalesce(max(version), 0)::integer AS version FROM kennisblad_versions'))[0]!.version,
    list: async (limit) => (await db.query<Row>(`SELECT ${COLUMNS} FROM kennisblad_versions ORDER BY version DESC LIMIT $1`, [limit])).map(info),
    async add({ basedOn, documents, publishedBy, summary, restoredFrom }) {
      // The primary key settles a race: of two coordinators publishing on top of the same version,
      // one insert wins and the other finds the number taken (DO NOTHING) and is told so.
      const [row] = await db.query<Row>(
        `INSERT INTO kennisblad_versions (version, published_by, summary, restored_from, documents)
         SELECT $1::integer + 1, $2, $3, $4, $5::json
         WHERE (SELECT coalesce(max(version), 0) FROM kennisblad_versions) = $1::integer
         ON CONFLICT (version) DO NOTHING
         RETURNING ${COLUMNS}, '' AS documents`,
        [basedOn, publishedBy, summary, restoredFrom ?? null, JSON.stringify(documents)],
      );
      return row && info(row);
    },
    async file(version, path) {
      const [row] = await db.query<{ body: Uint8Array }>('SELECT body FROM kennisblad_files WHERE version = $1 AND path = $2', [version, path]);
      return row?.body;
    },
    async putFile(version, path, body) {
      await db.query(
        `INSERT INTO kennisblad_files (version, path, body)
         SELECT $1::integer, $2, $3 WHERE $1::integer = (SELECT max(version) FROM kennisblad_versions)
         ON CONFLICT (version, path) DO NOTHING`,
        [version, path, body],
      );
    },
    async pruneFiles(newest) {
      await db.query('DELETE FROM kennisblad_files WHERE version <> $1', [newest]);
    },
    async audit(actor, action, detail) {
      await db.query('INSERT INTO audit_log (actor, action, detail) VALUES ($1, $2, $3)', [actor, `kennisblad-${action}`, detail]);
    },
  };
}

function info(row: Row): VersionInfo {
  return {
    version: row.version,
    publishedAt: row.published_at.toISOString(),
    publishedBy: row.published_by,
    summary: row.summary,
    ...(row.restored_from !== null && { restoredFrom: row.restored_from }),
  };
}
