// The sentences about a scan result, in Dutch. Every view of a result takes them from here (through
// result-summary.ts), so the screen, the e-mail, the report and the inbox say the same.

export interface ResultText {
  /** A number as the language writes it. */
  number: (value: number) => string;
  opportunity: (score: number | null) => string;
  weakest: (factor: string, level: string, score: number) => string;
  /** "op bestuursniveau": the known levels have a phrase of their own; others are named. */
  levelPhrase: (level: string, name: string) => string;
  certainty: readonly [string, string, string, string];
  coverage: (certainty: string, answered: number, total: number, unknown: number) => string;
  mostPromising: (domain: string) => string;
  /** One line per domain in a plain-text list (the sign-up e-mail). */
  line: (rank: number, domain: string, opportunity: number | null) => string;
  coveragePercent: (percent: number) => string;
}

const LEVELS: Record<string, string> = { bestuur: 'op bestuursniveau', beleid: 'op beleidsniveau', uitvoering: 'in de uitvoering' };

export const nl: ResultText = {
  number: (value) => value.toLocaleString('nl-NL'),
  opportunity: (score) => (score === null ? 'Kansrijkheid: onbekend, want er zijn te weinig antwoorden.' : `Kansrijkheid: ${score} van 100.`),
  weakest: (factor, level, score) => `Zwakste schakel: ${factor} ${level} (${score} van 100).`,
  levelPhrase: (level, name) => LEVELS[level] ?? `op niveau ${name}`,
  certainty: ['Zeer onzeker beeld', 'Onzeker beeld', 'Redelijk zeker beeld', 'Zeker beeld'],
  coverage: (certainty, answered, total, unknown) => `${certainty}: u gaf bij ${answered} van de ${total} stellingen een antwoord. ${unknown} keer koos u "weet ik niet".`,
  mostPromising: (domain) => `Het meest kansrijk voor een integrale aanpak: ${domain}.`,
  line: (rank, domain, opportunity) => `${rank}. ${domain} (kansrijkheid ${opportunity === null ? 'onbekend' : `${opportunity} van 100`})`,
  coveragePercent: (percent) => `${percent}% van de stellingen beantwoord`,
};
