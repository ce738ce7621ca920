// Validating rule options against a rule's declarative schema.
import type { OptionSchema, OptionSpec, OptionsOf } from './types.js';
import { UsageError } from './errors.js';

function checkValue(spec: OptionSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
      if (spec.integer && !Number.isInteger(value)) return 'expected a whole number';
      if (spec.min !== undefined && value < spec.min) return `expected at least ${spec.min}`;
      if (spec.max !== undefined && value > spec.max) return `expected at most ${spec.max}`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'string':
      if (typeof value !== 'string') return 'expected a string';
      if (spec.enum && !spec.enum.includes(value)) return `expected one of ${spec.enum.join(', ')}`;
      return undefined;
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? undefined
        : 'expected a list of strings';
    case 'object':
      return spec.validate(value);
  }
}

/** A value as the user wrote it, in one short line: 1e400 is "Infinity", not JSON's "null". */
export function describeValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value} (not a finite number)`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Fills in defaults and rejects unknown options and bad values with a clear message. */
export function resolveOptions<S extends OptionSchema>(ruleId: string, schema: S, given: unknown): OptionsOf<S> {
  if (given !== undefined && (typeof given !== 'object' || given === null || Array.isArray(given))) {
    throw new UsageError(`Options for rule "${ruleId}" must be an object`);
  }
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) {
    options[name] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  }
  for (const [name, value] of Object.entries((given ?? {}) as Record<string, unknown>)) {
    // Own properties only: "toString", "constructor" or "__proto__" must not reach Object.prototype.
    const spec = Object.hasOwn(schema, name) ? schema[name] : undefined;
    if (!spec) {
      const known = Object.keys(schema);
      throw new UsageError(
        `Unknown option "${name}" for rule "${ruleId}"` + (known.length ? ` (known: ${known.join(', ')})` : ' (it takes none)'),
      );
    }
    const problem = checkValue(spec, value);
    if (problem) throw new UsageError(`Bad value for option "${name}" of rule "${ruleId}": ${problem}, got ${describeValue(value)}`);
    options[name] = value;
  }
  return options as OptionsOf<S>;
}
