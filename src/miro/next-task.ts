// Long work on the panel's page (scoring a large board, grouping its themes) is done in steps,
// and between two steps the page paints and answers input.

/**
 * A fresh task, after the ones waiting (input, painting); unlike a timer it is not slowed down
 * when nested, nor held back by a test's fake timers. E.g. `for (const part of parts) { work(part); await nextTask(); }`.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
