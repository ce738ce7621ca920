// caption-in-text: a photo caption or credit fused into running text
// ("... on their way to a meeting Photo: Hu Hung", "... agreed (Photo: VNA) to expand ...").
import type { Analysis } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';

/** A credit with nothing but a space between it and the words before it. */
const FUSED = /(?<=[\p{L}\p{N}])[ \t]+(?:Photos?|Images?|Videos?|Photo credit|Credit|Ảnh)\s*:\s*\p{Lu}[\p{L}.'’-]*(?:[ \t/]+\p{Lu}[\p{L}.'’-]*){0,3}/gu;
/** A parenthesised credit in the middle of a paragraph, with more prose after it. */
const INNER = /\((?:Photos?|Images?|Videos?|Photo credit|Credit|Ảnh)\s*:[^()]{1,60}\)(?=\s*\S)/gu;

export function findCaptionsInText(analysis: Analysis): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  for (const paragraph of analysis.paragraphs) {
    if (paragraph.kind !== 'body' || !paragraph.text.includes(':')) continue;
    for (const pattern of [FUSED, INNER]) {
      for (const match of paragraph.text.matchAll(pattern)) {
        const creditStart = paragraph.start + match.index + match[0].length - match[0].trimStart().length;
        const end = paragraph.start + match.index + match[0].length;
        const sentence = analysis.sentences
          .slice(paragraph.sentenceStart, paragraph.sentenceEnd)
          .find((s) => s.start <= creditStart && creditStart < s.end);
        if (!sentence) continue;
        const fused = pattern === FUSED;
        findings.push({
          start: fused ? sentence.start : creditStart,
          end,
          reason: fused
            ? 'Photo caption and credit run into the text: a caption left in the body'
            : 'Photo credit inside the body text: a caption merged into the paragraph',
          sentence: sentence.index,
          data: { kind: 'caption-in-text' },
        });
      }
    }
  }
  return findings;
}
