// npm run inspect -- FILE: print the shared analysis of a document (paragraphs, sentences, tags, names).
import fs from 'node:fs';
import { analyse } from '../src/analysis/index.js';
import { formatFor } from '../src/analysis/format.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run inspect -- FILE');
  process.exit(2);
}
const analysis = analyse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), formatFor(file));
for (const paragraph of analysis.paragraphs) {
  console.log(`\n¶${paragraph.index} [${paragraph.kind}] ${paragraph.start}-${paragraph.end}`);
  for (const sentence of analysis.sentences.slice(paragraph.sentenceStart, paragraph.sentenceEnd)) {
    const tagged = analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((token) => `${token.text}/${token.pos}`);
    console.log(`  S${sentence.index}: ${tagged.join(' ')}`);
  }
}
console.log('\nName mentions:');
for (const mention of analysis.mentions) {
  console.log(`  ${mention.start}-${mention.end} ${mention.title ? `[${mention.title}] ` : ''}${mention.text}${mention.sentenceInitial ? ' (sentence start)' : ''}${mention.possessive ? " ('s)" : ''}`);
}
