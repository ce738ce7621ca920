// The nlcst tree of a document, for retext plugins (see README, "Retext plugins").
export { buildTree } from './build.js';
export { treeText } from './to-string.js';
