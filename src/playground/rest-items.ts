// Board files in the REST API's form (docs/scoring.md form 2, and the items of the file
// `touchpoint-tally fetch` writes) turned into the Web SDK's form the simulator loads, as the panel
// would read the same items on Miro: `position`, `geometry`, `data` and `parent` become `x`, `y`,
// `width`, `height`, `content` or `title` and `parentId`, numbers sent as text become numbers.

type Raw = Record<string, unknown>;

/** The items of any board file the command line reads: an array of items or of REST pages, a REST page, or `{ items, tags }` (tags as items of type tag). */
export function fileItems(json: unknown): unknown[] | null {
  if (Array.isArray(json)) {
    const pages = json.length > 0 && json.every(isPage);
    return pages ? json.flatMap((page) => (page as { data: unknown[] }).data) : json;
  }
  if (isPage(json)) return [...(json as { data: unknown[] }).data];
  if (isObject(json) && Array.isArray(json.items)) {
    // Form 3 may list its tags apart from the items; the board holds them as items of type tag.
    const tags = Array.isArray(json.tags)
      ? json.tags.map((tag) => (isObject(tag) && tag.type === undefined ? { ...tag, type: 'tag' } : tag))
      : [];
    return [...tags, ...json.items];
  }
  return null;
}

/** An item in the Web SDK's form: a REST item converted, any other item as it is; e.g. `{ position: { x: '5' }, data: { content } }` → `{ x: 5, content }`. */
export function sdkItem(item: Raw): Raw {
  if (item.type === 'tag') {
    const { fillColor, ...tag } = item;
    return tag.color === undefined && typeof fillColor === 'string' ? { ...tag, color: fillColor } : item;
  }
  if (!isObject(item.position) && !isObject(item.geometry) && !isObject(item.data)) return item;
  const { position, geometry, data, parent, style, links: _links, ...rest } = item;
  const at = isObject(position) ? position : {};
  const size = isObject(geometry) ? geometry : {};
  const fields = isObject(data) ? data : {};
  const fillColor = isObject(style) ? style.fillColor : undefined;
  const parentId = isObject(parent) && typeof parent.id === 'string' ? parent.id : null;
  return {
    ...rest,
    ...(typeof fields.content === 'string' ? { content: fields.content } : {}),
    ...(typeof fields.title === 'string' ? { title: fields.title } : {}),
    ...(typeof fields.shape === 'string' ? { shape: fields.shape } : {}),
    x: numberOf(at.x),
    y: numberOf(at.y),
    ...(size.width === undefined ? {} : { width: numberOf(size.width) }),
    // Miro keeps a sticky note's aspect and a text's height follows its content: only the width counts.
    ...(size.height === undefined || item.type === 'sticky_note' || item.type === 'text'
      ? {}
      : { height: numberOf(size.height) }),
    ...(typeof fillColor === 'string' ? { style: { fillColor } } : {}),
    parentId,
    ...(parentId && typeof at.relativeTo === 'string' ? { relativeTo: at.relativeTo } : {}),
  };
}

function numberOf(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
}

function isPage(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.data);
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
