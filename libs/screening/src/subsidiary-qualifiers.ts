import { LEGAL_FORMS } from './name-vocabulary';
import { normalizeName } from './name-normalizer';

// Words a group adds to its own name to name a subsidiary, branch or business line: "Huawei
// Technologies Deutschland GmbH", "SMIC Beijing", "Huawei Cloud Computing Technologies". They say
// where or in what trade the party works, not who it is.

/** Countries, demonyms and their native spellings, and the words of multi-word ones. */
const COUNTRY_WORDS = [
  'Afghanistan', 'Albania', 'Algeria', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bahrain', 'Bangladesh', 'Belarus', 'Belgium',
  'Bolivia', 'Brazil', 'Brasil', 'Bulgaria', 'Cambodia', 'Canada', 'Chile', 'China', 'Colombia', 'Croatia', 'Cuba', 'Cyprus', 'Czech', 'Czechia',
  'Denmark', 'Danmark', 'Ecuador', 'Egypt', 'Estonia', 'Ethiopia', 'Finland', 'Suomi', 'France', 'Georgia', 'Germany', 'Deutschland', 'Ghana',
  'Greece', 'Hellas', 'Hungary', 'Magyarorszag', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Italia', 'Japan',
  'Nippon', 'Jordan', 'Kazakhstan', 'Kenya', 'Korea', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Libya', 'Lithuania', 'Luxembourg',
  'Macau', 'Macao', 'Malaysia', 'Mexico', 'Moldova', 'Mongolia', 'Morocco', 'Myanmar', 'Burma', 'Nepal', 'Netherlands', 'Nederland', 'Holland',
  'Nigeria', 'Norway', 'Norge', 'Oman', 'Pakistan', 'Panama', 'Peru', 'Philippines', 'Poland', 'Polska', 'Portugal', 'Qatar', 'Romania', 'Russia',
  'Rossiya', 'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Spain', 'Espana', 'Sweden', 'Sverige', 'Switzerland', 'Schweiz', 'Suisse', 'Svizzera',
  'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Tunisia', 'Turkey', 'Turkiye', 'Turkmenistan', 'Uganda', 'Ukraine', 'Uruguay',
  'Uzbekistan', 'Venezuela', 'Vietnam', 'Viet', 'Nam', 'Yemen', 'Zambia', 'Zimbabwe',
  'United', 'Kingdom', 'States', 'America', 'USA', 'UK', 'Arab', 'Emirates', 'UAE', 'Saudi', 'Arabia', 'New', 'Zealand', 'South', 'North', 'Africa',
  'Sri', 'Lanka', 'Hong', 'Kong', 'HK', 'Costa', 'Rica', 'Republic', 'PRC',
  'Chinese', 'German', 'French', 'British', 'American', 'Russian', 'Japanese', 'Korean', 'Indian', 'Italian', 'Spanish', 'Dutch', 'Swiss', 'Polish',
];
/** Regions and the cities groups name branches after. */
const REGION_WORDS = [
  'Asia', 'Pacific', 'APAC', 'Europe', 'European', 'EMEA', 'Americas', 'Latin', 'Middle', 'East', 'West', 'Central', 'Eastern', 'Western', 'Northern',
  'Southern', 'Nordic', 'Nordics', 'Benelux', 'Gulf', 'Eurasia', 'Oceania', 'Greater', 'Mainland', 'Overseas', 'Global', 'International', 'Worldwide',
  'Regional', 'Region', 'Beijing', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Chengdu', 'Wuhan', 'Nanjing', 'Tianjin', 'Suzhou', 'Xian',
  'Chongqing', 'Dongguan', 'Xiamen', 'Qingdao', 'Hefei', 'Jinan', 'Shenyang', 'Dalian', 'Changsha', 'Zhengzhou', 'Kunming', 'Harbin', 'Moscow',
  'Moskva', 'Petersburg', 'Minsk', 'Tehran', 'Dubai', 'Sharjah', 'Istanbul', 'Ankara', 'Caracas', 'Pyongyang', 'Damascus', 'Yangon', 'Tokyo',
  'Osaka', 'Seoul', 'Taipei', 'Bangkok', 'Jakarta', 'Manila', 'Hanoi', 'London', 'Paris', 'Berlin', 'Munich', 'Muenchen', 'Frankfurt', 'Dusseldorf',
  'Duesseldorf', 'Hamburg', 'Amsterdam', 'Madrid', 'Milan', 'Milano', 'Rome', 'Vienna', 'Wien', 'Zurich', 'Stockholm', 'Helsinki', 'Oslo',
  'Copenhagen', 'Warsaw', 'Prague', 'Budapest', 'Athens', 'Lisbon', 'Dublin', 'Brussels', 'Sydney', 'Melbourne', 'Toronto', 'Vancouver', 'Montreal',
  'Kuala', 'Lumpur', 'Mumbai', 'Bangalore', 'Delhi', 'Johannesburg', 'Nairobi', 'Lagos', 'Cairo', 'Riyadh', 'Doha', 'Sao', 'Paulo', 'Mexico',
  'York', 'Angeles', 'Francisco', 'Silicon', 'Valley', 'Texas', 'California',
];
/** Trades and business lines, and the words that say a part of a group is one. */
const BUSINESS_LINE_WORDS = [
  'Technology', 'Technologies', 'Tech', 'Cloud', 'Computing', 'Computer', 'Computers', 'Software', 'Service', 'Services', 'Solution', 'Solutions',
  'System', 'Systems', 'Network', 'Networks', 'Networking', 'Telecom', 'Telecommunication', 'Telecommunications', 'Communication', 'Communications',
  'Digital', 'Device', 'Devices', 'Terminal', 'Terminals', 'Electronic', 'Electronics', 'Semiconductor', 'Semiconductors', 'Microelectronics',
  'Chip', 'Chips', 'Energy', 'Power', 'Data', 'AI', 'Intelligent', 'Smart', 'Research', 'Development', 'RD', 'Innovation', 'Innovations', 'Lab',
  'Labs', 'Laboratory', 'Laboratories', 'Trading', 'Trade', 'Import', 'Export', 'Investment', 'Investments', 'Capital', 'Finance', 'Financial',
  'Holding', 'Holdings', 'Group', 'Industry', 'Industries', 'Industrial', 'Manufacturing', 'Engineering', 'Logistics', 'Supply', 'Chain',
  'Consulting', 'Enterprise', 'Enterprises', 'Business', 'Commercial', 'Sales', 'Distribution', 'Retail', 'Marketing', 'Media', 'Security',
  'Automotive', 'Auto', 'Mobile', 'Wireless', 'Internet', 'Online', 'Platform', 'Platforms', 'Operations', 'Support', 'Training', 'Equipment',
  'Technical', 'Branch', 'Subsidiary', 'Division', 'Office', 'Representative', 'Representation', 'Agency', 'Headquarters', 'HQ', 'Unit', 'Center', 'Centre',
];

function foldedWords(phrases: readonly string[]): string[] {
  // normalizeName folds each word the way screened names are folded (case, accents, abbreviations).
  return phrases.flatMap((phrase) => phrase.split(/\s+/).map((word) => normalizeName(word).normalized)).filter((word) => word !== '');
}

const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(foldedWords([...COUNTRY_WORDS, ...REGION_WORDS]));
const QUALIFIERS: ReadonlySet<string> = new Set([...PLACE_QUALIFIERS, ...foldedWords([...BUSINESS_LINE_WORDS, ...LEGAL_FORMS])]);

/** A country, region, city, business-line or legal-form word: what a group adds to its name for a subsidiary. */
export function isSubsidiaryQualifier(word: string): boolean {
  return QUALIFIERS.has(word);
}

/** A word that only says where a party is. A parent's name needs a word that is not one. */
export function isPlaceQualifier(word: string): boolean {
  return PLACE_QUALIFIERS.has(word);
}
