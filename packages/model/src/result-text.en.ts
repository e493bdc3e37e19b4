// The sentences about a scan result, in English (see result-text.nl.ts).
import type { ResultText } from './result-text.nl.ts';

const LEVELS: Record<string, string> = { bestuur: 'at governance level', beleid: 'at policy level', uitvoering: 'in implementation' };

export const en: ResultText = {
  number: (value) => value.toLocaleString('en-GB'),
  opportunity: (score) => (score === null ? 'Opportunity: unknown, because there are too few answers.' : `Opportunity: ${score} out of 100.`),
  weakest: (factor, level, score) => `Weakest link: ${factor} ${level} (${score} out of 100).`,
  levelPhrase: (level, name) => LEVELS[level] ?? `at level ${name}`,
  certainty: ['Very uncertain picture', 'Uncertain picture', 'Fairly certain picture', 'Certain picture'],
  coverage: (certainty, answered, total, unknown) =>
    `${certainty}: you answered ${answered} of the ${total} statements. You chose "don't know" ${unknown} ${unknown === 1 ? 'time' : 'times'}.`,
  mostPromising: (domain) => `Most promising for an integrated approach: ${domain}.`,
  line: (rank, domain, opportunity) => `${rank}. ${domain} (opportunity ${opportunity === null ? 'unknown' : `${opportunity} out of 100`})`,
  coveragePercent: (percent) => `${percent}% of the statements answered`,
};
