// The factor x level picture of one domain: an SVG bar chart (role="img" with a full text summary)
// and the same numbers as a real data table for screen readers and print.
import { html, svg, type TemplateResult } from 'lit';
import { roundScore, type DomainResult, type QuickScanContent } from '@maatwerk/model';
import type { QuickScanText } from './locale.ts';

const WIDTH = 280;
const VALUE_WIDTH = 36;
const BAR = 14;
const GAP = 5;
const LABEL = 20;
const GROUP_GAP = 10;

const cellScore = (domain: DomainResult, level: string, factor: string) =>
  domain.cells.find((cell) => cell.level === level && cell.factor === factor)?.score ?? null;
// Whole numbers, as every other view of a result shows them (the model's roundScore).
const format = (score: number | null | undefined, t: QuickScanText, none: string) => (score == null ? none : t.number(roundScore(score)!));

export function renderChart(domain: DomainResult, name: string, content: QuickScanContent, t: QuickScanText): TemplateResult {
  const { levels, factors } = content;
  const groupHeight = LABEL + factors.length * (BAR + GAP) + GROUP_GAP;
  const barWidth = WIDTH - VALUE_WIDTH;
  const label = t.chartLabel(
    name,
    levels.map(
      (level) => `${level.name}: ${factors.map((factor) => `${factor.name} ${format(cellScore(domain, level.id, factor.id), t, t.noScore)}`).join(', ')}`,
    ),
  );
  return html`
    <svg part="chart" class="chart" viewBox="0 0 ${WIDTH} ${levels.length * groupHeight}" role="img" aria-label=${label}>
      <title>${label}</title>
      ${levels.map(
        (level, row) => svg`<g transform="translate(0 ${row * groupHeight})">
          <text class="chart__level" x="0" y="14">${level.name}</text>
          ${factors.map((factor, index) => {
            const score = cellScore(domain, level.id, factor.id);
            const y = LABEL + index * (BAR + GAP);
            return svg`<rect class="chart__track" x="0" y=${y} width=${barWidth} height=${BAR}></rect>
              <rect class="chart__bar chart__bar--${(index % 3) + 1}" x="0" y=${y} width=${((score ?? 0) / 100) * barWidth} height=${BAR}></rect>
              <text class="chart__value" x=${barWidth + 6} y=${y + 12}>${format(score, t, '?')}</text>`;
          })}
        </g>`,
      )}
    </svg>
    <ul class="legend" aria-label=${t.legend}>
      ${factors.map((factor, index) => html`<li><span class="swatch chart__bar--${(index % 3) + 1}"></span>${factor.name}</li>`)}
    </ul>
  `;
}

/** The table scrolls sideways inside its own focusable region on a narrow screen (data tables may). */
export function renderTable(domain: DomainResult, name: string, content: QuickScanContent, t: QuickScanText): TemplateResult {
  const value = (score: number | null | undefined) => format(score, t, t.noScore);
  const id = `caption-${domain.rank}`;
  return html`
    <details>
      <summary>${t.tableToggle}</summary>
      <div class="table" role="region" tabindex="0" aria-labelledby=${id}>
        <table part="table">
          <caption id=${id}>${t.tableCaption(name)}</caption>
          <thead>
            <tr>
              <th scope="col">${t.level}</th>
              ${content.factors.map((factor) => html`<th scope="col">${factor.name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${content.levels.map(
              (level) => html`<tr>
                <th scope="row">${level.name}</th>
                ${content.factors.map((factor) => html`<td>${value(cellScore(domain, level.id, factor.id))}</td>`)}
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t.average}</th>
              ${content.factors.map((factor) => html`<td>${value(domain.factors[factor.id])}</td>`)}
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  `;
}
