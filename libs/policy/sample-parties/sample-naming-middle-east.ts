import { type CountryNaming, pairs, parts, type SampleName, spell } from './sample-naming';
import type { SeededRandom } from './seeded-random';

// Invented names for the sample list; combinations are not meant to name real companies or people.

const IR_GIVEN = parts(
  'Mohammad|Mohammed|Muhammad=محمد; Ali=علی; Reza=رضا; Hossein|Hussein|Hosein=حسین; Mahmoud|Mahmud=محمود; Mehdi|Mahdi=مهدی; Hassan|Hasan=حسن; Ahmad|Ahmed=احمد; Javad|Jawad=جواد; Saeed|Said|Saied=سعید; Abbas=عباس; Majid|Madjid=مجید; Hamid=حمید; Behrouz|Behruz=بهروز; Farhad=فرهاد; Kamran=کامران; Amir=امیر; Morteza|Mortaza=مرتضی; Masoud|Massoud|Masud=مسعود; Davoud|Davood|Dawood=داوود',
);
const IR_FAMILY = parts(
  'Hosseini|Husseini=حسینی; Ahmadi=احمدی; Karimi=کریمی; Rezaei|Rezaee|Rezayi=رضایی; Moradi=مرادی; Jafari|Jafary=جعفری; Rahimi=رحیمی; Mohammadi=محمدی; Kazemi|Kazimi=کاظمی; Sadeghi|Sadeqi=صادقی; Ghorbani|Qorbani=قربانی; Mousavi|Musavi=موسوی; Tehrani=تهرانی; Shirazi=شیرازی; Esfahani|Isfahani=اصفهانی; Najafi=نجفی; Akbari=اکبری; Bagheri|Baqeri=باقری; Heidari|Haidari|Heydari=حیدری; Asadi=اسدی',
);

/** Persian names, sometimes with a compound given name; Latin spellings vary a lot between lists. */
function persianPerson(random: SeededRandom): SampleName {
  const givens = random.chance(0.3) ? [random.pick(IR_GIVEN), random.pick(IR_GIVEN)] : [random.pick(IR_GIVEN)];
  const family = random.pick(IR_FAMILY);
  const name = [...givens.map((given) => given.latin), family.latin].join(' ');
  const aliases = [
    [...givens.map((given) => spell(given, random)), spell(family, random)].join(' '),
    `${family.latin}, ${givens.map((given) => given.latin).join(' ')}`,
    [...givens.map((given) => given.native), family.native].join(' '),
  ];
  return { name, aliases };
}

const ARAB_GIVEN = parts(
  'Mohammed|Mohamed|Muhammad; Ahmad|Ahmed; Khaled|Khalid; Omar|Umar; Samer|Samir; Bassam|Basam; Fadi; Rami; Imad|Emad; Nizar; Walid|Waleed; Maher|Mahir; Hussam|Houssam; Firas; Ayman|Aiman; Louay|Luay; Ziad|Ziyad; Tarek|Tariq; Yasser|Yasir; Nabil|Nabeel',
);
const LEVANT_FAMILY = parts(
  'Al-Ahmad|Al Ahmad; Al-Khatib|Al Khateeb; Al-Masri|Al Masry; Al-Halabi|Halabi; Al-Shami|Al Shamy; Kabbani|Qabbani; Haddad; Nasser|Nasir; Sabbagh|Sabagh; Darwish|Darweesh; Hamwi|Hamwy; Jabri|Al-Jabri; Zein|Zayn; Mansour|Mansur; Saleh|Salih; Attar|Al-Attar; Barakat; Youssef|Yusuf; Suleiman|Sulayman; Othman|Uthman',
);
const GULF_FAMILY = parts(
  "Al Mansoori|Al Mansouri|Al-Mansoori; Al Nuaimi|Al Nuaimy; Al Shamsi|Al-Shamsi; Al Suwaidi|Al Suwaydi; Al Falasi|Al Falasy; Al Mazrouei|Al Mazroui; Al Ketbi|Al Kitbi; Al Hammadi|Al Hamadi; Al Dhaheri|Al Daheri; Al Blooshi|Al Balushi; Al Marri|Al Mari; Al Zaabi|Al Za'abi",
);

/** Given name, father's name and family name; lists often drop the middle one. */
function arabPerson(random: SeededRandom, families: typeof LEVANT_FAMILY): SampleName {
  const given = random.pick(ARAB_GIVEN);
  const father = random.pick(ARAB_GIVEN);
  const family = random.pick(families);
  return {
    name: `${given.latin} ${father.latin} ${family.latin}`,
    aliases: [`${given.latin} ${family.latin}`, `${spell(given, random)} ${spell(father, random)} ${spell(family, random)}`],
  };
}

const TR_GIVEN = parts(
  'Mehmet|Mehmed; Ahmet|Ahmed; Mustafa; Ali; Hüseyin|Hussein; Hasan|Hassan; İbrahim|Ibrahim; Murat|Murad; Emre; Burak; Serkan; Ayşe|Aisha; Fatma|Fatima; Zeynep|Zeinab; Elif; Kemal; Oğuz; Cem; Volkan; Tolga',
);
const TR_FAMILY = parts('Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan|Aslan; Doğan; Kılıç; Çetin; Kara; Koç; Kurt; Özkan; Şimşek; Polat');

function turkishPerson(random: SeededRandom): SampleName {
  const givens = random.chance(0.4) ? [random.pick(TR_GIVEN), random.pick(TR_GIVEN)] : [random.pick(TR_GIVEN)];
  const family = random.pick(TR_FAMILY);
  return {
    name: [...givens.map((given) => given.latin), family.latin].join(' '),
    aliases: [[...givens.map((given) => spell(given, random)), spell(family, random)].join(' '), `${family.latin.toLocaleUpperCase('tr')} ${givens[0].latin}`],
  };
}

export const IRAN_NAMING: CountryNaming = {
  country: 'IR',
  weight: 12,
  company: {
    prefixes: parts('Pars; Arya|Aria; Sepahan; Alborz; Zagros; Damavand; Karun|Karoon; Arvand; Sahand; Kish; Hamoon|Hamun; Mehr; Tous|Toos; Azar'),
    words: parts(
      'Andishe|Andisheh; Sanat; Tavan|Tavaan; Kavosh|Kavoush; Padideh|Padide; Fanavar|Fanavaran; Nour|Noor; Tadbir; Rayan|Rayaneh; Kimia|Kimiya; Pishro|Pishrow; Behsaz; Farzan; Negin; Shahab; Setareh|Setare; Golestan; Payam; Danesh; Hooshmand|Houshmand; Tejarat|Tejarate; Sazeh|Saze; Sina; Farayand',
    ),
    industries: parts(
      'Trading; Electronic Industries; Engineering; Industrial Group; Technology Development; Commercial Services; Computer Systems; Telecommunication|Telecom; Knowledge-Based Company|Knowledge Based Company; Machinery; Import Export|Import and Export; Laboratory Equipment',
    ),
    militaryIndustries: parts('Aerospace Industries; Defense Electronics|Defence Electronics; Drone Technology|UAV Technology; Optronics; Navigation Systems; Missile Components'),
    legalForms: parts('LLC|Limited Liability Company; Co.|Company; PJS|Private Joint Stock Company|Sahami Khass; Group'),
    compose: ({ prefix, word, industry, form }) => `${prefix} ${word} ${industry} ${form}`,
    shortName: ({ prefix, word }) => `Sherkat-e ${prefix} ${word}`,
  },
  person: persianPerson,
};

export const SYRIA_NAMING: CountryNaming = {
  country: 'SY',
  weight: 4,
  company: {
    prefixes: parts('Damascus|Dimashq; Aleppo|Halab; Homs|Hims; Latakia|Lattakia; Hama|Hamah; Tartus|Tartous'),
    words: parts(
      'Al-Noor|Al Nour|El-Nour; Al-Sham|Al Cham; Al-Fajr|Al Fajer; Al-Amal|Al Amal; Al-Baraka|Al Barakah; Al-Rawda|Al Rawdah; Al-Wafa|Al Wafaa; Al-Hayat|Al Hayah; Al-Mashreq|Al Mashriq; Al-Diyar|Al Dyar; Al-Furat|Al Forat; Al-Nakheel|Al Nakhil; Al-Yasmin|Al Yasmeen; Al-Qalam|Al Kalam; Al-Bayan; Al-Ittihad|Al Itihad; Al-Rafidain|Al Rafidein; Al-Salam|Al Salaam; Al-Jazira|Al Jazeera; Al-Marwa|Al Marwah; Al-Zahra|Al Zahraa; Al-Hikma|Al Hikmah; Al-Manar; Al-Bashaer|Al Bashair',
    ),
    industries: parts(
      'Trading; General Trading; Engineering; Electronics; Import and Export|Import & Export; Technology; Telecommunication Services; Industrial; Contracting; Computer Systems; Logistics; Oil Services; Medical Equipment; Scientific Supplies',
    ),
    militaryIndustries: parts('Scientific Research Supplies; Defense Technology|Defence Technology; Aerospace Services; Special Equipment'),
    legalForms: parts('Company|Co.; LLC|Limited Liability Company; Establishment|Est.; Group'),
    compose: ({ prefix, word, industry, form }) => `${prefix} ${word} ${industry} ${form}`,
    shortName: ({ word, industry, form }) => `${word} ${form} for ${industry}`,
  },
  person: (random) => arabPerson(random, LEVANT_FAMILY),
};

const AE_FIRST = [
  'Gulf',
  'Desert',
  'Golden',
  'Blue',
  'Emerald',
  'Silver',
  'Royal',
  'Crescent',
  'Oasis',
  'Pearl',
  'Arabian',
  'Palm',
  'Dune',
  'Coral',
  'Al Majd',
  'Al Reem',
  'Noor',
  'Marina',
  'Sapphire',
  'Zenith',
];
const AE_SECOND = ['Star', 'Falcon', 'Sands', 'Horizon', 'Bay', 'Line', 'Gate', 'Bridge', 'Wave', 'Link', 'Crest', 'Point', 'Way', 'Tech', 'Vision', 'Light', 'Stone', 'Field', 'Port', 'Trust'];

export const EMIRATES_NAMING: CountryNaming = {
  country: 'AE',
  weight: 6,
  company: {
    prefixes: parts('Dubai; Sharjah; Abu Dhabi; Ajman; Ras Al Khaimah|RAK; Fujairah; Jebel Ali'),
    words: pairs(AE_FIRST, AE_SECOND),
    industries: parts(
      'General Trading; Electronics Trading; Computer Trading; Technologies; Logistics; Electronic Components Trading; IT Solutions; Industrial Equipment Trading; Telecom Equipment Trading; Shipping; Freight Forwarding; Data Systems',
    ),
    militaryIndustries: parts('Defence Equipment Trading|Defense Equipment Trading; Aerospace Parts Trading; Marine and Defence Services'),
    legalForms: parts('LLC|L.L.C.; FZE|Free Zone Establishment; FZCO|FZ Company; DMCC'),
    compose: ({ word, industry, form }) => `${word} ${industry} ${form}`,
    shortName: ({ prefix, word, industry }) => `${word} ${industry} (${prefix} Branch)`,
  },
  // Traders in the Emirates listed for diversion are often foreign nationals; mix Gulf and Persian names.
  person: (random) => (random.chance(0.6) ? arabPerson(random, GULF_FAMILY) : persianPerson(random)),
};

const TR_FIRST = [
  'Ege',
  'Marmara',
  'Toros',
  'Kartal',
  'Yıldız',
  'Doğan',
  'Atlas',
  'Ufuk',
  'Boğaziçi',
  'Karadeniz',
  'Akdeniz',
  'Kuzey',
  'Mavi',
  'Altın',
  'Demir',
  'Çelik',
  'Güneş',
  'Deniz',
  'Anka',
  'Tuna',
];
const TR_SECOND = ['tek', 'net', 'sis', 'kom', 'tronik', 'soft', 'data', 'line', 'star', 'pro'];

export const TURKEY_NAMING: CountryNaming = {
  country: 'TR',
  weight: 4,
  company: {
    prefixes: parts('İstanbul|Istanbul; Ankara; İzmir|Izmir; Bursa; Kocaeli; Gaziantep; Mersin; Kayseri; Konya; Antalya'),
    words: pairs(TR_FIRST, TR_SECOND, ''),
    industries: parts(
      'Elektronik|Electronics; Bilişim|Information Technologies; Dış Ticaret|Foreign Trade; Makina|Machinery; Teknoloji|Technology; Haberleşme|Communications; Yazılım|Software; Enerji|Energy; Lojistik|Logistics; Endüstriyel Ürünler|Industrial Products',
    ),
    militaryIndustries: parts('Savunma|Defence; Havacılık|Aviation; Savunma Elektroniği|Defence Electronics; Optronik|Optronics'),
    legalForms: parts('Sanayi ve Ticaret A.Ş.|San. ve Tic. A.Ş.|Industry and Trade Inc.; Ltd. Şti.|Limited Şirketi; A.Ş.|Anonim Şirketi|Inc.; İthalat İhracat Ltd. Şti.|Import Export Ltd.'),
    compose: ({ word, industry, form }) => `${word} ${industry} ${form}`,
    shortName: ({ prefix, word }) => `${word} ${prefix}`,
  },
  person: turkishPerson,
};
