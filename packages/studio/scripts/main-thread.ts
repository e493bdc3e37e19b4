// Where a page's main thread spends its time, from a Chromium trace (the DevTools "Performance"
// panel's data): self time per trace event (style, layout, paint, script, ...) over everything
// recorded. The CPU profile (`--profile`) names JavaScript functions but lumps the browser's own
// work together as "(program)"; the trace names that work.
import type { Browser, Page } from 'playwright';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'cc'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export class MainThreadTrace {
  readonly selfTime = new Map<string, number>();
  /** The same, counting only the work inside tasks over 50 ms (the ones that make typing wait). */
  readonly longTaskSelfTime = new Map<string, number>();

  constructor(private readonly _browser: Browser) {}

  start(page: Page): Promise<void> {
    return this._browser.startTracing(page, { categories: CATEGORIES });
  }

  async stop(): Promise<void> {
    const { traceEvents } = JSON.parse((await this._browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const mains = new Set(traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
    for (const thread of mains) {
      const events = traceEvents
        .filter((event) => event.ph === 'X' && event.dur !== undefined && `${event.pid}:${event.tid}` === thread)
        .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      this._addSelfTimes(events);
    }
  }

  /** Self time: an event's duration minus that of the events directly inside it. */
  private _addSelfTimes(events: TraceEvent[]): void {
    const open: { event: TraceEvent; end: number; children: number }[] = [];
    const closeUntil = (time: number) => {
      while (open.length && open.at(-1)!.end <= time) {
        const done = open.pop()!;
        const self = (done.event.dur! - done.children) / 1000;
        this.selfTime.set(done.event.name, (this.selfTime.get(done.event.name) ?? 0) + self);
        const task = open[0]?.event ?? done.event;
        if (task.dur! > 50_000) this.longTaskSelfTime.set(done.event.name, (this.longTaskSelfTime.get(done.event.name) ?? 0) + self);
      }
    };
    for (const event of events) {
      closeUntil(event.ts);
      if (open.length) open.at(-1)!.children += event.dur!;
      open.push({ event, end: event.ts + event.dur!, children: 0 });
    }
    closeUntil(Infinity);
  }
}
