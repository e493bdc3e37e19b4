// Whether the store takes writes, known without writing on demand. /healthz must answer fast while
// 50 writers queue for the database (PGlite runs one query at a time, a pg pool has 10 connections),
// so it never writes itself: it reads this state. The state comes from the writes that happen
// anyway (every sign-up) and from a background probe that writes one small row when no sign-up
// proved the store writable lately, at most once per interval, never once per request.

/** What the last finished write says about the store. */
export interface WriteHealth {
  ok: boolean;
  /** When the write that decided this finished. */
  at: Date;
  /** Which write it was: opening the store (migrations), a sign-up, or the background probe. */
  by: 'open' | 'sign-up' | 'probe';
  /** Why not ok: the failed write's error code (SQLSTATE or Node code, never its message, which may quote data), or `no-recent-write`. */
  reason?: string;
}

export interface WriteHealthOptions {
  /** The probe's write; throws when the store does not take it. */
  write: () => Promise<unknown>;
  /** The background probe writes when nothing else proved the store writable for this long (default 5 s). */
  probeIntervalMs?: number;
  /** With no finished write for this long (a hanging database), the store counts as not writable (default 30 s). */
  staleAfterMs?: number;
}

export interface WriteHealthMonitor {
  /** The state now, without touching the database. */
  current(): WriteHealth;
  /** Records how a real write ended. */
  record(by: WriteHealth['by'], error?: unknown): void;
  /** Runs the probe write now (one at a time) and resolves with the state it leaves. */
  probe(): Promise<WriteHealth>;
  stop(): void;
}

export const DEFAULT_PROBE_INTERVAL_MS = 5_000;
export const DEFAULT_STALE_AFTER_MS = 30_000;

export function createWriteHealth({ write, probeIntervalMs = DEFAULT_PROBE_INTERVAL_MS, staleAfterMs = DEFAULT_STALE_AFTER_MS }: WriteHealthOptions): WriteHealthMonitor {
  let state: WriteHealth = { ok: true, at: new Date(), by: 'open' };
  let running: Promise<WriteHealth> | undefined;

  const monitor: WriteHealthMonitor = {
    current() {
      if (Date.now() - state.at.getTime() > staleAfterMs) return { ok: false, at: state.at, by: state.by, reason: 'no-recent-write' };
      return state;
    },
    record(by, error) {
      state = error === undefined ? { ok: true, at: new Date(), by } : { ok: false, at: new Date(), by, reason: codeOf(error) };
    },
    probe() {
      running ??= write()
        .then(
          () => monitor.record('probe'),
          (error: unknown) => monitor.record('probe', error),
        )
        .then(() => {
          running = undefined;
          return state;
        });
      return running;
    },
    stop: () => clearInterval(timer),
  };

  // A recent successful sign-up is proof enough; after a failure, probe every interval to see it recover.
  const timer = setInterval(() => {
    if (!state.ok || Date.now() - state.at.getTime() >= probeIntervalMs) void monitor.probe();
  }, probeIntervalMs);
  timer.unref();
  return monitor;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[\w.-]{1,40}$/.test(code) ? code : 'write-failed';
}
