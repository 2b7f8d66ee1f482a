// Every word the panel shows, in each language the app speaks. The `PanelWords` type makes a
// missing translation a compile error.
import type {
  Phase,
  Sentiment,
  SentimentSignal,
  StickyColour,
  TouchpointType,
  UnassignedReason,
} from '../core/model.ts';
import type { Language, PluralForms } from './language.ts';

/** The panel's words in one language. */
export interface PanelWords {
  readonly appName: string;
  readonly language: string;
  readonly steps: { readonly template: string; readonly score: string; readonly export: string };
  readonly phases: Readonly<Record<Phase, string>>;
  readonly sentiments: Readonly<Record<Sentiment, string>>;
  readonly touchpointTypes: Readonly<Record<TouchpointType, string>>;
  /** Miro's sticky note colours by their SDK names, for the colour map. */
  readonly stickyColours: Readonly<Record<StickyColour, string>>;
  readonly reasons: Readonly<Record<UnassignedReason, string>>;
  readonly reasonHelp: Readonly<Record<UnassignedReason, string>>;
  readonly notes: PluralForms;
  readonly items: PluralForms;
  readonly frames: PluralForms;
  readonly touchpoints: PluralForms;
  readonly template: {
    readonly intro: string;
    readonly mapName: string;
    readonly mapNamePlaceholder: string;
    readonly defaultMapName: string;
    readonly labelsLanguage: string;
    readonly catalogue: string;
    readonly phasesOf: (touchpoint: string) => string;
    readonly custom: string;
    readonly customName: string;
    readonly customType: string;
    readonly customAdd: string;
    readonly details: string;
    readonly channels: string;
    readonly owner: string;
    readonly targetAction: string;
    readonly remove: string;
    readonly preview: (frames: string, items: string, width: number, height: number) => string;
    readonly insert: string;
    readonly inserting: string;
    readonly cancel: string;
    readonly inserted: (map: string) => string;
    readonly rolledBack: string;
    readonly keptPartial: (created: string) => string;
    readonly onFailure: string;
    readonly onFailureRollback: string;
    readonly onFailureKeep: string;
    readonly resume: string;
    readonly discard: string;
    readonly discarding: string;
    readonly leftovers: (items: string) => string;
    readonly finishedWithWarnings: string;
  };
  readonly score: {
    readonly intro: string;
    readonly score: string;
    readonly rescore: string;
    readonly scoring: string;
    readonly live: string;
    readonly read: (notes: string) => string;
    readonly counted: (counted: string) => string;
    readonly totals: string;
    readonly weakest: string;
    readonly weakestRule: string;
    readonly rows: string;
    readonly touchpoint: string;
    readonly net: string;
    readonly unassigned: string;
    readonly conflicts: string;
    readonly conflictText: (decidedBy: string, other: string) => string;
    readonly show: string;
    readonly noNotes: string;
    readonly signals: Readonly<Record<SentimentSignal, string>>;
    readonly noMap: string;
    readonly save: string;
    readonly saved: (when: string) => string;
    readonly sinceLast: string;
    readonly noChange: string;
    readonly rowKinds: { readonly new: string; readonly vanished: string };
    readonly shownOnBoard: (rows: number) => string;
    readonly summaryOnBoard: string;
    readonly clearedFromBoard: (items: number) => string;
    readonly showOnBoard: string;
    readonly clearBoard: string;
    readonly colours: string;
    readonly assumptions: string;
  };
  readonly export: {
    readonly intro: string;
    readonly table: string;
    readonly summary: string;
    readonly notesTable: string;
    readonly delimiter: string;
    readonly comma: string;
    readonly semicolon: string;
    readonly tab: string;
    readonly bom: string;
    readonly download: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly needScore: string;
    readonly fileName: (name: string) => string;
  };
  readonly errors: {
    readonly rateLimited: string;
    readonly deleted: string;
    readonly failed: string;
    readonly nothingToScore: string;
    readonly newerTemplate: string;
    readonly historyTooLarge: string;
    readonly historyNewer: string;
    readonly loadFailed: string;
    readonly retry: string;
  };
}

const en: PanelWords = {
  appName: 'Touchpoint Tally',
  language: 'Language',
  steps: { template: '1. Insert template', score: '2. Score', export: '3. Export' },
  phases: { before: 'Before purchase', during: 'During purchase', after: 'After purchase' },
  sentiments: { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' },
  touchpointTypes: { physical: 'Physical', digital: 'Digital', human: 'Human' },
  stickyColours: {
    gray: 'Gray',
    light_yellow: 'Light yellow',
    yellow: 'Yellow',
    orange: 'Orange',
    light_green: 'Light green',
    green: 'Green',
    dark_green: 'Dark green',
    cyan: 'Cyan',
    light_pink: 'Light pink',
    pink: 'Pink',
    violet: 'Violet',
    red: 'Red',
    light_blue: 'Light blue',
    blue: 'Blue',
    dark_blue: 'Dark blue',
    black: 'Black',
  },
  reasons: {
    empty: 'Empty',
    'no-phase': 'Outside every phase',
    ambiguous: 'Ambiguous',
    'no-touchpoint': 'No touchpoint',
    'no-sentiment': 'No sentiment',
  },
  reasonHelp: {
    empty: 'The note has no text: write something or delete it.',
    'no-phase': 'Move the note into a phase frame (before, during or after purchase).',
    ambiguous: 'The note lies where two phases or touchpoints overlap: move it into one.',
    'no-touchpoint': 'Move the note into a touchpoint row.',
    'no-sentiment':
      'Put it in a Positive, Neutral or Negative zone, tag it, start it with + or −, or colour it.',
  },
  notes: { one: 'note', other: 'notes' },
  items: { one: 'item', other: 'items' },
  frames: { one: 'frame', other: 'frames' },
  touchpoints: { one: 'touchpoint', other: 'touchpoints' },
  template: {
    intro: 'Choose touchpoints and the phases where they occur; the app draws the map for your workshop.',
    mapName: 'Map name (persona or path)',
    mapNamePlaceholder: 'e.g. First-time buyer',
    defaultMapName: 'Customer journey',
    labelsLanguage: 'Language of the labels',
    catalogue: 'Touchpoints',
    phasesOf: (touchpoint) => `Phases of ${touchpoint}`,
    custom: 'Your own touchpoint',
    customName: 'Name',
    customType: 'Type',
    customAdd: 'Add',
    details: 'Details',
    channels: 'Channels',
    owner: 'Owner',
    targetAction: 'Target action',
    remove: 'Remove',
    preview: (frames, items, width, height) =>
      `Creates ${frames} and ${items}, ${width} × ${height} on the board.`,
    insert: 'Insert template',
    inserting: 'Inserting…',
    cancel: 'Cancel',
    inserted: (map) => `“${map}” is on the board.`,
    rolledBack: 'Nothing was left on the board: everything created so far was removed.',
    keptPartial: (created) => `The template is incomplete: ${created} were kept. Resume, or discard them.`,
    onFailure: 'If it fails',
    onFailureRollback: 'Remove what was created',
    onFailureKeep: 'Keep it and offer to resume',
    resume: 'Resume',
    discard: 'Discard',
    discarding: 'Removing the incomplete template…',
    leftovers: (items) => `${items} could not be removed from the board: show them and delete them by hand.`,
    finishedWithWarnings:
      'It could not be sent behind the notes or zoomed to: use Send to back in Miro if notes hide under it.',
  },
  score: {
    intro:
      'Reads the sticky notes and counts positive, neutral and negative aspects per touchpoint and phase.',
    score: 'Score board',
    rescore: 'Score again',
    scoring: 'Scoring…',
    live: 'Live: score again when the board changes',
    read: (notes) => `${notes} read`,
    counted: (counted) => `${counted} counted`,
    totals: 'Per phase',
    weakest: 'Weakest links',
    weakestRule: 'Most negative notes first, then the highest share of negatives, then the lowest net score.',
    rows: 'All touchpoints',
    touchpoint: 'Touchpoint',
    net: 'Net',
    unassigned: 'Not counted',
    conflicts: 'Conflicting signals',
    conflictText: (decidedBy, other) => `counted by ${decidedBy}, but ${other} says otherwise`,
    show: 'Show',
    noNotes: 'No sticky notes on this board yet.',
    signals: { zone: 'zone', tag: 'tag', marker: 'marker', colour: 'colour' },
    noMap: 'Board',
    save: 'Save this result',
    saved: (when) => `Saved ${when}`,
    sinceLast: 'Since the last saved result',
    noChange: 'No touchpoint changed its net score.',
    rowKinds: { new: 'new', vanished: 'no notes now' },
    shownOnBoard: (rows) => `Badges on ${rows} touchpoint rows.`,
    summaryOnBoard: 'The summary is on the board beside the map.',
    clearedFromBoard: (items) => `Removed ${items} result items from the board.`,
    showOnBoard: 'Show on board',
    clearBoard: 'Clear from board',
    colours: 'Colours',
    assumptions: 'How this board was read',
  },
  export: {
    intro: 'The tally and the notes behind it as CSV for Excel, Google Sheets or LibreOffice.',
    table: 'Table',
    summary: 'Summary per touchpoint',
    notesTable: 'Every note',
    delimiter: 'Separator',
    comma: 'Comma (,)',
    semicolon: 'Semicolon (;) for Excel in many European locales',
    tab: 'Tab',
    bom: 'Mark the file as UTF-8 (for Excel)',
    download: 'Download CSV',
    copy: 'Copy to clipboard',
    copied: 'Copied: paste it into a spreadsheet.',
    copyFailed: 'The browser refused the clipboard: select the text below and copy it.',
    needScore: 'Score the board first.',
    fileName: (name) => `File: ${name}`,
  },
  errors: {
    historyTooLarge: 'This scoring is too large to save on the board.',
    loadFailed: 'This part of the app could not be loaded: check the connection.',
    retry: 'Try again',
    historyNewer: 'A newer version of the app saved results on this board: update the app to save.',
    rateLimited: 'Miro is limiting how fast the app may work. Wait a minute and try again.',
    deleted: 'An item was deleted while the app worked on it. Score again.',
    failed: 'The board did not answer. Try again in a moment.',
    nothingToScore: 'There are no sticky notes to score: add notes to the map, then score.',
    newerTemplate:
      'Some template parts were made by a newer version of the app; they are read by their labels.',
  },
};

const ru: PanelWords = {
  appName: 'Touchpoint Tally',
  language: 'Язык',
  steps: { template: '1. Шаблон', score: '2. Подсчёт', export: '3. Экспорт' },
  phases: { before: 'До покупки', during: 'Во время покупки', after: 'После покупки' },
  sentiments: { positive: 'Позитивные', neutral: 'Нейтральные', negative: 'Негативные' },
  touchpointTypes: { physical: 'Физические', digital: 'Цифровые', human: 'Человеческие' },
  stickyColours: {
    gray: 'Серый',
    light_yellow: 'Светло-жёлтый',
    yellow: 'Жёлтый',
    orange: 'Оранжевый',
    light_green: 'Светло-зелёный',
    green: 'Зелёный',
    dark_green: 'Тёмно-зелёный',
    cyan: 'Бирюзовый',
    light_pink: 'Светло-розовый',
    pink: 'Розовый',
    violet: 'Фиолетовый',
    red: 'Красный',
    light_blue: 'Светло-голубой',
    blue: 'Голубой',
    dark_blue: 'Синий',
    black: 'Чёрный',
  },
  reasons: {
    empty: 'Пустые',
    'no-phase': 'Вне этапов',
    ambiguous: 'Неоднозначные',
    'no-touchpoint': 'Без точки контакта',
    'no-sentiment': 'Без оценки',
  },
  reasonHelp: {
    empty: 'На стикере нет текста: допишите его или удалите.',
    'no-phase': 'Перенесите стикер в рамку этапа (до, во время или после покупки).',
    ambiguous: 'Стикер лежит там, где пересекаются два этапа или две точки контакта: перенесите его в одну.',
    'no-touchpoint': 'Перенесите стикер в строку точки контакта.',
    'no-sentiment':
      'Положите его в зону «Позитивные», «Нейтральные» или «Негативные», добавьте тег, начните текст с + или − или смените цвет.',
  },
  notes: { one: 'стикер', few: 'стикера', many: 'стикеров', other: 'стикера' },
  items: { one: 'элемент', few: 'элемента', many: 'элементов', other: 'элемента' },
  frames: { one: 'рамка', few: 'рамки', many: 'рамок', other: 'рамки' },
  touchpoints: {
    one: 'точка контакта',
    few: 'точки контакта',
    many: 'точек контакта',
    other: 'точки контакта',
  },
  template: {
    intro:
      'Выберите точки контакта и этапы, на которых они встречаются; приложение нарисует карту для воркшопа.',
    mapName: 'Название карты (персона или путь)',
    mapNamePlaceholder: 'например, Новый покупатель',
    defaultMapName: 'Путь клиента',
    labelsLanguage: 'Язык подписей',
    catalogue: 'Точки контакта',
    phasesOf: (touchpoint) => `Этапы: ${touchpoint}`,
    custom: 'Своя точка контакта',
    customName: 'Название',
    customType: 'Тип',
    customAdd: 'Добавить',
    details: 'Подробности',
    channels: 'Каналы',
    owner: 'Ответственный',
    targetAction: 'Целевое действие',
    remove: 'Убрать',
    preview: (frames, items, width, height) =>
      `Будет создано: ${frames} и ${items}, ${width} × ${height} на доске.`,
    insert: 'Вставить шаблон',
    inserting: 'Вставка…',
    cancel: 'Отмена',
    inserted: (map) => `«${map}» на доске.`,
    rolledBack: 'На доске ничего не осталось: всё созданное удалено.',
    keptPartial: (created) => `Шаблон не завершён: оставлено ${created}. Продолжите или удалите их.`,
    onFailure: 'Если не получится',
    onFailureRollback: 'Удалить созданное',
    onFailureKeep: 'Оставить и предложить продолжить',
    resume: 'Продолжить',
    discard: 'Удалить',
    discarding: 'Удаление незавершённого шаблона…',
    leftovers: (items) => `Не удалось убрать с доски: ${items}. Покажите их и удалите вручную.`,
    finishedWithWarnings:
      'Его не удалось отправить на задний план или показать: при необходимости выберите в Miro «На задний план».',
  },
  score: {
    intro:
      'Читает стикеры и считает позитивные, нейтральные и негативные аспекты по точкам контакта и этапам.',
    score: 'Подсчитать',
    rescore: 'Подсчитать снова',
    scoring: 'Подсчёт…',
    live: 'Вживую: пересчитывать при изменениях на доске',
    read: (notes) => `Прочитано: ${notes}`,
    counted: (counted) => `учтено: ${counted}`,
    totals: 'По этапам',
    weakest: 'Слабые звенья',
    weakestRule: 'Сначала больше негативных стикеров, затем выше доля негатива, затем ниже итог.',
    rows: 'Все точки контакта',
    touchpoint: 'Точка контакта',
    net: 'Итог',
    unassigned: 'Не учтены',
    conflicts: 'Противоречивые признаки',
    conflictText: (decidedBy, other) => `учтён по признаку «${decidedBy}», но «${other}» говорит иное`,
    show: 'Показать',
    noNotes: 'На этой доске пока нет стикеров.',
    signals: { zone: 'зона', tag: 'тег', marker: 'знак', colour: 'цвет' },
    noMap: 'Доска',
    save: 'Сохранить результат',
    saved: (when) => `Сохранено ${when}`,
    sinceLast: 'С последнего сохранённого результата',
    noChange: 'Итог ни одной точки контакта не изменился.',
    rowKinds: { new: 'новая', vanished: 'теперь без стикеров' },
    shownOnBoard: (rows) => `Значки на строках точек контакта: ${rows}.`,
    summaryOnBoard: 'Сводка размещена на доске рядом с картой.',
    clearedFromBoard: (items) => `С доски убрано элементов результата: ${items}.`,
    showOnBoard: 'Показать на доске',
    clearBoard: 'Убрать с доски',
    colours: 'Цвета',
    assumptions: 'Как прочитана доска',
  },
  export: {
    intro: 'Подсчёт и стикеры за ним в CSV для Excel, Google Таблиц или LibreOffice.',
    table: 'Таблица',
    summary: 'Итоги по точкам контакта',
    notesTable: 'Все стикеры',
    delimiter: 'Разделитель',
    comma: 'Запятая (,)',
    semicolon: 'Точка с запятой (;) для Excel с русскими настройками',
    tab: 'Табуляция',
    bom: 'Пометить файл как UTF-8 (для Excel)',
    download: 'Скачать CSV',
    copy: 'Копировать',
    copied: 'Скопировано: вставьте в таблицу.',
    copyFailed: 'Браузер не дал доступ к буферу обмена: выделите текст ниже и скопируйте его.',
    needScore: 'Сначала подсчитайте доску.',
    fileName: (name) => `Файл: ${name}`,
  },
  errors: {
    historyTooLarge: 'Этот подсчёт слишком велик, чтобы сохранить его на доске.',
    loadFailed: 'Эту часть приложения не удалось загрузить: проверьте соединение.',
    retry: 'Повторить',
    historyNewer: 'Более новая версия приложения сохранила результаты на этой доске: обновите приложение.',
    rateLimited: 'Miro ограничивает скорость работы приложения. Подождите минуту и попробуйте снова.',
    deleted: 'Элемент удалили, пока приложение с ним работало. Подсчитайте снова.',
    failed: 'Доска не ответила. Попробуйте снова через минуту.',
    nothingToScore: 'Нет стикеров для подсчёта: добавьте стикеры на карту и подсчитайте.',
    newerTemplate: 'Часть шаблона создана более новой версией приложения; она прочитана по подписям.',
  },
};

const pl: PanelWords = {
  appName: 'Touchpoint Tally',
  language: 'Język',
  steps: { template: '1. Szablon', score: '2. Liczenie', export: '3. Eksport' },
  phases: { before: 'Przed zakupem', during: 'W trakcie zakupu', after: 'Po zakupie' },
  sentiments: { positive: 'Pozytywne', neutral: 'Neutralne', negative: 'Negatywne' },
  touchpointTypes: { physical: 'Fizyczne', digital: 'Cyfrowe', human: 'Ludzkie' },
  stickyColours: {
    gray: 'Szary',
    light_yellow: 'Jasnożółty',
    yellow: 'Żółty',
    orange: 'Pomarańczowy',
    light_green: 'Jasnozielony',
    green: 'Zielony',
    dark_green: 'Ciemnozielony',
    cyan: 'Turkusowy',
    light_pink: 'Jasnoróżowy',
    pink: 'Różowy',
    violet: 'Fioletowy',
    red: 'Czerwony',
    light_blue: 'Jasnoniebieski',
    blue: 'Niebieski',
    dark_blue: 'Ciemnoniebieski',
    black: 'Czarny',
  },
  reasons: {
    empty: 'Puste',
    'no-phase': 'Poza etapami',
    ambiguous: 'Niejednoznaczne',
    'no-touchpoint': 'Bez punktu styku',
    'no-sentiment': 'Bez oceny',
  },
  reasonHelp: {
    empty: 'Karteczka nie ma tekstu: dopisz go albo ją usuń.',
    'no-phase': 'Przenieś karteczkę do ramki etapu (przed, w trakcie lub po zakupie).',
    ambiguous:
      'Karteczka leży tam, gdzie nakładają się dwa etapy lub dwa punkty styku: przenieś ją do jednego.',
    'no-touchpoint': 'Przenieś karteczkę do wiersza punktu styku.',
    'no-sentiment':
      'Połóż ją w strefie Pozytywne, Neutralne lub Negatywne, dodaj tag, zacznij tekst od + lub − albo zmień kolor.',
  },
  notes: { one: 'karteczka', few: 'karteczki', many: 'karteczek', other: 'karteczki' },
  items: { one: 'element', few: 'elementy', many: 'elementów', other: 'elementu' },
  frames: { one: 'ramka', few: 'ramki', many: 'ramek', other: 'ramki' },
  touchpoints: { one: 'punkt styku', few: 'punkty styku', many: 'punktów styku', other: 'punktu styku' },
  template: {
    intro: 'Wybierz punkty styku i etapy, na których występują; aplikacja narysuje mapę na warsztat.',
    mapName: 'Nazwa mapy (persona lub ścieżka)',
    mapNamePlaceholder: 'np. Nowy klient',
    defaultMapName: 'Ścieżka klienta',
    labelsLanguage: 'Język etykiet',
    catalogue: 'Punkty styku',
    phasesOf: (touchpoint) => `Etapy: ${touchpoint}`,
    custom: 'Własny punkt styku',
    customName: 'Nazwa',
    customType: 'Typ',
    customAdd: 'Dodaj',
    details: 'Szczegóły',
    channels: 'Kanały',
    owner: 'Właściciel',
    targetAction: 'Działanie docelowe',
    remove: 'Usuń',
    preview: (frames, items, width, height) =>
      `Powstanie: ${frames} i ${items}, ${width} × ${height} na tablicy.`,
    insert: 'Wstaw szablon',
    inserting: 'Wstawianie…',
    cancel: 'Anuluj',
    inserted: (map) => `„${map}” jest na tablicy.`,
    rolledBack: 'Na tablicy nic nie zostało: wszystko, co powstało, usunięto.',
    keptPartial: (created) => `Szablon jest niepełny: zostawiono ${created}. Wznów albo je usuń.`,
    onFailure: 'Gdy się nie uda',
    onFailureRollback: 'Usuń to, co powstało',
    onFailureKeep: 'Zostaw i zaproponuj wznowienie',
    resume: 'Wznów',
    discard: 'Usuń',
    discarding: 'Usuwanie niepełnego szablonu…',
    leftovers: (items) => `Nie udało się usunąć z tablicy: ${items}. Pokaż je i usuń ręcznie.`,
    finishedWithWarnings:
      'Nie udało się go przenieść na spód ani pokazać: w razie potrzeby użyj w Miro „Przenieś na spód”.',
  },
  score: {
    intro: 'Czyta karteczki i liczy pozytywne, neutralne i negatywne aspekty według punktów styku i etapów.',
    score: 'Policz',
    rescore: 'Policz ponownie',
    scoring: 'Liczenie…',
    live: 'Na żywo: licz ponownie po zmianach na tablicy',
    read: (notes) => `Przeczytano: ${notes}`,
    counted: (counted) => `policzono: ${counted}`,
    totals: 'Według etapów',
    weakest: 'Najsłabsze ogniwa',
    weakestRule:
      'Najpierw najwięcej negatywnych karteczek, potem największy ich udział, potem najniższy bilans.',
    rows: 'Wszystkie punkty styku',
    touchpoint: 'Punkt styku',
    net: 'Bilans',
    unassigned: 'Niepoliczone',
    conflicts: 'Sprzeczne sygnały',
    conflictText: (decidedBy, other) => `policzona według: ${decidedBy}, ale ${other} mówi co innego`,
    show: 'Pokaż',
    noNotes: 'Na tej tablicy nie ma jeszcze karteczek.',
    signals: { zone: 'strefa', tag: 'tag', marker: 'znak', colour: 'kolor' },
    noMap: 'Tablica',
    save: 'Zapisz wynik',
    saved: (when) => `Zapisano ${when}`,
    sinceLast: 'Od ostatniego zapisanego wyniku',
    noChange: 'Bilans żadnego punktu styku się nie zmienił.',
    rowKinds: { new: 'nowy', vanished: 'teraz bez karteczek' },
    shownOnBoard: (rows) => `Plakietki na wierszach punktów styku: ${rows}.`,
    summaryOnBoard: 'Podsumowanie jest na tablicy obok mapy.',
    clearedFromBoard: (items) => `Usunięto z tablicy elementy wyniku: ${items}.`,
    showOnBoard: 'Pokaż na tablicy',
    clearBoard: 'Usuń z tablicy',
    colours: 'Kolory',
    assumptions: 'Jak odczytano tablicę',
  },
  export: {
    intro: 'Wynik i karteczki za nim jako CSV dla Excela, Arkuszy Google lub LibreOffice.',
    table: 'Tabela',
    summary: 'Podsumowanie według punktów styku',
    notesTable: 'Wszystkie karteczki',
    delimiter: 'Separator',
    comma: 'Przecinek (,)',
    semicolon: 'Średnik (;) dla Excela z polskimi ustawieniami',
    tab: 'Tabulator',
    bom: 'Oznacz plik jako UTF-8 (dla Excela)',
    download: 'Pobierz CSV',
    copy: 'Kopiuj do schowka',
    copied: 'Skopiowano: wklej do arkusza.',
    copyFailed: 'Przeglądarka nie pozwoliła użyć schowka: zaznacz tekst poniżej i skopiuj go.',
    needScore: 'Najpierw policz tablicę.',
    fileName: (name) => `Plik: ${name}`,
  },
  errors: {
    historyTooLarge: 'Ten wynik jest za duży, by zapisać go na tablicy.',
    loadFailed: 'Nie udało się wczytać tej części aplikacji: sprawdź połączenie.',
    retry: 'Spróbuj ponownie',
    historyNewer: 'Nowsza wersja aplikacji zapisała wyniki na tej tablicy: zaktualizuj aplikację.',
    rateLimited: 'Miro ogranicza tempo pracy aplikacji. Poczekaj minutę i spróbuj ponownie.',
    deleted: 'Element został usunięty, gdy aplikacja na nim pracowała. Policz ponownie.',
    failed: 'Tablica nie odpowiedziała. Spróbuj ponownie za chwilę.',
    nothingToScore: 'Nie ma karteczek do policzenia: dodaj karteczki do mapy i policz.',
    newerTemplate: 'Część szablonu utworzyła nowsza wersja aplikacji; odczytano ją po etykietach.',
  },
};

/** The panel's words for each language. */
export const PANEL_WORDS: Readonly<Record<Language, PanelWords>> = { en, ru, pl };
