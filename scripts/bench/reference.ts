// The reference point: plain retext-spell with dictionary-en (suggestions on, as it ships), in its own process.
//   reference.js --file FILE --bytes N    (the first N bytes of FILE, cut at a paragraph)
import fs from 'node:fs';
import dictionary from 'dictionary-en';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextSpell from 'retext-spell';
import { countWords } from '../eval/lint.js';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const full = fs.readFileSync(option('--file')!, 'utf8');
const limit = Number(option('--bytes') ?? full.length);
const cut = full.lastIndexOf('\n\n', limit);
const text = full.length <= limit ? full : full.slice(0, cut > 0 ? cut : limit);
const started = performance.now();
const processor = retext().use(retextEnglish).use(retextSpell, { dictionary });
processor.processSync('A warm up.');
const loadSeconds = (performance.now() - started) / 1000;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const file = processor.processSync(text);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const words = countWords(text);
console.log(
  JSON.stringify({ bytes: Buffer.byteLength(text), words, loadSeconds, seconds, cpuSeconds, wordsPerSecond: words / cpuSeconds, wallWordsPerSecond: words / seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, findings: { 'retext-spell': file.messages.length } }),
);
