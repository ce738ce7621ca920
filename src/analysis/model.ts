// wink-nlp's English model (wink-eng-lite-web-model, MIT), with its core made ready as the package's
// loader makes it (read-core-model.js, load-core-model.js of version 1.8.x) save for two costs of every
// start: the package first copies its 3 MB of parsed JSON through JSON.stringify and JSON.parse (about
// 65 ms of CPU), and decodes the base64 lexicon one character at a time (about 18 ms). The first core
// made here takes the parsed JSON itself and changes it in place (as the package changes its copy, and
// wink-nlp's cache then appends a document's new words to its lists); any later one reads the file again.
// That parsed JSON is the package's own, so in a process using this loader the package's `core` must not be.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import packageModel from 'wink-eng-lite-web-model';

const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
/** The package's parsed JSON: the same object its loader requires (the bundle turns this call into its own require). */
const parsedCore: unknown = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');

/** The parts of the core JSON this loader reads (the rest is passed through as it is). */
interface CoreJson {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}


function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** The core of the process's wink-nlp instance, once made. */
let made: CoreJson | undefined;
/** The lexemes up to here are the model's own or forgotten already. */
let forgottenUpTo = 0;

/**
 * Makes wink-nlp's cache forget the new words of the documents read so far. It keeps them, and a word
 * with a stop inside ("U.S" of "the U.S government") changes how a later document is split ("U.S.
 * time." becomes "U.S." and "time."): a document's findings would depend on the files linted before it.
 * A word no longer found is added again, at the end of the lists, as the cache adds any new word.
 */
export function forgetEarlierWords(): void {
  const lexeme = made?.features.lexeme;
  if (!lexeme?.hash) return;
  const list = lexeme.list as string[];
  for (let k = Math.max(forgottenUpTo, lexeme.intrinsicSize ?? list.length); k < list.length; k++) {
    if (lexeme.hash[list[k]!] === k) delete lexeme.hash[list[k]!];
  }
  forgottenUpTo = list.length;
}

/** read-core-model.js and load-core-model.js in one. */
function core(): CoreJson {
  made = makeCore();
  forgottenUpTo = 0;
  return made;
}

function makeCore(): CoreJson {
  // Taken already (its lexicon decoded), by this module or another copy of it in the process: read afresh.
  const taken = typeof (parsedCore as CoreJson).lexicon !== 'string';
  const model: CoreJson = taken ? JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve(CORE_JSON), 'utf8')) : (parsedCore as CoreJson);
  const { packing, features, pos } = model;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  for (const name in packing.layout) {
    if (packing.layout[name]![3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    const list = features[name]!.list as string[];
    for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
    features[name]!.hash = hash;
  }
  const lexemes: Record<string, number> = Object.create(null);
  const lexemeList = features.lexeme!.list as string[];
  for (let k = 0; k < lexemeList.length; k++) lexemes[lexemeList[k]!] = k;
  features.lexeme!.hash = lexemes;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    if (layout[3] === 0) {
      const feature = features[name]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/** The package's model with this core loader: the same object wink-nlp expects (sbd, pos and the rest as shipped). */
export const englishModel: typeof packageModel = Object.assign(Object.create(null), packageModel, { core });
