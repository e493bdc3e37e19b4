// Draft storage of the sign-up form as a controller: the element asks it to restore, save and
// clear; the key follows the element's `id`, and `no-storage` turns it off. The storage itself
// (sessionStorage, never the consent box, only the shape we write) is storage.ts.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearDraft, draftKey, loadDraft, saveDraft, type Draft } from './storage.ts';

interface DraftHost extends ReactiveControllerHost {
  id: string;
  noStorage: boolean;
}

export class DraftController implements ReactiveController {
  constructor(private readonly _host: DraftHost) {
    _host.addController(this);
  }

  hostConnected(): void {}

  private get _key(): string | null {
    return this._host.noStorage ? null : draftKey(this._host.id);
  }

  load(): Draft | null {
    const key = this._key;
    return key ? loadDraft(key) : null;
  }

  save(draft: Draft): void {
    const key = this._key;
    if (key) saveDraft(key, draft);
  }

  clear(): void {
    const key = this._key;
    if (key) clearDraft(key);
  }
}
