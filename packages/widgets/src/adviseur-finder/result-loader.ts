// The one place the finder imports its result views (a chunk), so tests can make that load fail.
export const loadResultViews = () => import('./result.ts');
