// The counts per phase: one table, or one per map on a board of several maps (personas), their
// bars on one scale so the maps compare.
import { type Language, PHASES } from '../core/model.ts';
import { largestPhaseTotal, type MapPhaseTotals, phaseTotalsByMap } from '../core/phase-totals.ts';
import type { Tally } from '../core/tally.ts';
import { type PanelWords, panelWords } from '../i18n/panel-words.ts';
import { CountCells, CountHeaders } from './CountCells.tsx';
import { SentimentBar } from './SentimentBar.tsx';

/** "Per phase", with a table per map when there are several. */
export function PhaseTotals({ tally, language }: { readonly tally: Tally; readonly language: Language }) {
  const words = panelWords(language);
  const maps = phaseTotalsByMap(tally);
  const scale = largestPhaseTotal(maps);
  return (
    <>
      <h2>{words.score.totals}</h2>
      {maps.map((totals) => (
        <PhaseTable
          key={totals.map ?? ''}
          totals={totals}
          named={maps.length > 1}
          scale={scale}
          words={words}
          language={language}
        />
      ))}
    </>
  );
}

function PhaseTable({
  totals,
  named,
  scale,
  words,
  language,
}: {
  readonly totals: MapPhaseTotals;
  /** Whether the table says its map (on a board of several maps). */
  readonly named: boolean;
  readonly scale: number;
  readonly words: PanelWords;
  readonly language: Language;
}) {
  return (
    <table class="reflow" data-testid="phase-totals" data-map={totals.map ?? ''}>
      {named && <caption>{words.score.mapTitle(totals.map)}</caption>}
      <thead>
        <tr>
          <td />
          <CountHeaders words={words} />
        </tr>
      </thead>
      <tbody>
        {PHASES.map((phase) => (
          <tr key={phase}>
            <th scope="row">
              {words.phases[phase]}
              <SentimentBar counts={totals.phases[phase]} scale={scale} />
            </th>
            <CountCells counts={totals.phases[phase]} language={language} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
