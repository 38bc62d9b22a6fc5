import { type CountryNaming, pairs, parts, type SampleName, spell } from './sample-naming';
import type { SeededRandom } from './seeded-random';

// Invented names for the sample list; combinations are not meant to name real companies or people.

const KP_FAMILY = parts(
  'Kim=김; Ri|Lee|Rhee=리; Pak|Park=박; Choe|Choi=최; Jong|Jung|Chong=정; Kang=강; Jo|Cho=조; Yun|Yoon=윤; Jang|Chang=장; Han=한; O|Oh=오; So|Seo=서; Hwang=황; Ryu|Yu=류; Sin|Shin=신; Kwon|Gwon=권',
);
const KP_SYLLABLES = parts(
  'Chol|Cheol=철; Song|Seong=성; Myong|Myeong=명; Yong=용; Hyok|Hyeok=혁; Il=일; Nam=남; Kwang|Gwang=광; Chang=창; Jin=진; Su=수; Ho=호; Hak=학; Sun=순; Ok=옥; Hui|Hee=희; Gum|Geum=금; Ryong|Ryeong=룡; Un|Eun=은; Thae|Tae=태',
);

/** Korean names in McCune–Reischauer, with the hyphenated, South Korean (revised) and Hangul forms lists also use. */
function koreanPerson(random: SeededRandom): SampleName {
  const family = random.pick(KP_FAMILY);
  const first = random.pick(KP_SYLLABLES);
  const second = random.pick(KP_SYLLABLES);
  return {
    name: `${family.latin} ${first.latin} ${second.latin}`,
    aliases: [
      `${family.latin} ${first.latin}-${second.latin.toLowerCase()}`,
      `${spell(family, random)} ${spell(first, random)} ${spell(second, random)}`,
      `${family.native}${first.native}${second.native}`,
    ],
  };
}

const MM_SYLLABLES = parts('Aung; Kyaw; Zaw; Min; Thant; Htun|Tun; Win; Myint; Soe; Naing; Thein; Hla; Maung; Than; Nyein; Ko; Phyo; Zin; Moe; Thura');

/** Burmese names have no family name; lists add the honorific U and run syllables together. */
function burmesePerson(random: SeededRandom): SampleName {
  const syllables = random.chance(0.6) ? [random.pick(MM_SYLLABLES), random.pick(MM_SYLLABLES), random.pick(MM_SYLLABLES)] : [random.pick(MM_SYLLABLES), random.pick(MM_SYLLABLES)];
  const name = syllables.map((syllable) => syllable.latin).join(' ');
  const [head, ...rest] = syllables;
  return {
    name,
    aliases: [
      `U ${name}`,
      `${head.latin}${rest[0].latin.toLowerCase()} ${rest
        .slice(1)
        .map((syllable) => syllable.latin)
        .join(' ')}`,
      syllables.map((syllable) => spell(syllable, random)).join(' '),
    ],
  };
}

const SG_FAMILY = parts('Tan; Lim; Lee; Ng; Ong; Goh; Chua; Koh; Teo; Chong; Yeo; Ho; Sim; Low; Toh');
const SG_SYLLABLES = ['Wei', 'Ming', 'Hui', 'Jun', 'Kiat', 'Boon', 'Seng', 'Hock', 'Leng', 'Mei', 'Ling', 'Kok', 'Chee', 'Keng', 'Siew', 'Eng', 'Hwa', 'Meng', 'Beng', 'Choon'];
const ENGLISH_GIVEN = ['David', 'Michael', 'Kelvin', 'Jason', 'Alvin', 'Desmond', 'Eric', 'Benjamin', 'Rachel', 'Michelle', 'Jasmine', 'Vivian'];

/** Chinese names as written in Singapore and Malaysia (dialect romanisation), often with an English given name. */
function straitsChinesePerson(random: SeededRandom): SampleName {
  const family = random.pick(SG_FAMILY).latin;
  const first = random.pick(SG_SYLLABLES);
  const second = random.pick(SG_SYLLABLES);
  const aliases = [`${first} ${second} ${family}`, `${family} ${first}-${second.toLowerCase()}`];
  if (random.chance(0.3)) aliases.push(`${random.pick(ENGLISH_GIVEN)} ${family} ${first} ${second}`);
  return { name: `${family} ${first} ${second}`, aliases };
}

const MY_GIVEN = parts('Ahmad; Mohd|Mohamad|Muhammad; Azman; Rizal; Faizal|Faisal; Hafiz|Hafeez; Shahrul; Zainal; Kamal; Azlan; Ismail; Razak; Nor Azmi; Syed Hamzah; Fadzil|Fadhil');
const MY_FATHER = parts(
  'Ismail; Abdullah; Hassan|Hasan; Osman|Othman; Yusof|Yusuf; Ibrahim; Rahman|Abdul Rahman; Hamid|Abdul Hamid; Salleh|Saleh; Aziz|Abdul Aziz; Omar; Mahmud|Mahmood; Sulaiman|Sulayman; Ali; Bakar|Abu Bakar',
);

/** Malay names are a given name and the father's, joined by bin; lists also drop it. */
function malayPerson(random: SeededRandom): SampleName {
  const given = random.pick(MY_GIVEN);
  const father = random.pick(MY_FATHER);
  return {
    name: `${given.latin} bin ${father.latin}`,
    aliases: [`${given.latin} ${father.latin}`, `${spell(given, random)} Bin ${spell(father, random)}`],
  };
}

export const NORTH_KOREA_NAMING: CountryNaming = {
  country: 'KP',
  weight: 5,
  company: {
    prefixes: parts('Korea|DPRK|Choson; Pyongyang|P’yŏngyang; Sinuiju|Sinŭiju; Nampo|Namp’o; Wonsan; Hamhung|Hamhŭng; Chongjin|Ch’ŏngjin; Kaesong; Rason|Rajin-Sonbong'),
    words: parts(
      'Chilbo; Songnim|Songrim; Unha|Eunha; Ryongak|Ryeongak; Haebang; Sinhung|Sinheung; Chongchon|Cheongcheon; Pujon|Bujeon; Changgwang|Changkwang; Sonbong|Seonbong; Rakwon|Nakwon; Oryun; Ponghwa|Bonghwa; Kwangmyong|Gwangmyeong; Samil; Kyongsong|Gyeongseong; Namsan; Tongil|Tongyil; Haeju; Mirim; Ryusong|Ryuseong; Kumrung|Geumreung; Ongjin; Chongbong|Cheongbong',
    ),
    industries: parts(
      'Trading; General Trading; Technology Trading; Machinery; Electronics; Computer Technology; Mining and Trading; Technology Exchange; Export; Shipping; Software Development; Information Technology',
    ),
    militaryIndustries: parts('Defense Technology|Defence Technology; Aerospace Technology; Special Machinery; Electronic Warfare Technology; Military Supply'),
    legalForms: parts('Corporation|Corp.; Company|Co.; General Corporation|General Corp.; Joint Venture Company|JV Company'),
    compose: ({ prefix, word, industry, form }) => `${prefix} ${word} ${industry} ${form}`,
    shortName: ({ word, form }) => `${word} ${form}`,
  },
  person: koreanPerson,
};

export const MYANMAR_NAMING: CountryNaming = {
  country: 'MM',
  weight: 3,
  company: {
    prefixes: parts('Yangon|Rangoon; Mandalay; Naypyitaw|Nay Pyi Taw|Naypyidaw; Bago|Pegu; Mawlamyine|Moulmein; Taunggyi; Pyin Oo Lwin|Maymyo; Myitkyina; Sittwe|Akyab; Pathein|Bassein'),
    words: parts(
      'Shwe Pyi|Shwe Pyae; Aung Myay|Aung Myae; Thiri Mingalar|Thiri Mingala; Zaw Win; Golden Lotus; Silver Moon; Royal Padauk; Ayeyar|Irrawaddy; Yadanar|Yadana; Ngwe Taw; Pyae Phyo; Myat Mon; Kyal Sin|Kyalsin; Hninsi; Sein Lae|Sein Lay; Mya Yadanar; Diamond Star; Tha Pyay|Thapyay; Padonmar|Padonma; Shwe Nagar',
    ),
    industries: parts('Trading; General Trading; Engineering; Electronics; Import Export; Technology; Telecommunication Services; Industrial; Construction; Mining; Logistics; Energy'),
    militaryIndustries: parts('Defense Industries|Defence Industries; Aerospace Engineering; Special Equipment Supply; Military Logistics'),
    legalForms: parts('Company Limited|Co., Ltd.|Co Ltd; Group of Companies|Group; International Company Limited|International Co., Ltd.'),
    compose: ({ prefix, word, industry, form }) => `${prefix} ${word} ${industry} ${form}`,
    shortName: ({ word, industry }) => `${word} ${industry}`,
  },
  person: burmesePerson,
};

export const SINGAPORE_NAMING: CountryNaming = {
  country: 'SG',
  weight: 2,
  company: {
    prefixes: parts('(S)|(Singapore)'),
    words: pairs(
      ['Asia', 'Pacific', 'Golden', 'Oriental', 'Great', 'Harbour', 'Pearl', 'Dragon', 'Phoenix', 'Lotus', 'Jade', 'Summit', 'Bright', 'Ever', 'Unity', 'Prime', 'Apex', 'Lion', 'Merlion', 'Straits'],
      ['Link', 'Tech', 'Star', 'Bridge', 'Gate', 'Wave', 'Point', 'Rise', 'Source', 'Port', 'Peak', 'Line', 'Ocean', 'Light', 'Crest', 'Trust'],
    ),
    industries: parts('Technologies; Electronics; Trading; Engineering; Solutions; Semiconductor; Logistics; Data Systems; Supply Chain; Components; Marine; Resources'),
    militaryIndustries: parts('Defence Systems|Defense Systems; Aerospace Components; Marine Electronics'),
    legalForms: parts('Pte. Ltd.|Pte Ltd|Private Limited; Ltd.|Limited'),
    compose: ({ word, industry, form }) => `${word} ${industry} ${form}`,
    shortName: ({ prefix, word, industry, form }) => `${word} ${industry} ${prefix} ${form}`,
  },
  person: straitsChinesePerson,
};

export const MALAYSIA_NAMING: CountryNaming = {
  country: 'MY',
  weight: 3,
  company: {
    prefixes: parts('Kuala Lumpur|KL; Penang|Pulau Pinang; Johor Bahru|JB; Shah Alam; Kuching; Kota Kinabalu; Ipoh; Melaka|Malacca'),
    words: pairs(
      ['Mutiara', 'Cahaya', 'Bintang', 'Permata', 'Sinar', 'Gemilang', 'Jaya', 'Harapan', 'Murni', 'Setia', 'Mega', 'Intan'],
      ['Teknologi', 'Elektronik', 'Niaga', 'Global', 'Maju', 'Utama', 'Makmur', 'Sejahtera', 'Bestari', 'Perdana'],
    ),
    industries: parts('Technologies; Electronics; Trading; Engineering; Solutions; Semiconductor; Logistics; Data Systems; Supply; Resources; Industries; Ventures'),
    militaryIndustries: parts('Defence Technologies|Defense Technologies; Aerospace Services; Marine Defence Services'),
    legalForms: parts('Sdn. Bhd.|Sdn Bhd|Sendirian Berhad; Bhd.|Berhad; Enterprise'),
    compose: ({ word, industry, form }) => `${word} ${industry} ${form}`,
    shortName: ({ prefix, word, industry }) => `${word} ${industry} (${prefix})`,
  },
  person: (random) => (random.chance(0.6) ? malayPerson(random) : straitsChinesePerson(random)),
};
