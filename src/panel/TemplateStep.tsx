// Step 1: choose touchpoints (catalogue or your own), preview, insert the map with progress and
// Cancel; on failure, roll back or keep and resume.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BOARD_WORDS } from '../core/board-words.ts';
import { catalogueGroup, TOUCHPOINT_TYPES } from '../core/catalogue.ts';
import { LANGUAGES, type Language, type Phase, type TouchpointType } from '../core/model.ts';
import { newMapId } from '../core/template-choices.ts';
import { layoutTemplate } from '../core/template-layout.ts';
import {
  cataloguePick,
  choicesOf,
  customPick,
  defaultPicks,
  type TouchpointPick,
  withPhase,
} from '../core/touchpoint-picks.ts';
import { LANGUAGE_NAMES, plural } from '../i18n/language.ts';
import { panelWords } from '../i18n/panel-words.ts';
import { templateErrorMessage } from '../i18n/template-errors.ts';
import type { BoardApi } from '../miro/board-api.ts';
import { type OnFailure, prepareInsertion } from '../miro/insert-template.ts';
import { showItems } from '../miro/show-items.ts';
import { outcomeOf } from './InsertOutcome.tsx';
import { LiveMessage } from './LiveMessage.tsx';
import { PickDetails } from './PickDetails.tsx';
import { RateLimitNotice } from './RateLimitNotice.tsx';
import { useInsertion } from './use-insertion.ts';
import { useLazyStep } from './use-lazy-step.ts';

/** The template step. */
export function TemplateStep({ board, language }: { readonly board: BoardApi; readonly language: Language }) {
  const words = panelWords(language);
  const [mapName, setMapName] = useState('');
  const [labelLanguage, setLabelLanguage] = useState<Language | null>(null);
  const [picks, setPicks] = useState<readonly TouchpointPick[]>(defaultPicks);
  const [customName, setCustomName] = useState('');
  const [customType, setCustomType] = useState<TouchpointType>('digital');
  const [onFailure, setOnFailure] = useState<OnFailure>('rollback');
  const insertion = useInsertion(board);
  const { run, waits } = insertion;
  // The insertion's code arrives once the panel has shown itself, before Insert is clicked.
  useLazyStep(prepareInsertion, false);
  const labels = labelLanguage ?? language;
  const name = mapName.trim() === '' ? BOARD_WORDS[labels].defaultMapName : mapName;

  const choices = choicesOf(picks, labels);
  // The preview is laid out at the origin; the executor moves it to free space on the board.
  const preview = useMemo(
    () =>
      layoutTemplate({
        mapId: 'preview000',
        name,
        language: labels,
        touchpoints: choices,
        origin: { x: 0, y: 0 },
      }),
    [name, labels, JSON.stringify(choices)],
  );

  const toggle = (key: string, on: boolean) => {
    setPicks((current) => {
      if (!on) return current.filter((pick) => pick.catalogueKey !== key);
      const pick = cataloguePick(key);
      return pick ? [...current, pick] : current;
    });
  };
  const update = (id: string, change: Partial<TouchpointPick>) =>
    setPicks((current) => current.map((pick) => (pick.id === id ? { ...pick, ...change } : pick)));
  const togglePhase = (pick: TouchpointPick, phase: Phase, on: boolean) =>
    update(pick.id, { phases: withPhase(pick, phase, on).phases });
  const addCustom = () => {
    setPicks((current) => {
      const pick = customPick(`custom-${Date.now()}-${current.length}`, customName, customType);
      return pick ? [...current, pick] : current;
    });
    setCustomName('');
  };

  const insert = () => {
    const layout = layoutTemplate({
      mapId: newMapId(Math.random),
      name,
      language: labels,
      touchpoints: choices,
      origin: { x: 0, y: 0 },
    });
    if (layout.ok) void insertion.insert(layout.plan, onFailure);
  };

  const count = (n: number, forms: typeof words.items) => `${n} ${plural(language, n, forms)}`;
  const running = run.kind === 'running' || run.kind === 'discarding';
  const outcome = outcomeOf(run, language, {
    resume: (plan, resume) => void insertion.insert(plan, onFailure, resume),
    discard: (plan, result) => void insertion.discard(plan, result),
    show: (ids) => void showItems(board, ids),
  });
  const insertButton = useRef<HTMLButtonElement>(null);
  // When an insertion or a discard ends, the keyboard goes to what it says (the Insert button was
  // disabled meanwhile, which would drop the focus to the page).
  const result = useRef<HTMLDivElement>(null);
  const ended = run.kind === 'done' || run.kind === 'discarded' || run.kind === 'discard-failed';
  useEffect(() => {
    if (ended) result.current?.focus();
  }, [ended, run]);

  return (
    <div>
      <button type="button" class="link skip-to-insert" onClick={() => insertButton.current?.focus()}>
        {words.template.skipToInsert}
      </button>
      <p class="muted">{words.template.intro}</p>
      <label for="map-name">{words.template.mapName}</label>
      <input
        id="map-name"
        type="text"
        value={mapName}
        placeholder={BOARD_WORDS[labels].defaultMapName}
        onInput={(event) => setMapName(event.currentTarget.value)}
      />
      <label for="label-language">{words.template.labelsLanguage}</label>
      <select
        id="label-language"
        value={labels}
        onChange={(event) => setLabelLanguage(event.currentTarget.value as Language)}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
      <h2>{words.template.catalogue}</h2>
      {TOUCHPOINT_TYPES.map((type) => (
        <fieldset key={type}>
          <legend>{words.touchpointTypes[type]}</legend>
          {catalogueGroup(type).map((entry) => {
            const pick = picks.find((candidate) => candidate.catalogueKey === entry.key);
            return (
              <div class="catalogue-item" key={entry.key}>
                <label class="inline">
                  <input
                    type="checkbox"
                    checked={Boolean(pick)}
                    onChange={(event) => toggle(entry.key, event.currentTarget.checked)}
                  />
                  {entry.names[labels]}
                </label>
                {pick && (
                  <PickDetails
                    pick={pick}
                    name={entry.names[labels]}
                    language={language}
                    onPhase={togglePhase}
                    onUpdate={update}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <fieldset>
        <legend>{words.template.custom}</legend>
        <label for="custom-name">{words.template.customName}</label>
        <input
          id="custom-name"
          type="text"
          value={customName}
          onInput={(event) => setCustomName(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') addCustom();
          }}
        />
        <label for="custom-type" class="visually-hidden">
          {words.template.customType}
        </label>
        <div class="actions">
          <select
            id="custom-type"
            value={customType}
            onChange={(event) => setCustomType(event.currentTarget.value as TouchpointType)}
          >
            {TOUCHPOINT_TYPES.map((type) => (
              <option key={type} value={type}>
                {words.touchpointTypes[type]}
              </option>
            ))}
          </select>
          <button type="button" class="secondary" onClick={addCustom} disabled={customName.trim() === ''}>
            {words.template.customAdd}
          </button>
        </div>
        {picks
          .filter((pick) => pick.catalogueKey === null)
          .map((pick) => (
            <div class="catalogue-item" key={pick.id}>
              <strong>{pick.customName}</strong>{' '}
              <button
                type="button"
                class="link"
                onClick={() => setPicks((current) => current.filter((candidate) => candidate.id !== pick.id))}
              >
                {words.template.remove}
                <span class="visually-hidden"> {pick.customName}</span>
              </button>
              <PickDetails
                pick={pick}
                name={pick.customName}
                language={language}
                onPhase={togglePhase}
                onUpdate={update}
              />
            </div>
          ))}
      </fieldset>
      <fieldset>
        <legend>{words.template.onFailure}</legend>
        {(['rollback', 'keep'] as const).map((option) => (
          <label class="inline" key={option}>
            <input
              type="radio"
              name="on-failure"
              checked={onFailure === option}
              onChange={() => setOnFailure(option)}
            />
            {option === 'rollback' ? words.template.onFailureRollback : words.template.onFailureKeep}
          </label>
        ))}
      </fieldset>
      {preview.ok && (
        <p class="message" data-testid="template-preview">
          {words.template.preview(
            count(preview.plan.counts.frames, words.frames),
            count(preview.plan.counts.items - preview.plan.counts.frames, words.items),
            Math.round(preview.plan.bounds.right - preview.plan.bounds.left),
            Math.round(preview.plan.bounds.bottom - preview.plan.bounds.top),
          )}
        </p>
      )}
      <LiveMessage
        role="alert"
        tone="error"
        text={
          preview.ok ? null : (
            <ul>
              {preview.errors.map((error) => (
                <li key={JSON.stringify(error)}>{templateErrorMessage(error, language)}</li>
              ))}
            </ul>
          )
        }
      />
      <div class="actions">
        <button
          id="insert-template"
          ref={insertButton}
          type="button"
          class="primary"
          disabled={!preview.ok || running}
          onClick={insert}
        >
          {run.kind === 'running' ? words.template.inserting : words.template.insert}
        </button>
        {run.kind === 'running' && (
          <button type="button" class="secondary" onClick={insertion.cancel}>
            {words.template.cancel}
          </button>
        )}
      </div>
      {run.kind === 'running' && (
        <progress
          aria-label={words.template.inserting}
          max={run.progress?.total ?? 1}
          value={run.progress?.done ?? 0}
        />
      )}
      {run.kind === 'discarding' && <progress aria-label={words.template.discarding} />}
      <RateLimitNotice watch={waits} language={language} />
      <div ref={result} tabIndex={-1} class="result" data-testid="insert-result">
        {/* The outcome is said in regions that stay in the page; what to do next sits below them. */}
        <LiveMessage role="status" tone="ok" text={outcome?.tone === 'ok' ? outcome.text : null} />
        <LiveMessage role="alert" tone="error" text={outcome?.tone === 'error' ? outcome.text : null} />
        {outcome?.actions}
      </div>
    </div>
  );
}
