// Reads a Chromium trace (the DevTools "Performance" panel's data, recorded with
// `browser.startTracing(page, { categories: TRACE_CATEGORIES })`) for the benchmarks: the page's
// main-thread tasks, each with its wall time, its CPU time and what that CPU time went on (script by
// function, style, layout, paint, GC). A CPU profile names JavaScript functions but lumps the
// browser's own work together as "(program)"; the trace names that work too.
// CPU time (`tdur`, the thread's own time) rather than wall time for the breakdown, so a busy machine
// does not inflate it. One reader for every bench (widgets' quick scan, the studio).

/**
 * What the trace must record: every task, the work inside it (script, style, layout, paint, GC) and
 * the page's performance marks. Not the busy `blink` category: its own cost would show in the figures.
 */
export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8', 'blink.user_timing'];

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

export interface Task {
  /** When it started, in ms on the trace's clock (the same as `userTimingMarks`). */
  start: number;
  /** Wall time in ms (what the Long Tasks API sees). */
  wall: number;
  /** CPU time in ms. */
  cpu: number;
  /** CPU ms per kind of work inside the task, its own share counted as "RunTask". */
  selfTime: ReadonlyMap<string, number>;
  /** The largest shares, e.g. "Layout 61, FunctionCall _onNext (quick-scan.js) 40". */
  breakdown: () => string;
}

/** The renderer main threads' tasks in a trace, in order. */
export function mainThreadTasks(events: readonly TraceEvent[]): Task[] {
  const main = new Set(events.filter((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain').map(threadOf));
  const tasks: Task[] = [];
  for (const thread of main) {
    const onThread = events
      .filter((event) => event.ph === 'X' && event.dur !== undefined && threadOf(event) === thread)
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    tasks.push(...tasksOf(onThread));
  }
  return tasks;
}

/** The page's `performance.mark()`s (category blink.user_timing), in order, in ms on the trace's clock. */
export function userTimingMarks(events: readonly TraceEvent[]): { name: string; time: number }[] {
  return events
    .filter((event) => event.ph === 'I' && event.cat?.includes('blink.user_timing'))
    .map((event) => ({ name: event.name, time: event.ts / 1000 }))
    .sort((a, b) => a.time - b.time);
}

/** Adds up the self times of `tasks` per kind of work. */
export function totalSelfTime(tasks: readonly Task[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const task of tasks) for (const [label, ms] of task.selfTime) total.set(label, (total.get(label) ?? 0) + ms);
  return total;
}

/** The `top` largest entries of a self-time map, largest first. */
export function largest(selfTime: ReadonlyMap<string, number>, top: number): [string, number][] {
  return [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, top);
}

const threadOf = (event: TraceEvent) => `${event.pid}:${event.tid}`;

/**
 * One pass over a thread's events, sorted by start: the outermost `RunTask`s are the tasks; every
 * event inside one adds its self time (its CPU time minus that of the events directly inside it).
 */
function tasksOf(events: readonly TraceEvent[]): Task[] {
  const tasks: Task[] = [];
  const open: { end: number; label: string; cpu: number; children: number }[] = [];
  let self = new Map<string, number>();
  const closeUntil = (time: number) => {
    while (open.length && open.at(-1)!.end <= time) {
      const done = open.pop()!;
      self.set(done.label, (self.get(done.label) ?? 0) + Math.max(0, done.cpu - done.children));
      if (open.length) open.at(-1)!.children += done.cpu;
    }
  };
  for (const event of events) {
    closeUntil(event.ts);
    if (!open.length) {
      if (event.name !== 'RunTask') continue; // work outside a task (rare: trace bookkeeping)
      const taskSelf = new Map<string, number>();
      self = taskSelf;
      tasks.push({ start: event.ts / 1000, wall: event.dur! / 1000, cpu: (event.tdur ?? 0) / 1000, selfTime: taskSelf, breakdown: () => formatted(taskSelf) });
    }
    open.push({ end: event.ts + event.dur!, label: labelOf(event), cpu: (event.tdur ?? 0) / 1000, children: 0 });
  }
  closeUntil(Infinity);
  return tasks;
}

function formatted(self: ReadonlyMap<string, number>): string {
  return largest(new Map([...self].filter(([label, cpu]) => label !== 'RunTask' && cpu >= 1)), 6)
    .map(([label, cpu]) => `${label} ${cpu.toFixed(0)}`)
    .join(', ');
}

function labelOf(event: TraceEvent): string {
  const data = event.args?.data;
  const file = data?.url?.split('/').pop();
  if (event.name === 'FunctionCall' && data?.functionName) return `${event.name} ${data.functionName}${file ? ` (${file})` : ''}`;
  if (event.name === 'EventDispatch' && data?.type) return `${event.name} ${data.type}`;
  if ((event.name === 'EvaluateScript' || event.name === 'v8.compileModule' || event.name === 'v8.evaluateModule') && file) return `${event.name} ${file}`;
  return event.name;
}
