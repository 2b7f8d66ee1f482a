// A chosen touchpoint's phases and its details (channels, owner, target action).
import type { Language, Phase } from '../core/model.ts';
import { PHASES } from '../core/model.ts';
import type { TouchpointPick } from '../core/touchpoint-picks.ts';
import { panelWords } from '../i18n/panel-words.ts';

/** The phase boxes and the folded details of one pick. */
export function PickDetails({
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
