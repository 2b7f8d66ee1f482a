// Reading note text on hostile input. Goal (issue 12): htmlToText on 1 MB of unclosed markup
// (`<a "` repeated, and other shapes that could restart a scan) in under 100 ms, i.e. linear in
// the note; and the time for 50,000 Miro-shaped notes, the everyday case. Prints the median of a
// few runs; asserts only what the text reads as.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/core/text.ts';

const RUNS = 5;
const MEGABYTE = 1024 * 1024;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timed(run: () => void): number {
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

const megabyteOf = (piece: string): string => piece.repeat(Math.ceil(MEGABYTE / piece.length));

describe('htmlToText', () => {
  it.each([
    ['unclosed tags with a quote', '<a "', (html: string) => html],
    ['unclosed quoted values', "<a x='", (html: string) => html],
    ['unclosed comments', '<!--', () => ''],
    ['comment dashes never closed', '<!---- -', () => ''],
    ['unclosed declarations', '<!x', (html: string) => html],
    [
      'references without a semicolon',
      '&amp&#39&notin',
      (html: string) => html.replaceAll('&amp&#39&notin', "&'¬in"),
    ],
    [
      'closed tags with quotes',
      '<p title=it\'s data-x="a>b">x</p>',
      (html: string) =>
        Array(html.length / `<p title=it's data-x="a>b">x</p>`.length)
          .fill('x')
          .join(' '),
    ],
  ])('1 MB of %s', (label, piece, expected) => {
    const html = megabyteOf(piece);
    const text = htmlToText(html);
    expect(text).toBe(expected(html));
    const ms = timed(() => htmlToText(html));
    console.log(`htmlToText on 1 MB of ${label} (${JSON.stringify(piece)} repeated): ${ms.toFixed(1)} ms`);
  });

  it('reads 50,000 Miro-shaped notes', () => {
    const notes = Array.from(
      { length: 50_000 },
      (_, index) =>
        `<p>${index % 3 === 0 ? '(+)' : '(−)'} Fast&nbsp;&amp; <strong>friendly</strong> caf&eacute;</p><p>note ${index}</p>`,
    );
    expect(htmlToText(notes[0] as string)).toBe('(+) Fast & friendly café note 0');
    const ms = timed(() => {
      for (const note of notes) htmlToText(note);
    });
    console.log(`htmlToText on 50,000 Miro-shaped notes: ${ms.toFixed(1)} ms`);
  });
});
