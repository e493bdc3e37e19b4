// The one way an element fires its events, type-checked against the event map: the event name must
// be declared in `GlobalEventHandlersEventMap` (src/events/*.ts) and the detail must be its type.

/** The events of this package, by name. */
type MaatwerkEvent = Extract<keyof GlobalEventHandlersEventMap, `maatwerk-${string}`>;
type DetailOf<K extends MaatwerkEvent> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export interface EmitOptions {
  cancelable?: boolean;
  /**
   * Whether the event leaves the shadow root it is fired in (default true: the public events reach
   * the host page). Internal parts (the combobox) keep theirs inside the element that renders them.
   */
  composed?: boolean;
}

/** Dispatches a bubbling event; returns false when a listener cancelled it. */
export function emit<K extends MaatwerkEvent>(target: EventTarget, type: K, detail: DetailOf<K>, options: EmitOptions = {}): boolean {
  const { cancelable = false, composed = true } = options;
  return target.dispatchEvent(new CustomEvent<DetailOf<K>>(type, { detail, bubbles: true, composed, cancelable }));
}
