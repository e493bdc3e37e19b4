// The parts of the quick scan that arrive later, each a chunk of its own: the result screen (with
// its styles), the built-in action plan (the built-in content comes without it) and the
// municipalities (for the place and the adviser in the result). A reactive controller: the element
// re-renders when one arrives or fails.
import { adoptStyles, type LitElement, type ReactiveController } from 'lit';
import { loadMunicipalityData } from '../internal/municipality-data.ts';
import { loadBuiltInPlan, type Plan } from './content.ts';
import type { Municipalities } from './result.ts';

export class ResultChunks implements ReactiveController {
  view?: typeof import('./result.ts');
  plan?: Plan;
  geo?: Municipalities;
  /** The result screen or the plan did not load (offline, a missing chunk): the element offers a retry. */
  failed = false;
  private _viewPromise?: Promise<void>;
  private _planPromise?: Promise<void>;
  private _geoPromise?: Promise<Municipalities | undefined>;

  constructor(private readonly _host: LitElement) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the result screen was asked for already. */
  get requested(): boolean {
    return !!this._viewPromise;
  }

  /** Loads the result screen, and the built-in plan unless the content has its own actions. */
  load(needsPlan: boolean): void {
    if (this.failed) {
      this.failed = false;
      this._host.requestUpdate();
    }
    const fail = () => {
      this.failed = true;
      this._host.requestUpdate();
    };
    this._viewPromise ??= import('./result.ts').then(
      (module) => {
        // The result's styles travel with it: add them to the shadow root.
        const root = this._host.renderRoot as ShadowRoot;
        const sheet = module.resultStyles.styleSheet;
        if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        else adoptStyles(root, [...(this._host.constructor as typeof LitElement).elementStyles, module.resultStyles]);
        this.view = module;
        this._host.requestUpdate();
      },
      () => {
        this._viewPromise = undefined;
        fail();
      },
    );
    if (!needsPlan) return;
    this._planPromise ??= loadBuiltInPlan().then(
      (plan) => {
        this.plan = plan;
        this._host.requestUpdate();
      },
      () => {
        this._planPromise = undefined;
        fail();
      },
    );
  }

  /** The municipalities; undefined when they cannot load (the scan works on without a place). */
  loadGeo(): Promise<Municipalities | undefined> {
    this._geoPromise ??= loadMunicipalityData().then(
      (module) => {
        this.geo = module;
        this._host.requestUpdate();
        return module;
      },
      () => undefined,
    );
    return this._geoPromise;
  }

  /** Whether the municipalities were asked for already. */
  get geoRequested(): boolean {
    return !!this._geoPromise;
  }
}
