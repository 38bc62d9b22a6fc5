import { type CountryNaming, parts, type SampleName } from './sample-naming';
import type { SeededRandom } from './seeded-random';

// Invented names for the sample list; combinations are not meant to name real companies or people.

const VE_GIVEN = parts('José; Luis; Carlos; Juan; Miguel; Rafael; Pedro; Jesús; Alejandro; Ricardo; María; Carmen; Ana; Luisa; Gabriela; Andrés; Fernando; Héctor; Víctor; Manuel');
const VE_FAMILY = parts('González; Rodríguez; Pérez; Hernández; García; Martínez; López; Sánchez; Díaz; Ramírez; Torres; Rojas; Medina; Castillo; Vargas; Mendoza; Guerrero; Silva; Morales; Romero');

/** Spanish names carry both family names; lists often keep only the first. */
function venezuelanPerson(random: SeededRandom): SampleName {
  const given = random.pick(VE_GIVEN).latin;
  const paternal = random.pick(VE_FAMILY).latin;
  const maternal = random.pick(VE_FAMILY).latin;
  return { name: `${given} ${paternal} ${maternal}`, aliases: [`${given} ${paternal}`, `${paternal} ${maternal}, ${given}`] };
}

export const VENEZUELA_NAMING: CountryNaming = {
  country: 'VE',
  weight: 3,
  company: {
    prefixes: parts('Caracas; Maracaibo; Valencia; Barquisimeto; Maracay; Puerto Ordaz; Barcelona; Mérida; San Cristóbal; Ciudad Bolívar'),
    words: parts(
      'Orinoco; Tepuy|Tepui; Araguaney; Caribe; Andina; Llanera; Aurora; Centauro; Cóndor; Ávila; Roraima; Catatumbo; Delta; Sol de Oriente; Costa Azul; Montaña Verde; Guácharo; Morrocoy; Canaima; Los Roques',
    ),
    industries: parts(
      'Suministros Electrónicos; Importadora; Comercializadora; Sistemas de Información; Telecomunicaciones; Servicios Petroleros; Ingeniería; Tecnología; Logística; Equipos Industriales',
    ),
    militaryIndustries: parts('Servicios Aeroespaciales; Sistemas de Defensa; Comunicaciones Militares'),
    legalForms: parts('C.A.|CA|Compañía Anónima; S.A.|SA|Sociedad Anónima; S.R.L.|SRL'),
    compose: ({ prefix, word, industry, form }) => `${industry} ${word} de ${prefix}, ${form}`,
    shortName: ({ word, industry }) => `${industry} ${word}`,
  },
  person: venezuelanPerson,
};
