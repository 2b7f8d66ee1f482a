// Step 3: the tally as CSV, downloaded or copied (a download can be blocked inside Miro's panel
// iframe, so copying always works as well).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type CsvDelimiter, csvFileName, tableCsv } from '../core/csv.ts';
import { EXPORT_FILES, EXPORT_TABLES, type ExportTable } from '../core/export-tables.ts';
import type { Language } from '../core/model.ts';
import { panelWords } from '../i18n/panel-words.ts';
import type { PanelMessage } from './board-errors.ts';
import { ActionMessage } from './LiveMessage.tsx';
import { loadSetting, saveSetting } from './panel-settings.ts';
import { type HistoryState, previousScoring, type ScoredBoard } from './panel-state.ts';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
const DELIMITER_NAMES = ['comma', 'semicolon', 'tab'] as const;
type DelimiterName = (typeof DELIMITER_NAMES)[number];

interface ExportStepProps {
  readonly language: Language;
  readonly scored: ScoredBoard | null;
  /** The board's saved scorings: the last one's counts go into the summary beside today's. */
  readonly history: HistoryState;
  /** Whether the step is on screen: a hidden step writes no CSV. */
  readonly shown: boolean;
}

/** The export step: which table, which separator, download or copy. */
export function ExportStep({ language, scored, history, shown }: ExportStepProps) {
  const previous = previousScoring(history, scored);
  const words = panelWords(language);
  const [table, setTable] = useState<ExportTable>(EXPORT_TABLES[0]);
  const [delimiterName, setDelimiterName] = useState<DelimiterName>(() =>
    loadSetting('delimiter', DELIMITER_NAMES, 'comma'),
  );
  const [bom, setBom] = useState(true);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  // After Download or Copy the keyboard goes to what happened.
  const [focusAsked, setFocusAsked] = useState(0);
  useEffect(() => {
    if (focusAsked > 0) document.getElementById('export-result')?.focus();
  }, [focusAsked]);
  const delimiter = DELIMITERS[DELIMITER_NAMES.indexOf(delimiterName)] ?? ',';

  // The CSV is written while the step is shown (a hidden step follows every live scoring, and the
  // notes table of a large board is megabytes); the file itself at Download.
  const csv = (withBom: boolean): string =>
    scored
      ? tableCsv(table, scored.tally, {
          language,
          delimiter,
          boardId: scored.boardId,
          previous,
          bom: withBom,
        })
      : '';
  // Pasted text is not a file: no byte order mark, which would land in the first cell.
  const plain = useMemo(
    () => (shown ? csv(false) : ''),
    [shown, scored, table, delimiter, language, previous],
  );

  if (!scored) return <p class="message">{words.export.needScore}</p>;
  // Named at each render and again at the click, so a panel left open overnight dates the file by the day it is saved.
  const fileName = () => csvFileName(scored.boardName, new Date(), table);

  const chooseDelimiter = (name: DelimiterName) => {
    setDelimiterName(name);
    saveSetting('delimiter', name);
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([csv(bom)], { type: EXPORT_FILES.csv.mediaType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName();
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    const name = link.download;
    setMessage({ kind: 'ok', say: (w) => w.export.downloaded(name) });
    setFocusAsked((asked) => asked + 1);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(plain);
      setMessage({ kind: 'ok', say: (w) => w.export.copied });
      setFocusAsked((asked) => asked + 1);
    } catch {
      setMessage({ kind: 'error', say: (w) => w.export.copyFailed });
      (document.getElementById('csv-text') as HTMLTextAreaElement | null)?.select();
    }
  };

  return (
    <div>
      <p class="muted">{words.export.intro}</p>
      <fieldset>
        <legend>{words.export.table}</legend>
        {EXPORT_TABLES.map((option) => (
          <label class="inline" key={option}>
            <input
              type="radio"
              name="csv-table"
              checked={table === option}
              onChange={() => setTable(option)}
            />
            {option === 'summary' ? words.export.summary : words.export.notesTable}
          </label>
        ))}
      </fieldset>
      {/* Radio buttons, not a select: a separator's explanation wraps instead of being cut in a narrow panel. */}
      <fieldset>
        <legend>{words.export.delimiter}</legend>
        {DELIMITER_NAMES.map((name) => (
          <label class="inline" key={name}>
            <input
              type="radio"
              name="csv-delimiter"
              value={name}
              checked={delimiterName === name}
              onChange={() => chooseDelimiter(name)}
            />
            {words.export[name]}
          </label>
        ))}
      </fieldset>
      <label class="inline">
        <input type="checkbox" checked={bom} onChange={(event) => setBom(event.currentTarget.checked)} />
        {words.export.bom}
      </label>
      <p class="muted" data-testid="csv-file-name">
        {words.export.fileName(fileName())}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={download}>
          {words.export.download}
        </button>
        <button type="button" class="secondary" onClick={() => void copy()}>
          {words.export.copy}
        </button>
      </div>
      <ActionMessage message={message} words={words} testId="export-message" id="export-result" />
      <label for="csv-text" class="visually-hidden">
        {words.export.csvText}
      </label>
      <textarea id="csv-text" class="csv" readOnly rows={6} value={plain} />
    </div>
  );
}
