// The panel: three steps (insert template, score, export) and the language switch.
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../core/model.ts';
import { LANGUAGE_NAMES } from '../i18n/language.ts';
import { loadPanelWords, panelWords } from '../i18n/panel-words.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { LiveMessage } from './LiveMessage.tsx';
import { saveLanguage } from './panel-settings.ts';
import { createPanelStore, useStore } from './panel-state.ts';
import { TemplateStep } from './TemplateStep.tsx';
import { type LazyStep, useLazyStep } from './use-lazy-step.ts';

type Step = 'template' | 'score' | 'export';
const STEPS: readonly Step[] = ['template', 'score', 'export'];

/** The whole panel for one board. */
export function Panel({
  board,
  initialLanguage,
}: {
  readonly board: BoardApi;
  /** A language whose words are loaded (see `loadPanelWords`). */
  readonly initialLanguage: Language;
}) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [step, setStep] = useState<Step>('template');
  // What the steps share (the last scoring, the saved ones): the score step writes, both read.
  const [store] = useState(createPanelStore);
  const { scored, history } = useStore(store);
  const words = panelWords(language);
  const scoring = useLazyStep(() => import('./ScoreStep.tsx'), step === 'score');
  const exporting = useLazyStep(() => import('./ExportStep.tsx'), step === 'export');

  // The page's language, not only the panel's, so screen readers and hyphenation follow the switch.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The switch shows the new language once its words have arrived; if they cannot be fetched, the
  // panel stays in the current one.
  const chooseLanguage = (next: Language) => {
    loadPanelWords(next).then(
      () => {
        setLanguage(next);
        saveLanguage(next);
      },
      () => undefined,
    );
  };

  // The tablist takes the keys of the ARIA tabs pattern: arrows move (wrapping), Home and End jump.
  const onTabKey = (event: KeyboardEvent) => {
    const at = STEPS.indexOf(step);
    const index =
      event.key === 'ArrowRight'
        ? at + 1
        : event.key === 'ArrowLeft'
          ? at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? STEPS.length - 1
              : null;
    if (index === null) return;
    event.preventDefault();
    const next = STEPS[(index + STEPS.length) % STEPS.length] ?? 'template';
    setStep(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <main class="panel" lang={language}>
      <header>
        <h1>{words.appName}</h1>
        <label class="inline">
          <span class="visually-hidden">{words.language}</span>
          <select
            value={language}
            onChange={(event) => chooseLanguage(event.currentTarget.value as Language)}
            aria-label={words.language}
          >
            {LANGUAGES.map((option) => (
              <option key={option} value={option} lang={option}>
                {LANGUAGE_NAMES[option]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div class="tabs" role="tablist" aria-label={words.appName} onKeyDown={onTabKey}>
        {STEPS.map((option) => (
          <button
            key={option}
            id={`tab-${option}`}
            type="button"
            role="tab"
            aria-selected={step === option}
            aria-controls={`step-${option}`}
            // Every step is a Tab stop, not only the one shown: Tab alone reaches steps 2 and 3
            // (the arrow keys of the tabs pattern work as well).
            tabIndex={0}
            onClick={() => setStep(option)}
          >
            {words.steps[option]}
          </button>
        ))}
      </div>
      {/* Every step stays mounted once loaded, so an insertion or live scoring goes on while another step is shown. */}
      <section id="step-template" role="tabpanel" aria-labelledby="tab-template" hidden={step !== 'template'}>
        <TemplateStep board={board} language={language} />
      </section>
      <section id="step-score" role="tabpanel" aria-labelledby="tab-score" hidden={step !== 'score'}>
        {scoring.kind === 'loaded' ? (
          <scoring.module.ScoreStep board={board} language={language} store={store} />
        ) : (
          <StepLoading step={scoring} label={words.steps.score} language={language} />
        )}
      </section>
      <section id="step-export" role="tabpanel" aria-labelledby="tab-export" hidden={step !== 'export'}>
        {exporting.kind === 'loaded' ? (
          <exporting.module.ExportStep
            language={language}
            scored={scored}
            history={history}
            shown={step === 'export'}
          />
        ) : (
          <StepLoading step={exporting} label={words.steps.export} language={language} />
        )}
      </section>
    </main>
  );
}

/** A step still on its way, or one whose files could not be fetched, with Try again. */
function StepLoading({
  step,
  label,
  language,
}: {
  readonly step: Exclude<LazyStep<unknown>, { kind: 'loaded' }>;
  readonly label: string;
  readonly language: Language;
}) {
  const words = panelWords(language);
  // The alert region is there from the start, so the failure is announced when it comes.
  return (
    <>
      {step.kind === 'loading' && <progress aria-label={label} />}
      <LiveMessage role="alert" tone="error" text={step.kind === 'failed' ? words.errors.loadFailed : null} />
      {step.kind === 'failed' && (
        <div class="actions">
          <button type="button" class="secondary" onClick={step.retry}>
            {words.errors.retry}
          </button>
        </div>
      )}
    </>
  );
}
