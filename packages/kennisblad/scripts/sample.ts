// A sample quick scan result for previews, the benchmark and tests: deterministic answers scored
// by the model's own `score()`, so it is always valid for the current content.
import { score, type Answers, type QuickScanContent, type ScanResult } from '@maatwerk/model';

/** Picks answers from each statement id, so the same content always gives the same result. */
export function sampleAnswers(content: QuickScanContent): Answers {
  const values = content.scale.options.map((option) => option.value);
  const answers: Answers = {};
  // The last domain stays open, so the report shows a domain that was not assessed.
  const skipped = content.domains[content.domains.length - 1]?.id;
  content.statements.forEach((statement, index) => {
    if (statement.domain === skipped) return;
    let hash = 7;
    for (const char of statement.id) hash = (hash * 31 + char.charCodeAt(0)) % 9973;
    // Every 11th statement "weet ik niet", every 17th left open; the rest spread over the scale,
    // with resources (middelen) weaker on average, as it often is.
    if (index % 11 === 5) answers[statement.id] = null;
    else if (index % 17 === 8) return;
    else {
      const bias = statement.factor === content.factors[1]?.id ? -1 : 0;
      answers[statement.id] = values[Math.max(0, Math.min(values.length - 1, (hash % values.length) + bias))]!;
    }
  });
  return answers;
}

export const SAMPLE_MUNICIPALITY = { code: 'GM0147', name: 'Borne' } as const;

/** A result for every domain of the content, for Borne, completed on a fixed date. */
export function sampleResult(content: QuickScanContent, options: { municipality?: ScanResult['municipality'] | null } = {}): ScanResult {
  const municipality = options.municipality === null ? undefined : (options.municipality ?? SAMPLE_MUNICIPALITY);
  return score(content, sampleAnswers(content), {
    ...(municipality && { municipality }),
    completedAt: '2026-01-15T10:00:00.000Z',
  });
}
