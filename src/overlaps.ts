// One place, one message: where two rules report the same words, the message that says more is kept.
import type { VFile } from 'vfile';

type Message = VFile['messages'][number];

/** [start, end) offsets of a message, or undefined without a place. */
function span(message: Message): [number, number] | undefined {
  const place = message.place;
  if (!place || !('start' in place)) return undefined;
  const { start, end } = place;
  return start.offset === undefined || end.offset === undefined ? undefined : [start.offset, end.offset];
}

/**
 * A misspelt name ("Rooseelt" beside "Franklin D. Roosevelt") is one defect, which `spelling` and
 * `name-consistency` may both report: the message with a safe fix is kept, else the name rule's, which
 * names the person.
 */
export function dropOverlappingMessages(file: VFile): void {
  const isName = (message: Message) => message.ruleId === 'name-consistency' && message.source === 'copydesk';
  const isSpelling = (message: Message) => message.ruleId === 'spelling' && message.source === 'copydesk';
  const names = file.messages.filter(isName);
  if (names.length === 0) return;
  const spellings = file.messages.filter(isSpelling);
  const overlap = (a: Message, b: Message) => {
    const [x, y] = [span(a), span(b)];
    return x !== undefined && y !== undefined && x[0] < y[1] && y[0] < x[1];
  };
  const hasFix = (message: Message) => file.data.fixes?.has(message) ?? false;
  const dropped = new Set<Message>();
  for (const spelling of spellings) {
    for (const name of names) {
      if (!overlap(spelling, name)) continue;
      dropped.add(hasFix(spelling) && !hasFix(name) ? name : spelling);
    }
  }
  if (dropped.size > 0) file.messages = file.messages.filter((message) => !dropped.has(message));
}
