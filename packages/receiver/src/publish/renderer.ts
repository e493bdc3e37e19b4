// The receiver's side of the render thread: one worker, one edition at a time, started on first use.
import { Worker } from 'node:worker_threads';
import type { DocumentData } from '@maatwerk/kennisblad';
import type { Edition } from './editions.ts';

export interface RenderJob {
  id: number;
  data: DocumentData;
  region?: string;
}

export type RenderOutcome = { id: number; ok: true; pdf: Uint8Array; html: string } | { id: number; ok: false; error: string };

export interface RenderedEdition {
  pdf: Uint8Array;
  html: string;
}

export interface Renderer {
  render(data: DocumentData, edition: Edition): Promise<RenderedEdition>;
  close(): Promise<void>;
}

export function createRenderer(): Renderer {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (edition: RenderedEdition) => void; reject: (error: Error) => void }>();

  function start(): Worker {
    const thread = new Worker(new URL('./render-worker.mjs', import.meta.url));
    // An idle render thread must not keep a receiver (or a test) from exiting.
    thread.unref();
    thread.on('message', (outcome: RenderOutcome) => {
      const job = waiting.get(outcome.id);
      waiting.delete(outcome.id);
      if (outcome.ok) job?.resolve({ pdf: outcome.pdf, html: outcome.html });
      else job?.reject(new Error(outcome.error));
    });
    const fail = (error: Error) => {
      worker = undefined;
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`the render thread stopped (exit code ${code})`)));
    return thread;
  }

  return {
    render(data, edition) {
      worker ??= start();
      const id = ++nextId;
      const job: RenderJob = { id, data, ...(edition.region && { region: edition.region }) };
      const done = new Promise<RenderedEdition>((resolve, reject) => waiting.set(id, { resolve, reject }));
      // The thread renders its jobs one after another (render-job.ts): that is the queue.
      worker.postMessage(job);
      return done;
    },
    async close() {
      const thread = worker;
      worker = undefined;
      await thread?.terminate();
    },
  };
}
