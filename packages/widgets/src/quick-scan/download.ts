// The result as a JSON file the user downloads: `quickscan-<municipality>-<date>.json`.
import { slug, type ScanResult } from '@maatwerk/model';

export function downloadResult(result: ScanResult, fileName: string, municipality: string | undefined): void {
  const date = (result.completedAt ?? new Date().toISOString()).slice(0, 10);
  const url = URL.createObjectURL(new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = [fileName, slug(municipality ?? ''), date].filter(Boolean).join('-') + '.json';
  link.click();
  // The browser has the file by then; a synchronous revoke can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
