// The playground's sticky note editor: text, colour, tags and delete, on the simulated board.
import { useEffect, useRef, useState } from 'preact/hooks';
import { escapeHtml } from '../core/html.ts';
import { STICKY_FILLS } from '../core/model.ts';
import { htmlToText } from '../core/text.ts';
import { type RenderedItem, type SimulatedMiro, STICKY_COLOURS } from '../simulator/index.ts';

/** Edits the selected note; Escape saves the text and closes. */
export function NoteEditor({
  note,
  simulated,
  tagTitles,
  onClose,
}: {
  readonly note: RenderedItem & { type: 'sticky_note' };
  readonly simulated: SimulatedMiro;
  readonly tagTitles: ReadonlyMap<string, string>;
  readonly onClose: () => void;
}) {
  const { control } = simulated;
  const [text, setText] = useState(() => htmlToText(note.content));
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  // Opening the editor puts the keyboard in it, rather than behind every note on the board.
  useEffect(() => textArea.current?.focus(), []);
  const attempt = (edit: () => void) => {
    try {
      edit();
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const saveText = () => {
    if (text === htmlToText(note.content)) return;
    attempt(() => control.update(note.id, { content: `<p>${escapeHtml(text)}</p>` }));
  };
  return (
    <section
      class="note-editor"
      aria-label="Edit sticky note"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        saveText();
        onClose();
      }}
    >
      <h2>Sticky note</h2>
      <label for="note-text">Text</label>
      <textarea
        id="note-text"
        ref={textArea}
        rows={3}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onBlur={saveText}
      />
      <fieldset>
        <legend>Colour</legend>
        <div class="swatches">
          {STICKY_COLOURS.map((colour) => (
            <button
              key={colour}
              type="button"
              class="swatch"
              aria-pressed={note.style.fillColor === colour}
              aria-label={colour.replace('_', ' ')}
              title={colour.replace('_', ' ')}
              style={{ background: STICKY_FILLS[colour] }}
              onClick={() => attempt(() => control.update(note.id, { fillColor: colour }))}
            />
          ))}
        </div>
      </fieldset>
      <p>Tags: {note.tagIds.map((id) => tagTitles.get(id) ?? id).join(', ') || 'none'}</p>
      <label for="note-tag">Add a tag</label>
      <input id="note-tag" type="text" value={tag} onInput={(event) => setTag(event.currentTarget.value)} />
      <div class="row">
        <button
          type="button"
          disabled={tag.trim() === ''}
          onClick={() =>
            attempt(() => {
              control.tagItem(note.id, tag.trim());
              setTag('');
            })
          }
        >
          Add tag
        </button>
        <button
          type="button"
          onClick={() =>
            attempt(() => {
              control.remove(note.id);
              onClose();
            })
          }
        >
          Delete note
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {error && (
        <p role="alert" class="playground-message">
          {error}
        </p>
      )}
    </section>
  );
}
