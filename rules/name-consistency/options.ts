// The `names` option: preferred spellings, accepted aliases and rejected variants.
import { foldWords, newForm, type NameForm } from './forms.js';
import { nameKey } from './group.js';

export interface NameEntry {
  name: string;
  aliases?: string[];
  variants?: string[];
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');

export function validateNames(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'expected a list of names (strings or {name, aliases, variants})';
  for (const [i, entry] of value.entries()) {
    if (typeof entry === 'string') {
      if (entry.trim() === '') return `entry ${i + 1} is empty`;
      continue;
    }
    if (typeof entry !== 'object' || entry === null) return `entry ${i + 1} must be a string or an object`;
    const { name, aliases, variants, ...rest } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') return `entry ${i + 1} needs a "name"`;
    if (aliases !== undefined && !isStringList(aliases)) return `"aliases" of ${name} must be a list of names`;
    if (variants !== undefined && !isStringList(variants)) return `"variants" of ${name} must be a list of names`;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) return `unknown field "${unknown[0]}" in the entry for ${name}`;
  }
  return undefined;
}

export function normaliseNames(value: unknown): NameEntry[] {
  return (Array.isArray(value) ? value : []).map((entry) => (typeof entry === 'string' ? { name: entry } : (entry as NameEntry)));
}

/** A configured name as a form the grouping can compare with (count 0: it need not occur). */
export function preferredForm(name: string): NameForm {
  const words = name.trim().split(/\s+/);
  const form = newForm(nameKey(name), foldWords(words), words.join(' '), -1);
  form.preferred = true;
  return form;
}
