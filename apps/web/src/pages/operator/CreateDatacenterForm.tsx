import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField, TextField } from '../../ui/fields';
import { useAction } from '../../ui/use-action';
import type { Datacenter } from './api-shapes';
import { countryOptions, useCountries } from './use-countries';

/** Registers a facility of the operator's organisation and opens it (the inventory comes next). */
export function CreateDatacenterForm() {
  const navigate = useNavigate();
  const countries = useCountries();
  const [name, setName] = useState('');
  const [countryCode, setCountryCode] = useState('');
  const [city, setCity] = useState('');
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const create = useAction(async () => {
    const datacenter = await api.post<Datacenter>('/datacenters', {
      name,
      countryCode,
      city: city || undefined,
      // The API checks the numbers and names what is wrong; text it cannot read is sent as typed.
      latitude: latitude === '' ? undefined : Number.isNaN(Number(latitude)) ? latitude : Number(latitude),
      longitude: longitude === '' ? undefined : Number.isNaN(Number(longitude)) ? longitude : Number(longitude),
    });
    navigate(`/datacenters/${datacenter.id}`);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void create.run();
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="register-title">
      <h2 id="register-title">Register a facility</h2>
      <ErrorMessage error={create.error ?? countries.error} />
      <div className="grid-2">
        <TextField label="Name" value={name} onChange={setName} required maxLength={200} />
        <SelectField label="Country" value={countryCode} onChange={setCountryCode} options={countryOptions(countries.data, 'Choose a country')} required />
        <TextField label="City" value={city} onChange={setCity} maxLength={200} />
        <TextField label="Latitude" value={latitude} onChange={setLatitude} hint="Decimal degrees, e.g. 50.11" />
        <TextField label="Longitude" value={longitude} onChange={setLongitude} hint="Decimal degrees, e.g. 8.68" />
      </div>
      <button type="submit" disabled={create.busy}>
        {create.busy ? 'Registering…' : 'Register facility'}
      </button>
    </form>
  );
}
