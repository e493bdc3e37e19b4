// Waiting for the browser to show what was just rendered, so the rest of the work runs in a task of
// its own: the click that started it ends sooner, and the browser paints and handles input between.

/**
 * Resolves in a new task after the next paint (a frame, then a task). Where the page does not paint
 * (a hidden tab pauses frames) it resolves after 100 ms all the same.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}

/** Runs `task` when the page is idle (within two seconds in any case), outside the task of a click. */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/** Ends the current task and goes on in a new one: `scheduler.yield()` where the browser has it, else a timeout. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
