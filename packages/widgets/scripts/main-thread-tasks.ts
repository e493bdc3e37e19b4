// Reads a Chromium trace (Tracing domain, categories TRACE_CATEGORIES) for the benchmarks: the
// page's main-thread tasks in CPU time, and what one task spent its CPU time on. CPU time (`tdur`,
// the thread's own time) rather than wall time, so a busy machine does not inflate the figures.

/** What the trace must record: every task, and the work inside it (script, style, layout, GC). */
export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8', 'blink.user_timing'];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

export interface Task {
  /** CPU time in ms. */
  cpu: number;
  /** Where the CPU time went: the largest shares, in ms, e.g. "Layout 61, FunctionCall _onNext (quick-scan.js) 40". */
  breakdown: () => string;
}

/** The renderer main threads' tasks in a trace. */
export function mainThreadTasks(events: readonly TraceEvent[]): Task[] {
  const main = new Set(events.filter((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain').map(threadOf));
  const onMain = events.filter((event) => event.ph === 'X' && main.has(threadOf(event)));
  return onMain
    .filter((event) => event.name === 'RunTask')
    .map((task) => ({ cpu: (task.tdur ?? 0) / 1000, breakdown: () => breakdown(task, onMain) }));
}

const threadOf = (event: TraceEvent) => `${event.pid}:${event.tid}`;

/** Self CPU time per kind of work inside `task` (an event's time minus its children's), largest first. */
function breakdown(task: TraceEvent, events: readonly TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = events
    .filter((event) => event !== task && threadOf(event) === threadOf(task) && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const open: { end: number; label: string; cpu: number; children: number }[] = [];
  const closeUntil = (time: number) => {
    while (open.length && open.at(-1)!.end <= time) {
      const done = open.pop()!;
      self.set(done.label, (self.get(done.label) ?? 0) + done.cpu - done.children);
      if (open.length) open.at(-1)!.children += done.cpu;
    }
  };
  for (const event of inside) {
    closeUntil(event.ts);
    open.push({ end: event.ts + (event.dur ?? 0), label: labelOf(event), cpu: (event.tdur ?? 0) / 1000, children: 0 });
  }
  closeUntil(Infinity);
  return [...self]
    .filter(([, cpu]) => cpu >= 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
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
