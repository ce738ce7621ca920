// Common words of current news English that the Hunspell dictionaries lack (general vocabulary, not names).
export const EXTRA_WORDS: ReadonlySet<string> = new Set(
  [
    'netizen', 'netizens', 'chatbot', 'chatbots', 'cyber', 'cyberattack', 'cyberattacks', 'influencer', 'influencers',
    'majeure', 'covid', 'wifi', 'fintech', 'telehealth', 'metaverse', 'livestream', 'livestreams', 'livestreamed',
    'livestreaming', 'microblog', 'microblogs', 'emoji', 'emojis', 'selfie', 'selfies', 'hashtag', 'hashtags',
    'blockchain', 'cryptocurrency', 'cryptocurrencies', 'geopolitics', 'biotech', 'agritech', 'edtech', 'proptech',
    'startup', 'startups', 'smartphone', 'smartphones', 'podcast', 'podcasts', 'app', 'apps', 'online', 'offline',
    'ecommerce', 'hotspot', 'hotspots', 'rideshare', 'dataset', 'datasets', 'unvaccinated', 'lockdown', 'lockdowns',
    'telecom', 'telecoms', 'telco', 'telcos', 'crypto', 'cryptos', 'vlog', 'vlogs', 'vlogger', 'vloggers', 'podcaster',
    'onboarding', 'rewilding', 'deepfake', 'greenlit', 'jobseeker', 'upskill', 'upskilling', 'reskilling',
  ],
);
