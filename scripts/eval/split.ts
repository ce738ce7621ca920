// The fixed development / held-out split of the history corpus. Develop on dev; only measure on held-out.

/** A document is held out when the number its file name starts with is divisible by 3 (003, 006, ...). */
export function heldOut(name: string): boolean {
  const number = /^(\d+)/.exec(name.replace(/^.*\//, ''));
  return number !== null && Number(number[1]) % 3 === 0;
}
