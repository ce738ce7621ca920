// Words the Hunspell dictionaries lack but that clean copy uses: general vocabulary, not names or test text.
import { VARIANT_WORDS } from './phrases.js';

/** Current news English: technology, finance, politics, food and culture words in everyday use. */
const NEWS_WORDS = [
  'netizen', 'chatbot', 'cyber', 'cyberattack', 'influencer', 'majeure', 'covid', 'wifi', 'fintech', 'telehealth',
  'metaverse', 'livestream', 'livestreamed', 'livestreaming', 'microblog', 'emoji', 'emojis', 'selfie', 'hashtag',
  'blockchain', 'cryptocurrency', 'cryptocurrencies', 'geopolitics', 'biotech', 'agritech', 'edtech', 'proptech',
  'startup', 'smartphone', 'podcast', 'app', 'online', 'offline', 'ecommerce', 'hotspot', 'rideshare', 'dataset',
  'unvaccinated', 'lockdown', 'telecom', 'telecoms', 'telco', 'crypto', 'vlog', 'vlogger', 'podcaster', 'onboarding',
  'rewilding', 'deepfake', 'greenlit', 'jobseeker', 'upskill', 'upskilling', 'reskilling', 'esports', 'stablecoin',
  'greenwashing', 'hackathon', 'staycation', 'remainer', 'brexiteer', 'chipmaker', 'drugmaker', 'dealmaker',
  'hyperscaler', 'ethereum', 'upvote', 'geolocation', 'biometric', 'cybersecurity', 'biopic', 'superspreader',
  'netizens', 'chatbots', 'cyberattacks', 'influencers', 'livestreams', 'microblogs', 'selfies', 'hashtags',
  'startups', 'smartphones', 'podcasts', 'apps', 'hotspots', 'datasets', 'lockdowns', 'telcos', 'cryptos', 'vlogs',
  'vloggers', 'microplastic', 'microplastics', 'olds', 'ransomware', 'spyware', 'paywall', 'clickbait', 'webinar',
  'vape', 'vaping', 'ramen', 'kimchi', 'sriracha', 'matcha', 'quinoa', 'halloumi', 'shawarma', 'kebab', 'biryani',
  'microbiome', 'genomic', 'genomics', 'mRNA', 'antiviral', 'preprint',
];

/** Software documentation: tools, formats and jargon that READMEs use outside code spans. */
const TECH_WORDS = [
  'json', 'toml', 'webpack', 'esbuild', 'semver', 'changelog', 'changeset', 'repro', 'async', 'runtime', 'namespace',
  'localhost', 'middleware', 'dropdown', 'tooltip', 'toolchain', 'codebase', 'linter', 'readme', 'webhook', 'auth',
  'signup', 'serverless', 'microservice', 'devops', 'boolean', 'enum', 'struct', 'param', 'args', 'stdin', 'stdout',
  'stderr', 'utf', 'cli', 'gui', 'sdk', 'ide', 'bundler', 'transpile', 'transpiler', 'minify', 'minified',
  'polyfill', 'hostname', 'filesystem', 'subfolder', 'subdirectory', 'init', 'tmp', 'sudo', 'cron', 'gzip', 'url',
  'https', 'javascript', 'unicode', 'ascii', 'subcommand', 'preprocessor', 'uptime', 'failover', 'lookups',
  'builtin', 'builtins', 'hardcoded', 'hardcode', 'whitespace', 'iterable', 'stylesheet', 'symlink', 'plugin',
  'regex', 'datastore', 'dotfile', 'dotfiles', 'keybinding', 'keybindings', 'npm', 'npx', 'nodejs', 'typescript',
  'wasm', 'ssd', 'vcpu', 'ux', 'repo', 'monorepo', 'frontend', 'backend', 'config', 'yaml', 'kubectl', 'env', 'prod',
  'dev', 'api', 'http',
  // Very common in package documentation (JavaScript values, builds, version control):
  'getter', 'getters', 'eval', 'schemas', 'glob', 'globs', 'globbing', 'gzipped', 'minifier', 'minification',
  'validator', 'validators', 'nullable', 'nullish', 'truthy', 'falsy', 'falsey', 'untyped', 'unhandled', 'rebase',
  'fallbacks', 'deprecations', 'performant', 'subpath', 'stringify', 'mailto',
];

/** Courts, policing and public administration: the vocabulary of press releases by prosecutors, courts and agencies. */
const PUBLIC_SERVICE_WORDS = [
  'pled', 'amicus', 'lenity', 'pendency', 'petit', 'empaneled', 'empanelled', 'voir', 'nolo', 'contendere', 'habeas',
  'mens', 'rea', 'actus', 'reus', 'recusal', 'exoneree', 'exonerees', 'doxxing', 'sextortion', 'accelerant',
  'accelerants', 'lethality', 'prosecutable', 'detainable', 'telework', 'teleworking', 'timeframe', 'timeframes',
  'weeklong', 'monthlong', 'manmade', 'strategize', 'strategizing', 'strategized', 'combatting', 'appellee',
  'appellees', 'codefendant', 'codefendants', 'centric', 'smishing', 'vishing', 'dashcam', 'dashcams', 'walkthrough', 'walkthroughs',
  'expungement', 'expungements', 'carjackings', 'cyberstalking', 'geofence', 'bodycam', 'bodycams', 'decedent', 'decedents',
];

/** Platforms that page footers and share buttons name in lower case ("facebook", "youtube"). */
const PLATFORM_WORDS = [
  'youtube', 'linkedin', 'tiktok', 'whatsapp', 'pinterest', 'snapchat', 'instagram', 'feedburner', 'vimeo', 'flickr',
  'tumblr', 'reddit', 'spotify', 'threads', 'bluesky', 'mastodon', 'wechat', 'weibo', 'telegram', 'github',
];

export const EXTRA_WORDS: ReadonlySet<string> = new Set([...NEWS_WORDS, ...TECH_WORDS, ...PUBLIC_SERVICE_WORDS, ...PLATFORM_WORDS, ...VARIANT_WORDS].map((word) => word.toLowerCase()));
