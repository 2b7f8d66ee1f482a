import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { boardLanguage, noteLanguage } from '../../src/core/note-language.ts';
import { loadStemmers, type Stemmers } from '../../src/core/stemmers.ts';
import { groupThemes, noteStems, tallyThemes } from '../../src/core/themes.ts';
import { frame, idOf, note, shape, tallyOf } from '../fixtures/boards/board-items.ts';

let stemmers: Stemmers;
beforeAll(async () => {
  stemmers = await loadStemmers();
});

const notes = (...texts: string[]) => texts.map((text, index) => ({ id: `n${index + 1}`, text }));
const named = (texts: string[]) => groupThemes(notes(...texts), stemmers).map((t) => [t.theme, t.notes]);

describe('noteLanguage', () => {
  it('reads Cyrillic as Russian, Polish letters or words as Polish, English words as English', () => {
    expect(noteLanguage('Курьер опоздал')).toBe('ru');
    expect(noteLanguage('Dostawa spóźniona')).toBe('pl');
    expect(noteLanguage('Kurier nie przyszedl')).toBe('pl');
    expect(noteLanguage('The courier came late', 'pl')).toBe('en');
  });

  it('reads a note that does not say in the language most of the board says', () => {
    expect(noteLanguage('Uszkodzona paczka', 'pl')).toBe('pl');
    expect(boardLanguage(['Paczka spóźniona', 'Kurier nie dzwoni', 'Uszkodzona paczka'])).toBe('pl');
    expect(boardLanguage(['Slow checkout', 'Uszkodzona paczka'])).toBe('en');
  });

  it('takes letters before words, and on a tie English, then Russian, then Polish', () => {
    expect(noteLanguage('Курьер nie przyszedł')).toBe('ru');
    expect(noteLanguage('The kurier nie came')).toBe('pl');
    expect(boardLanguage(['Курьер опоздал', 'Dostawa spóźniona', 'The courier was late'])).toBe('en');
    expect(boardLanguage(['Курьер опоздал', 'Dostawa spóźniona'])).toBe('ru');
    expect(boardLanguage(['Курьер опоздал', 'Dostawa spóźniona', 'Kurier nie dzwoni'])).toBe('pl');
    expect(boardLanguage([])).toBe('en');
  });
});

describe('noteStems', () => {
  it('stems the inflected forms of one word alike in each language', () => {
    const stems = (text: string) => noteStems(text, stemmers).map((word) => word.stem);
    expect(stems('delivery deliveries')[0]).toBe(stems('delivery deliveries')[1]);
    expect(new Set(stems('доставка доставки доставкой')).size).toBe(1);
    expect(new Set(stems('dostawa dostawy dostawą')).size).toBe(1);
  });

  it('drops stop words and words that only say how the note felt, keeps the written forms', () => {
    expect(noteStems('The delivery was really bad', stemmers).map((word) => word.form)).toEqual(['delivery']);
    expect(noteStems('Очень плохо, что курьер не звонит', stemmers).map((word) => word.form)).toEqual([
      'курьер',
      'звонит',
    ]);
    expect(noteStems('Brak kontaktu z kurierem, bardzo źle', stemmers).map((word) => word.form)).toEqual([
      'kontaktu',
      'kurierem',
    ]);
  });
});

describe('groupThemes', () => {
  it('groups notes sharing a meaningful word and names the theme by its most written forms in their usual order', () => {
    expect(
      named([
        'Delivery was late',
        'Rude courier',
        'Late delivery again',
        'The courier was rude to me',
        'Late delivery, missed a birthday',
        'Parking is far away',
      ]),
    ).toEqual([
      ['late delivery', ['n1', 'n3', 'n5']],
      ['rude courier', ['n2', 'n4']],
    ]);
  });

  it('groups Russian and Polish notes across their word endings', () => {
    expect(named(['Очередь на кассе', 'Длинные очереди', 'Грязно в зале', 'Очередью недоволен'])).toEqual([
      ['очередь', ['n1', 'n2', 'n4']],
    ]);
    expect(
      named(['Uszkodzona paczka', 'Paczka przyszła uszkodzona', 'Kurier nie zadzwonił', 'Uszkodzona paczkę']),
    ).toEqual([['uszkodzona paczka', ['n1', 'n2', 'n4']]]);
  });

  it('keeps each note in one theme at most, and leaves notes sharing nothing out', () => {
    const themes = groupThemes(
      notes('Slow checkout', 'Slow search', 'Checkout failed', 'Search is slow', 'Logo'),
      stemmers,
    );
    const ids = themes.flatMap((theme) => theme.notes);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('n5');
  });

  it('orders themes by number of notes, then by their first note, the same way every time', () => {
    const texts = [
      'Search broken',
      'Checkout broken',
      'Checkout slow',
      'Search slow',
      'Login error',
      'Login loop',
    ];
    const first = named(texts);
    expect(first).toEqual([
      ['search', ['n1', 'n4']],
      ['checkout', ['n2', 'n3']],
      ['login', ['n5', 'n6']],
    ]);
    // Ties of equal size go to the theme whose first note comes first in reading order.
    expect(named(['Login error', 'Login loop', 'Search broken', 'Checkout broken'])).toEqual([
      ['login', ['n1', 'n2']],
      ['broken', ['n3', 'n4']],
    ]);
    expect(named(texts)).toEqual(first);
  });

  it('with a limit, finds the same largest themes as without one, in the same order', () => {
    // The panel shows three themes a row and stops looking after them: it must show what the
    // whole grouping would have put first.
    const words = [
      'late',
      'delivery',
      'rude',
      'courier',
      'slow',
      'checkout',
      'queue',
      'till',
      'app',
      'crash',
    ];
    const text = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
      .map((list) => list.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), fc.integer({ min: 0, max: 6 }), (texts, limit) => {
        const all = groupThemes(notes(...texts), stemmers);
        expect(groupThemes(notes(...texts), stemmers, limit)).toEqual(all.slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('groups a mixed board: each note stemmed in its own language', () => {
    // "Bot" is the same word in English and Polish; Russian "бот" stems apart.
    expect(
      named(['Bot does not understand', 'Бот не понимает', 'Bot nie rozumie pytań', 'Бот завис']),
    ).toEqual([
      ['bot', ['n1', 'n3']],
      ['бот', ['n2', 'n4']],
    ]);
  });
});

describe('tallyThemes', () => {
  it('finds themes per row and sentiment, notes in reading order', () => {
    const before = frame('Before', 0, 0, 2000, 1000);
    const website = shape('Website', 0, 0, 2000, 500);
    const store = shape('Store', 0, 500, 2000, 500);
    const late = note('- Page loads late', 900, 100);
    const early = note('- Slow page', 100, 300);
    const liked = note('+ Nice page', 500, 100);
    const queue = note('- Queue at the till', 100, 600);
    const queue2 = note('- Long queue', 500, 600);
    const tally = tallyOf([before, website, store, late, early, liked, queue, queue2]);
    const themes = tallyThemes(tally, stemmers);
    expect(tally.rows.map((row) => row.touchpoint)).toEqual(['Website', 'Store']);
    expect(themes[0]?.negative).toEqual([{ theme: 'page', notes: [idOf(late), idOf(early)] }]);
    expect(themes[0]?.positive).toEqual([]);
    expect(themes[1]?.negative).toEqual([{ theme: 'queue', notes: [idOf(queue), idOf(queue2)] }]);
  });
});
