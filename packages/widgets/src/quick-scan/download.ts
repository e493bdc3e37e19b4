// The result as a JSON file the user downloads: `quickscan-<municipality>-<date>.json`.
import type { ScanResult } from '@maatwerk/model';

export function downloadResult(result: ScanResult, fileName: string, municipality: string | undefined): void {
  const slug = (municipality ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const date = (result.completedAt ?? new Date().toISOString()).slice(0, 10);
  const url = URL.createObjectURL(new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = [fileName, slug, date].filter(Boolean).join('-') + '.json';
  link.click();
  // The browser has the file by then; a synchronous revoke can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
