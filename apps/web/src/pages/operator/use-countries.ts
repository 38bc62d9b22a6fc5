import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { useResource, type Resource } from '../../ui/use-resource';
import type { Country } from './api-shapes';

/** The active policy's countries (one page holds them all), for country selects. */
export function useCountries(): Resource<Country[]> {
  return useResource(async () => (await api.get<Page<Country>>('/countries')).items, []);
}

export function countryOptions(countries: Country[] | undefined, placeholder: string) {
  return [{ value: '', label: placeholder }, ...(countries ?? []).map((country) => ({ value: country.code, label: `${country.name} (${country.code}) — Tier ${country.tier}` }))];
}
