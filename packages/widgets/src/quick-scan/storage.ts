// Saved progress in localStorage. Every access is wrapped: storage may be disabled, full, or throw
// (Safari private mode, blocked third-party storage), and saved data may be anything.
import type { Answers } from '@maatwerk/model';
import type { ScanContent } from './content.ts';

export interface Progress {
  domains: string[];
  answers: Answers;
  step: number;
  view: 'step' | 'result';
  savedAt: string;
  completedAt?: string;
  municipality?: { code: string; name: string };
}

export type Loaded = { kind: 'none' | 'corrupt' | 'version' } | { kind: 'found'; progress: Progress };

const PREFIX = 'maatwerk-quick-scan';

/** One key per content id and version, and per element id, so two scans on one page keep apart. */
export class ProgressStore {
  readonly key: string;
  private readonly _scope: string;

  constructor(content: ScanContent, elementId: string) {
    this._scope = [PREFIX, elementId, content.id].map(encodeURIComponent).join('|') + '|';
    this.key = this._scope + encodeURIComponent(content.version);
  }

  load(content: ScanContent): Loaded {
    let raw: string | null;
    let stale: string[];
    try {
      raw = localStorage.getItem(this.key);
      stale = Object.keys(localStorage).filter((key) => key.startsWith(this._scope) && key !== this.key);
    } catch {
      return { kind: 'none' };
    }
    if (raw === null) {
      stale.forEach((key) => this.remove(key));
      return { kind: stale.length ? 'version' : 'none' };
    }
    const progress = parse(raw, content);
    if (!progress) this.remove(this.key);
    return progress ? { kind: 'found', progress } : { kind: 'corrupt' };
  }

  save(progress: Omit<Progress, 'savedAt'>): void {
    try {
      localStorage.setItem(this.key, JSON.stringify({ ...progress, savedAt: new Date().toISOString() }));
    } catch {
      // full or unavailable: the scan goes on without saving
    }
  }

  remove(key = this.key): void {
    try {
      localStorage.removeItem(key);
    } catch {
      // unavailable: nothing to remove
    }
  }
}

/**
 * Saved progress as the scan uses it: off with `no-storage` and once the visitor chose "forget",
 * and kept apart per content in use.
 */
export class SavedProgress {
  private _store?: ProgressStore;
  private _forgotten = false;

  constructor(private readonly _host: { readonly noStorage: boolean; readonly id: string }) {}

  get on(): boolean {
    return !this._host.noStorage && !this._forgotten;
  }

  /** The content in use changed. */
  use(content: ScanContent): void {
    this._store = new ProgressStore(content, this._host.id);
  }

  load(content: ScanContent): Loaded {
    return this.on && this._store ? this._store.load(content) : { kind: 'none' };
  }

  save(progress: Omit<Progress, 'savedAt'>): void {
    if (this.on) this._store?.save(progress);
  }

  remove(): void {
    this._store?.remove();
  }

  /** Removes what is saved and saves nothing more in this page view. */
  forget(): void {
    this.remove();
    this._forgotten = true;
  }
}

/** The saved progress when it has the right shape and fits the content; otherwise undefined. */
function parse(raw: string, content: ScanContent): Progress | undefined {
  let data: Partial<Progress>;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const { domains, answers, step, view, savedAt, completedAt, municipality } = data;
  const domainIds = new Set(content.domains.map((domain) => domain.id));
  const statementIds = new Set(content.statements.map((statement) => statement.id));
  const values = new Set(content.scale.options.map((option) => option.value));
  const valid =
    Array.isArray(domains) &&
    domains.length > 0 &&
    domains.every((id) => domainIds.has(id)) &&
    !!answers &&
    typeof answers === 'object' &&
    Object.entries(answers).every(([id, value]) => statementIds.has(id) && (value === null || values.has(value as number))) &&
    Number.isInteger(step) &&
    (step as number) >= 0 &&
    (view === 'step' || view === 'result') &&
    typeof savedAt === 'string' &&
    (completedAt === undefined || typeof completedAt === 'string') &&
    (municipality === undefined || (typeof municipality?.code === 'string' && typeof municipality.name === 'string'));
  return valid ? (data as Progress) : undefined;
}
