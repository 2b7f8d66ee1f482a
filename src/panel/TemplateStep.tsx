// Step 1: choose touchpoints (catalogue or your own), preview, insert the map with progress and
// Cancel; on failure, roll back or keep and resume.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BOARD_WORDS } from '../core/board-words.ts';
import { catalogueGroup, findInCatalogue, TOUCHPOINT_TYPES } from '../core/catalogue.ts';
import { LANGUAGES, type Language, PHASES, type Phase, type TouchpointType } from '../core/model.ts';
import { newMapId, type TouchpointChoice } from '../core/template-choices.ts';
import { layoutTemplate } from '../core/template-layout.ts';
import type { TemplatePlan } from '../core/template-plan.ts';
import { LANGUAGE_NAMES, plural } from '../i18n/language.ts';
import { panelWords } from '../i18n/panel-words.ts';
import { templateErrorMessage } from '../i18n/template-errors.ts';
import type { BoardApi } from '../miro/board-api.ts';
import type { BoardFailure } from '../miro/board-errors.ts';
import {
  discardKept,
  type InsertProgress,
  type InsertResult,
  type InsertStop,
  insertTemplate,
  type OnFailure,
  prepareInsertion,
  type ResumePoint,
} from '../miro/insert-template.ts';
import { showItems } from '../miro/show-items.ts';
import { describeBoardError } from './board-errors.ts';
import { LiveMessage } from './LiveMessage.tsx';
import { RateLimitNotice, useRateLimitWatch } from './RateLimitNotice.tsx';
import { useLazyStep } from './use-lazy-step.ts';

/** A touchpoint as the designer is choosing it: from the catalogue (by key) or typed in. */
interface TouchpointPick {
  readonly id: string;
  readonly catalogueKey: string | null;
  readonly customName: string;
  readonly type: TouchpointType;
  readonly phases: readonly Phase[];
  readonly channels: string;
  readonly owner: string;
  readonly targetAction: string;
}

/** Pre-ticked so a first insert is one click: a short journey across all three phases. */
const DEFAULT_KEYS = ['advertising', 'website', 'store', 'staff', 'delivery', 'reviews'];

function cataloguePick(key: string): TouchpointPick | null {
  const entry = findInCatalogue(key);
  if (!entry) return null;
  return {
    id: key,
    catalogueKey: key,
    customName: '',
    type: entry.type,
    phases: entry.phases,
    channels: '',
    owner: '',
    targetAction: '',
  };
}

// A run keeps the plan it wrote: Resume and Discard work on that plan, whatever the form says now.
type Run =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly plan: TemplatePlan; readonly progress: InsertProgress | null }
  | { readonly kind: 'done'; readonly plan: TemplatePlan; readonly result: InsertResult }
  | { readonly kind: 'discarding'; readonly plan: TemplatePlan }
  | { readonly kind: 'discarded'; readonly leftovers: readonly string[] }
  | {
      readonly kind: 'discard-failed';
      readonly plan: TemplatePlan;
      readonly result: InsertResult;
      readonly failure: BoardFailure;
    };

/** The template step. */
export function TemplateStep({ board, language }: { readonly board: BoardApi; readonly language: Language }) {
  const words = panelWords(language);
  const [mapName, setMapName] = useState('');
  const [labelLanguage, setLabelLanguage] = useState<Language | null>(null);
  const [picks, setPicks] = useState<readonly TouchpointPick[]>(() =>
    DEFAULT_KEYS.map(cataloguePick).filter((pick): pick is TouchpointPick => pick !== null),
  );
  const [customName, setCustomName] = useState('');
  const [customType, setCustomType] = useState<TouchpointType>('digital');
  const [onFailure, setOnFailure] = useState<OnFailure>('rollback');
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const waits = useRateLimitWatch();
  // The insertion's code arrives once the panel has shown itself, before Insert is clicked.
  useLazyStep(prepareInsertion, false);
  const labels = labelLanguage ?? language;
  const name = mapName.trim() === '' ? BOARD_WORDS[labels].defaultMapName : mapName;

  const choices: TouchpointChoice[] = picks.map((pick) => {
    const entry = pick.catalogueKey ? findInCatalogue(pick.catalogueKey) : undefined;
    const splitList = (text: string) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    return {
      name: entry ? entry.names[labels] : pick.customName,
      type: pick.type,
      phases: pick.phases,
      ...(pick.channels.trim() ? { channels: splitList(pick.channels) } : {}),
      ...(pick.owner.trim() ? { owner: pick.owner.trim() } : {}),
      ...(pick.targetAction.trim() ? { targetAction: pick.targetAction.trim() } : {}),
      ...(entry ? { catalogueKey: entry.key } : {}),
    };
  });
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
    update(pick.id, {
      phases: PHASES.filter((candidate) => (candidate === phase ? on : pick.phases.includes(candidate))),
    });
  const addCustom = () => {
    const trimmed = customName.trim();
    if (trimmed === '') return;
    setPicks((current) => [
      ...current,
      {
        id: `custom-${Date.now()}-${current.length}`,
        catalogueKey: null,
        customName: trimmed,
        type: customType,
        phases: PHASES,
        channels: '',
        owner: '',
        targetAction: '',
      },
    ]);
    setCustomName('');
  };

  const write = async (plan: TemplatePlan, resume?: ResumePoint) => {
    const controller = new AbortController();
    abort.current = controller;
    setRun({ kind: 'running', plan, progress: null });
    const result = await insertTemplate(board, plan, {
      onFailure,
      signal: controller.signal,
      onProgress: (progress) => setRun({ kind: 'running', plan, progress }),
      onRetry: waits.onRetry,
      ...(resume ? { resume } : {}),
    });
    waits.reset();
    abort.current = null;
    setRun({ kind: 'done', plan, result });
  };

  const insert = () => {
    const layout = layoutTemplate({
      mapId: newMapId(Math.random),
      name,
      language: labels,
      touchpoints: choices,
      origin: { x: 0, y: 0 },
    });
    if (layout.ok) void write(layout.plan);
  };

  const discard = async (plan: TemplatePlan, result: InsertResult) => {
    if (result.kind !== 'kept') return;
    setRun({ kind: 'discarding', plan });
    const discarded = await discardKept(board, plan, result.resume, {});
    setRun(
      discarded.kind === 'failed'
        ? { kind: 'discard-failed', plan, result, failure: discarded }
        : { kind: 'discarded', leftovers: discarded.leftovers },
    );
  };

  const count = (n: number, forms: typeof words.items) => `${n} ${plural(language, n, forms)}`;
  const running = run.kind === 'running' || run.kind === 'discarding';
  const outcome = outcomeOf(run, language, {
    resume: (plan, resume) => void write(plan, resume),
    discard: (plan, result) => void discard(plan, result),
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
          <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
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

function PickDetails({
  pick,
  name,
  language,
  onPhase,
  onUpdate,
}: {
  readonly pick: TouchpointPick;
  readonly name: string;
  readonly language: Language;
  readonly onPhase: (pick: TouchpointPick, phase: Phase, on: boolean) => void;
  readonly onUpdate: (id: string, change: Partial<TouchpointPick>) => void;
}) {
  const words = panelWords(language);
  const field = (key: 'channels' | 'owner' | 'targetAction') => (
    <>
      <label for={`${pick.id}-${key}`}>{words.template[key]}</label>
      <input
        id={`${pick.id}-${key}`}
        type="text"
        value={pick[key]}
        onInput={(event) => onUpdate(pick.id, { [key]: event.currentTarget.value })}
      />
    </>
  );
  return (
    <div>
      <fieldset class="phases">
        <legend class="visually-hidden">{words.template.phasesOf(name)}</legend>
        {PHASES.map((phase) => (
          <label class="inline" key={phase}>
            <input
              type="checkbox"
              checked={pick.phases.includes(phase)}
              onChange={(event) => onPhase(pick, phase, event.currentTarget.checked)}
            />
            {words.phases[phase]}
          </label>
        ))}
      </fieldset>
      <details>
        <summary>
          {words.template.details}
          <span class="visually-hidden"> {name}</span>
        </summary>
        {field('channels')}
        {field('owner')}
        {field('targetAction')}
      </details>
    </div>
  );
}

/** What a run came to: a sentence to say and, when there is something to do about it, the buttons. */
interface Outcome {
  readonly tone: 'ok' | 'error';
  readonly text: string;
  readonly actions: ComponentChildren | null;
}

function outcomeOf(
  run: Run,
  language: Language,
  on: {
    readonly resume: (plan: TemplatePlan, resume: ResumePoint) => void;
    readonly discard: (plan: TemplatePlan, result: InsertResult) => void;
    readonly show: (ids: readonly string[]) => void;
  },
): Outcome | null {
  const words = panelWords(language);
  const reason = (stop: InsertStop) => (stop.kind === 'failed' ? `${describeBoardError(stop, words)} ` : '');
  // After a rollback (an error) or a discard the user asked for (fine when nothing is left).
  const leftovers = (ids: readonly string[], before: string, tone: Outcome['tone']): Outcome =>
    ids.length === 0
      ? { tone, text: `${before}${words.template.rolledBack}`, actions: null }
      : {
          tone: 'error',
          text: `${before}${words.template.leftovers(ids.length)}`,
          actions: (
            <div class="actions">
              <button type="button" class="secondary" onClick={() => on.show(ids)}>
                {words.score.show}
              </button>
            </div>
          ),
        };
  switch (run.kind) {
    case 'idle':
    case 'running':
    case 'discarding':
      return null;
    case 'discarded':
      return leftovers(run.leftovers, '', 'ok');
    case 'discard-failed':
      return {
        tone: 'error',
        text: describeBoardError(run.failure, words),
        actions: (
          <div class="actions">
            <button type="button" class="secondary" onClick={() => on.discard(run.plan, run.result)}>
              {words.template.discard}
            </button>
          </div>
        ),
      };
    case 'done':
      break;
    default: {
      const unreachable: never = run;
      return unreachable;
    }
  }
  const { result, plan } = run;
  switch (result.kind) {
    case 'inserted':
      return {
        tone: 'ok',
        text: `${words.template.inserted(plan.name)}${result.warnings.length > 0 ? ` ${words.template.finishedWithWarnings}` : ''}`,
        actions: null,
      };
    case 'rolled-back':
      return leftovers(result.leftovers, reason(result.stop), 'error');
    case 'kept':
      return {
        tone: 'error',
        // What is on the board: every item created, also those Cancel caught before they were marked.
        text: `${reason(result.stop)}${words.template.keptPartial(Object.keys(result.resume.started).length, result.total)}`,
        actions: (
          <div class="actions">
            <button type="button" class="primary" onClick={() => on.resume(plan, result.resume)}>
              {words.template.resume}
            </button>
            <button type="button" class="secondary" onClick={() => on.discard(plan, result)}>
              {words.template.discard}
            </button>
          </div>
        ),
      };
    default: {
      const unreachable: never = result;
      return unreachable;
    }
  }
}
