// The municipality a result is for: from the `municipality` attribute, from the form on the result
// screen, or from a given result or saved progress. A name that is not found keeps the scan usable
// and gets up to three suggestions. A reactive controller: the element re-renders on a change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResultChunks } from './chunks.ts';
import type { Place } from './result.ts';

export class PlaceController implements ReactiveController {
  /** The municipality of the result, if any. */
  value?: Place;
  /** The last code or name that was not found, with suggestions. */
  missing?: { query: string; suggestions: string[] };
  /** Only the latest lookup counts: the municipalities may arrive after a newer one. */
  private _token = 0;

  /** `chosen` hears of a place found (or cleared) by a lookup, to update the result with it. */
  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _chunks: ResultChunks,
    private readonly _chosen: (place: Place | undefined) => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** Takes a place as it is (from a result or saved progress), without a lookup. */
  set(place: Place | undefined): void {
    this.value = place && { code: place.code, name: place.name };
    this._host.requestUpdate();
  }

  /** Looks up a CBS code or name ('' clears the place); false when it is not found, or a newer lookup came. */
  async find(query: string): Promise<boolean> {
    const token = ++this._token;
    this.missing = undefined;
    if (!query) return this._choose(undefined);
    const found = (await this._chunks.loadGeo())?.getDefaultMunicipalityIndex().lookup(query);
    if (token !== this._token) return false;
    if (found?.found) return this._choose(found.match.municipality);
    this.missing = { query, suggestions: found ? found.suggestions.slice(0, 3).map((match) => match.municipality.name) : [] };
    this._host.requestUpdate();
    return false;
  }

  private _choose(place: Place | undefined): true {
    this.set(place);
    this._chosen(this.value);
    return true;
  }
}
