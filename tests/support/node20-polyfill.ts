// Vitest 5 uses ES2024 built-ins that Node 20 lacks; without them a failing test crashes the
// reporter instead of being reported. Imported first by the Vitest config and as a setup file.
type Grouper<T, K> = (item: T, index: number) => K;
// Typed loosely: the project's lib is ES2023, where these built-ins are not declared yet.
const MapCtor = Map as unknown as { groupBy?: unknown };
const ObjectCtor = Object as unknown as { groupBy?: unknown };
const PromiseCtor = Promise as unknown as { withResolvers?: unknown };

if (!MapCtor.groupBy) {
  Object.defineProperty(Map, 'groupBy', {
    value<T, K>(items: Iterable<T>, key: Grouper<T, K>) {
      const map = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const group = key(item, index++);
        map.set(group, [...(map.get(group) ?? []), item]);
      }
      return map;
    },
  });
}
if (!ObjectCtor.groupBy) {
  Object.defineProperty(Object, 'groupBy', {
    value<T>(items: Iterable<T>, key: Grouper<T, PropertyKey>) {
      return Object.fromEntries((MapCtor.groupBy as (i: Iterable<T>, k: Grouper<T, PropertyKey>) => Map<PropertyKey, T[]>)(items, key));
    },
  });
}
if (!PromiseCtor.withResolvers) {
  Object.defineProperty(Promise, 'withResolvers', {
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    },
  });
}
export {};
