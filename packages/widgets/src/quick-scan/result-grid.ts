// The picture of one domain, as the report PDF draws it (packages/kennisblad, ModelGrid): factors
// across, levels down, in each cell the score and its word (zwak / redelijk / sterk, the model's
// bands) on the band's colour, the weakest link outlined and named. It is a real data table, so a
// screen reader moves through it by row and column, and it prints as it looks.
import { html, type TemplateResult } from 'lit';
import { SCORING, roundScore, scoreBand, type DomainResult, type QuickScanContent } from '@maatwerk/model';
import type { QuickScanText } from './locale.ts';

// Scores are whole numbers 0-100, written as the model's sentences write them: the same in Dutch and
// English, and without Intl, whose first use on a page costs a slow phone about 300 ms in one task.
function renderCell(t: QuickScanText, score: number | null, weakest = false): TemplateResult {
  const band = score === null ? 'none' : scoreBand(score);
  return html`<td class="cell cell--${band} ${weakest ? 'cell--weakest' : ''}">
    <span class="cell__score">${score ?? '–'}</span>
    <span class="cell__band">${band === 'none' ? t.noScore : t.bands[band]}</span>
    ${weakest ? html`<span class="cell__weakest">${t.weakestMarker}</span>` : ''}
  </td>`;
}

/** The table scrolls sideways inside its own focusable region when the screen is too narrow (data tables may). */
export function renderDomainGrid(domain: DomainResult, name: string, content: QuickScanContent, t: QuickScanText): TemplateResult {
  const captionId = `grid-caption-${domain.domain}`;
  const weak = domain.weakestLink;
  const cellScore = (level: string, factor: string) =>
    roundScore(domain.cells.find((cell) => cell.level === level && cell.factor === factor)?.score);
  return html`<div class="grid-scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
    <table class="grid" part="table">
      <caption id=${captionId}>${t.gridCaption(name)}</caption>
      <thead>
        <tr>
          <th scope="col" class="grid__corner">${t.level}</th>
          ${content.factors.map((factor) => html`<th scope="col">${factor.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${content.levels.map(
          (level) => html`<tr>
            <th scope="row">${level.name}</th>
            ${content.factors.map((factor) =>
              renderCell(t, cellScore(level.id, factor.id), weak?.level === level.id && weak.factor === factor.id),
            )}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${t.average}</th>
          ${content.factors.map((factor) => renderCell(t, roundScore(domain.factors[factor.id])))}
        </tr>
      </tfoot>
    </table>
  </div>`;
}

/** What the colours mean, once for all grids: the model's bands with their ranges. */
export function renderBandLegend(t: QuickScanText): TemplateResult {
  const ranges = SCORING.bands.map((band, index, bands) => ({
    key: band.key,
    from: index === 0 ? 0 : bands[index - 1]!.upTo,
    to: index === bands.length - 1 ? 100 : band.upTo - 1,
  }));
  return html`<ul class="bands" aria-label=${t.bandLegend}>
    ${ranges.map((band) => html`<li><span class="swatch cell--${band.key}"></span>${t.bandRange(t.bands[band.key], band.from, band.to)}</li>`)}
  </ul>`;
}
