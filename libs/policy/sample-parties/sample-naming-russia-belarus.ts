import { type CountryNaming, type NamePart, parts, type SampleName, spell } from './sample-naming';
import type { SeededRandom } from './seeded-random';

// Invented names for the sample list; combinations are not meant to name real companies or people.

const RU_WORDS = parts(
  'Kvant|Quant; Luch; Zenit|Zenith; Sapfir|Saphir; Pulsar; Impuls|Impulse; Meteor; Granit|Granite; Vektor|Vector; Orion; Kristall|Kristal; Avangard|Avantgarde; Rassvet|Rasvet; Elektron|Electron; Signal; Polyot|Polet; Strela; Sokol; Rubin; Topaz; Yantar|Jantar; Progress; Vega; Orbita; Kometa; Fakel; Iskra; Gorizont|Horizont; Mayak|Majak; Almaz-Tekh',
);

const RU_INDUSTRIES = parts(
  'Radiotechnical Institute|Radio Engineering Institute; Instrument-Making Plant|Instrument Making Plant|Priborostroitelny Zavod; Electronic Systems Design Bureau; Microelectronics Trading House; Scientific Production Enterprise|Research and Production Enterprise|NPP; Computing Systems Research Center|Computing Systems Research Centre; Semiconductor Devices Plant; Optical Systems Plant; Radio Components Supply; Telecommunication Equipment Plant; Import Export Trading House; Precision Engineering Plant; Electronic Components Distribution; Information Security Center|Information Security Centre; Industrial Automation Plant',
);

const RU_MILITARY_INDUSTRIES = parts(
  'Radar Research Institute; Aerospace Instrument Design Bureau; Missile Systems Design Bureau; Electronic Warfare Research Institute|EW Research Institute; Special Communications Plant; Defense Electronics Plant|Defence Electronics Plant; Naval Instrument Design Bureau; Military Optics Plant',
);

const RU_FORMS = parts('JSC|AO|Joint Stock Company; LLC|OOO|Limited Liability Company; PJSC|PAO|Public Joint Stock Company; FSUE|FGUP|Federal State Unitary Enterprise');

const RU_MALE_GIVEN = parts(
  'Aleksandr|Alexander=Александр; Sergei|Sergey=Сергей; Dmitry|Dmitri|Dmitriy=Дмитрий; Andrei|Andrey=Андрей; Alexei|Aleksey|Alexey=Алексей; Mikhail=Михаил; Nikolai|Nikolay=Николай; Vladimir=Владимир; Yury|Yuri|Iurii=Юрий; Igor=Игорь; Oleg=Олег; Pavel=Павел; Viktor|Victor=Виктор; Evgeny|Yevgeny|Evgeniy=Евгений; Maxim|Maksim=Максим; Konstantin=Константин; Roman=Роман; Anatoly|Anatoliy=Анатолий; Ivan=Иван; Vadim=Вадим',
);
const RU_FEMALE_GIVEN = parts('Elena|Yelena=Елена; Olga=Ольга; Natalia|Natalya=Наталья; Irina=Ирина; Tatiana|Tatyana=Татьяна; Svetlana=Светлана; Marina=Марина; Anna=Анна');
const RU_PATRONYMICS = parts(
  'Aleksandrovich|Alexandrovich=Александрович; Sergeyevich|Sergeevich=Сергеевич; Viktorovich=Викторович; Nikolayevich|Nikolaevich=Николаевич; Ivanovich=Иванович; Petrovich=Петрович; Vladimirovich=Владимирович; Mikhailovich|Mikhaylovich=Михайлович; Yuryevich|Yurievich=Юрьевич; Anatolyevich|Anatolievich=Анатольевич; Borisovich=Борисович; Gennadyevich|Gennadievich=Геннадьевич',
);
const RU_FAMILY = parts(
  'Sokolov=Соколов; Orlov=Орлов; Volkov=Волков; Morozov=Морозов; Lebedev=Лебедев; Kozlov=Козлов; Novikov=Новиков; Pavlov=Павлов; Semenov|Semyonov=Семёнов; Egorov|Yegorov=Егоров; Kuznetsov=Кузнецов; Popov=Попов; Vasiliev|Vasilyev=Васильев; Fedorov|Fyodorov=Фёдоров; Mikhailov|Mikhaylov=Михайлов; Belov=Белов; Zaitsev|Zaytsev=Зайцев; Grigoriev|Grigoryev=Григорьев; Romanov=Романов; Tarasov=Тарасов',
);

/** Russian patronymics and family names take a feminine ending for women. */
function feminine(part: NamePart, latinEnding: [RegExp, string], nativeEnding: [RegExp, string]): NamePart {
  return {
    latin: part.latin.replace(...latinEnding),
    native: part.native?.replace(...nativeEnding),
    variants: part.variants.map((variant) => variant.replace(...latinEnding)),
  };
}

/** Given name, patronymic and family name, with the list-style reversed order, initials and Cyrillic. */
function russianPerson(random: SeededRandom): SampleName {
  const female = random.chance(0.25);
  const given = random.pick(female ? RU_FEMALE_GIVEN : RU_MALE_GIVEN);
  const patronymic = female ? feminine(random.pick(RU_PATRONYMICS), [/ich$/, 'na'], [/ич$/, 'на']) : random.pick(RU_PATRONYMICS);
  const family = female ? feminine(random.pick(RU_FAMILY), [/$/, 'a'], [/$/, 'а']) : random.pick(RU_FAMILY);
  const name = `${given.latin} ${patronymic.latin} ${family.latin}`;
  const aliases = [
    `${family.latin} ${given.latin} ${patronymic.latin}`,
    `${given.latin[0]}. ${patronymic.latin[0]}. ${family.latin}`,
    `${family.native} ${given.native} ${patronymic.native}`,
    `${spell(given, random)} ${spell(patronymic, random)} ${spell(family, random)}`,
  ];
  return { name, aliases };
}

export const RUSSIA_NAMING: CountryNaming = {
  country: 'RU',
  weight: 18,
  company: {
    prefixes: parts(
      'Novosibirsk; Yekaterinburg|Ekaterinburg; Tomsk; Nizhny Novgorod|Nizhniy Novgorod; Kazan; Samara; Omsk; Perm; Voronezh; Zelenograd; Saint Petersburg|St. Petersburg|Sankt-Peterburg; Moscow|Moskva; Tula; Izhevsk; Ryazan; Bryansk; Kaluga; Chelyabinsk|Cheliabinsk; Krasnoyarsk; Rostov-on-Don|Rostov-na-Donu; Saratov; Ulyanovsk|Ulianovsk; Vladimir; Smolensk; Taganrog',
    ),
    words: RU_WORDS,
    industries: RU_INDUSTRIES,
    militaryIndustries: RU_MILITARY_INDUSTRIES,
    legalForms: RU_FORMS,
    compose: ({ prefix, word, industry, form }) => `${prefix} ${industry} ${word} ${form}`,
    shortName: ({ word, form }) => `${form} ${word}`,
  },
  person: russianPerson,
};

export const BELARUS_NAMING: CountryNaming = {
  country: 'BY',
  weight: 4,
  company: {
    prefixes: parts('Minsk|Mensk; Gomel|Homel|Homiel; Vitebsk|Viciebsk; Brest; Grodno|Hrodna; Mogilev|Mahilyow|Mogilyov; Borisov|Barysaw; Polotsk|Polatsk; Baranovichi|Baranavichy; Bobruisk|Babruysk'),
    words: parts(
      'Kristall|Crystal; Vostok; Polesie|Palessie; Neman|Nioman; Berezina|Byarezina; Svetoch; Signal; Dnepr|Dnieper; Sozh; Pripyat|Prypiat; Narach|Naroch; Avangard; Rassvet; Elektron|Electron; Zenit|Zenith; Luch; Iskra; Strela; Sokol; Okean',
    ),
    industries: parts(
      'Optical Instruments Plant; Electronics Plant; Instrument-Making Plant|Instrument Making Plant; Radio Engineering Plant; Computing Machinery Plant; Semiconductor Devices Plant; Trading House; Research Institute of Electronics; Machine Tool Plant; Microelectronics Design Center|Microelectronics Design Centre',
    ),
    militaryIndustries: parts(
      'Radar Systems Design Bureau; Electronic Warfare Design Bureau; Special Vehicles Plant; Defense Electronics Plant|Defence Electronics Plant; Military Optics Plant; Air Defence Systems Repair Plant|Air Defense Systems Repair Plant',
    ),
    legalForms: parts('OJSC|OAO|Open Joint Stock Company; JSC|AO|Joint Stock Company; LLC|OOO|Limited Liability Company; Unitary Enterprise|RUE|Republican Unitary Enterprise'),
    compose: ({ prefix, word, industry, form }) => `${prefix} ${industry} ${word} ${form}`,
    shortName: ({ prefix, industry }) => `${prefix} ${industry}`,
  },
  person: russianPerson,
};
