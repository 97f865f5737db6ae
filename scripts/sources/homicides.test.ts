import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../lib/ledger';
import { aggregateVictims, loadPopulation } from './homicides';

const HEADER =
  'date_year_month,n_year,n_month,cve_ent,nombre_estado,bien_juridico_afectado,tipo_de_delito,subtipo_de_delito,modalidad,genero,rango_de_edad,n_victimas';
const row = (
  year: string,
  ent: string,
  subtipo: string,
  modalidad: string,
  n: string,
  month = '01',
) =>
  `${year}-${month}-15,${year},${month},${ent},X,La vida,Homicidio,${subtipo},${modalidad},Hombre,Adultos (18 y más),${n}`;

async function file(lines: string[]): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'sb-hom-')), 'victims.csv');
  await writeFile(path, lines.join('\n'));
  return path;
}

describe('aggregateVictims', () => {
  it('sums homicides, the firearm subset and femicides per state and year, and accounts for every row', async () => {
    const path = await file([
      HEADER,
      row('2015', '08', 'Homicidio doloso', 'Con arma de fuego', '10'),
      row('2015', '08', 'Homicidio doloso', 'Con arma blanca', '3'),
      row('2015', '08', 'Homicidio doloso', 'No especificado', '2'),
      row('2015', '08', 'Feminicidio', 'Con arma de fuego', '1'),
      row('2015', '08', 'Homicidio culposo', 'En accidente de tránsito', '40'),
      row('2016', '08', 'Homicidio doloso', 'Con arma de fuego', '7'),
      row('2015', '33', 'Homicidio doloso', 'Con arma de fuego', '5'),
      row('2015', '09', 'Homicidio doloso', 'Con arma de fuego', 'n/a'),
      row('2014', '09', 'Homicidio doloso', 'Con arma de fuego', '1'),
      '2015-01-15,2015,01,08,short row',
    ]);
    const ledger = new Ledger('victims.csv');
    const totals = await aggregateVictims(path, 'victims.csv', ledger);
    expect(totals.get('08_2015')).toEqual({ homicides: 15, firearm: 10, femicides: 1 });
    expect(totals.get('08_2016')).toEqual({ homicides: 7, firearm: 7, femicides: 0 });
    expect(ledger.kept).toBe(5);
    expect(ledger.filtered).toEqual({ 'other crime types': 1 });
    expect(ledger.rejects.map((r) => [r.row, r.field, r.cell ?? null])).toEqual([
      [8, 'cve_ent', null],
      [9, 'n_victimas', { feature: '09', year: 2015 }],
      [10, 'n_year', null],
      [11, '(row)', null],
    ]);
    expect(() => ledger.assertBalanced(10)).not.toThrow();
  });

  it('counts a duplicated row once and flags a repeated key with other values as a loss', async () => {
    const a = row('2019', '08', 'Homicidio doloso', 'Con arma de fuego', '86', '03');
    const path = await file([
      HEADER,
      a,
      row('2019', '08', 'Homicidio doloso', 'Con arma blanca', '4', '03'),
      a, // line 4: an exact copy
      row('2019', '08', 'Homicidio doloso', 'Con arma de fuego', '90', '03'), // line 5: same key
    ]);
    const ledger = new Ledger('victims.csv');
    const totals = await aggregateVictims(path, 'victims.csv', ledger);
    expect(totals.get('08_2019')).toEqual({ homicides: 90, firearm: 86, femicides: 0 });
    expect(ledger.rejects).toEqual([
      expect.objectContaining({
        row: 4,
        reason: 'exact copy of row 2 (counted once)',
        lossless: true,
      }),
      expect.objectContaining({
        row: 5,
        reason: 'same key as row 2 with different values: which one is right is unknown',
        cell: { feature: '08', year: 2019 },
      }),
    ]);
    expect(ledger.losses.map((r) => r.row)).toEqual([5]);
  });

  it('fails on a renamed column, naming the file and column', async () => {
    const path = await file([HEADER.replace('n_victimas', 'victimas'), '']);
    await expect(aggregateVictims(path, 'victims.csv', new Ledger('victims.csv'))).rejects.toThrow(
      /victims\.csv \(row 1, field "n_victimas"\): missing column/,
    );
  });
});

describe('loadPopulation', () => {
  it('keeps both-sexes mid-year population of states in the layer years, and no duplicate', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-pop-'));
    const path = join(dir, 'pop.csv');
    await writeFile(
      path,
      [
        'n_year,nombre_estado,cve_ent,genero,pob_start_year,pob_mid_year',
        '2015,Chihuahua,08,Total,3600000,3610000',
        '2015,Chihuahua,08,Hombres,1800000,1805000',
        '2015,Nacional,00,Total,121000000,121300000',
        '1990,Chihuahua,08,Total,2400000,2410000',
        '2016,Chihuahua,08,Total,3620000,',
        '2015,Chihuahua,08,Total,1,1',
      ].join('\n'),
    );
    const ledger = new Ledger('pop.csv');
    const pop = await loadPopulation(path, ledger);
    expect([...pop]).toEqual([['08_2015', 3610000]]);
    expect(ledger.rejects.map((r) => [r.row, r.field, r.reason])).toEqual([
      [6, 'pob_mid_year', 'not a positive whole number'],
      [
        7,
        'n_year+cve_ent+genero',
        'same key as row 2 with different values: which one is right is unknown',
      ],
    ]);
    expect(ledger.filteredTotal).toBe(3);
  });
});
