// ports: U.S.–Mexico land ports of entry with yearly inbound (northbound) crossings per measure,
// 1996–2022 (BTS Border Crossing Entry Data). 2022 covers January–July only.
import { CITATIONS } from '../reference/citations';
import { placeProblem } from '../lib/countries';
import { DataError } from '../lib/errors';
import { range, yearlyFields, type FieldSpec } from '../lib/fields';
import type { BuiltLayer, LayerFeature, Props, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import type { Row } from '../lib/csv';
import { eachRow, readRows } from '../lib/table';
import { count, num } from '../lib/values';

export const PORTS_FILE = 'ports-of-entry/us_mexico_ports_bts_derived.csv';
export const BTS_FILE = 'ports-of-entry/bts_border_crossing_entry_data_1996-2022.csv.gz';
export const YEARS = range(1996, 2022);
export const PARTIAL = {
  year: 2022,
  note: 'January–July 2022 only (the copy ends in July 2022).',
  noteEs: 'Solo enero–julio de 2022 (la copia termina en julio de 2022).',
};

/** One BTS row per port, month and measure. */
export const BTS_KEY = ['Port Code', 'Date', 'Measure'] as const;

/** BTS measure name → field prefix. */
export const MEASURES: Record<string, string> = {
  'Personal Vehicles': 'personal_vehicles',
  'Personal Vehicle Passengers': 'personal_vehicle_passengers',
  Pedestrians: 'pedestrians',
  Trucks: 'trucks',
  'Truck Containers Loaded': 'truck_containers_loaded',
  'Truck Containers Empty': 'truck_containers_empty',
  Buses: 'buses',
  'Bus Passengers': 'bus_passengers',
  Trains: 'trains',
  'Train Passengers': 'train_passengers',
  'Rail Containers Loaded': 'rail_containers_loaded',
  'Rail Containers Empty': 'rail_containers_empty',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Port {
  code: string;
  name: string;
  state: string;
  lon: number;
  lat: number;
  coordSource: string;
  alt: [number, number] | null;
}

/**
 * Some ports share one coordinate pair in the BTS extract (Calexico = Calexico East). Where the
 * older BTS version places a port elsewhere, that port takes the older location; the field
 * `coord_source` says which was used.
 */
export function separateDuplicates(ports: Port[]): Port[] {
  const key = (p: Port) => `${p.lon},${p.lat}`;
  const groups = new Map<string, Port[]>();
  for (const p of ports) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return ports.map((p) => {
    if ((groups.get(key(p))?.length ?? 0) < 2 || !p.alt) return p;
    const [lon, lat] = p.alt;
    const moved = Math.abs(lon - p.lon) > 0.05 || Math.abs(lat - p.lat) > 0.05;
    return moved
      ? { ...p, lon, lat, coordSource: 'bts_2019_location (extract duplicated another port)' }
      : p;
  });
}

export function parseMonth(v: string | undefined): { year: number; month: number } | null {
  const m = /^([A-Z][a-z]{2}) (\d{4})$/.exec((v ?? '').trim());
  const month = m ? MONTHS.indexOf(m[1]!) : -1;
  return m && month >= 0 ? { year: Number(m[2]), month: month + 1 } : null;
}

export const ports: SourceModule = {
  id: 'ports',
  inputs: [
    {
      path: PORTS_FILE,
      key: ['port_code'],
      url: 'https://data.bts.gov/Research-and-Statistics/Border-Crossing-Entry-Data/keg4-3bc2',
      manual: true,
      getFrom: 'derived table, see ports-of-entry/README.md',
    },
    {
      path: BTS_FILE,
      key: BTS_KEY,
      url: 'https://data.bts.gov/api/views/keg4-3bc2/rows.csv?accessType=DOWNLOAD',
      getFrom: 'BTS Border Crossing Entry Data (see ports-of-entry/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const portLedger = new Ledger(PORTS_FILE);
    const { rows } = await readRows(
      ctx.raw(PORTS_FILE),
      {
        name: PORTS_FILE,
        required: [
          'port_name',
          'state',
          'port_code',
          'latitude',
          'longitude',
          'lat_bts2019_location',
          'lon_bts2019_location',
        ],
        key: ['port_code'],
      },
      portLedger,
    );
    const raw: Port[] = [];
    const unplaced = new Set<string>();
    for (const { line, values: v } of rows) {
      const lat = num(v.latitude);
      const lon = num(v.longitude);
      const where = lat === null || lon === null ? null : placeProblem(lon, lat, ['US', 'MX']);
      if (!/^\d{4}$/.test(v.port_code ?? ''))
        portLedger.reject(line, 'port_code', v.port_code, 'not a 4-digit CBP port code');
      else if (lat === null || lon === null) {
        unplaced.add(v.port_code);
        portLedger.reject(
          line,
          'latitude/longitude',
          `${v.latitude},${v.longitude}`,
          'no coordinates in the BTS extract: the port cannot be placed',
        );
      } else if (where || lat < 25 || lat > 33.5 || lon < -118 || lon > -97) {
        unplaced.add(v.port_code);
        portLedger.reject(
          line,
          'latitude/longitude',
          `${lat},${lon}`,
          where ?? 'not on the U.S.–Mexico border',
        );
      } else {
        portLedger.keep();
        const alat = num(v.lat_bts2019_location);
        const alon = num(v.lon_bts2019_location);
        raw.push({
          code: v.port_code,
          name: v.port_name,
          state: v.state,
          lon,
          lat,
          coordSource: 'bts_2020-2021_extract',
          alt: alat !== null && alon !== null ? [alon, alat] : null,
        });
      }
    }
    const placed = separateDuplicates(raw).sort((a, b) => a.code.localeCompare(b.code));
    const known = new Set(placed.map((p) => p.code));

    const btsLedger = new Ledger(BTS_FILE);
    const totals = new Map<string, number>();
    const cell = (v: Row<'Date' | 'Port Code'>) => {
      const d = parseMonth(v.Date);
      const code = v['Port Code'] ?? '';
      return d && known.has(code) ? { feature: code, year: d.year } : null;
    };
    await eachRow(
      ctx.raw(BTS_FILE),
      {
        name: BTS_FILE,
        required: ['Port Name', 'State', 'Port Code', 'Border', 'Date', 'Measure', 'Value'],
        key: BTS_KEY,
        scope: (v) =>
          v.Border !== 'US-Mexico Border'
            ? 'U.S.–Canada border'
            : unplaced.has(v['Port Code'] ?? '')
              ? 'port without coordinates (rejected in the ports table)'
              : null,
        cell,
      },
      btsLedger,
      ({ line, values: v }) => {
        const code = v['Port Code'];
        if (!known.has(code))
          return btsLedger.reject(
            line,
            'Port Code',
            code,
            'port not in the U.S.–Mexico ports table',
          );
        const d = parseMonth(v.Date);
        if (!d || d.year < YEARS[0]! || d.year > YEARS.at(-1)!)
          return btsLedger.reject(line, 'Date', v.Date, 'not a "Mon YYYY" date in 1996–2022');
        const measure = MEASURES[v.Measure];
        if (!measure)
          return btsLedger.reject(line, 'Measure', v.Measure, 'unknown measure', {
            cell: cell(v),
          });
        const n = count(v.Value);
        if (n === null)
          return btsLedger.reject(line, 'Value', v.Value, 'not a whole number ≥ 0', {
            cell: cell(v),
          });
        btsLedger.keep();
        const key = `${code}|${measure}_${d.year}`;
        totals.set(key, (totals.get(key) ?? 0) + n);
      },
    );

    const measures = Object.values(MEASURES);
    const features: LayerFeature[] = placed.map((p) => {
      const props: Props = {
        port_code: p.code,
        name: p.name,
        state: p.state,
        coord_source: p.coordSource,
      };
      for (const m of measures)
        for (const y of YEARS) props[`${m}_${y}`] = totals.get(`${p.code}|${m}_${y}`) ?? null;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: props,
      };
    });
    if (features.length < 25)
      throw new DataError(PORTS_FILE, `expected about 28 placed ports, found ${features.length}`);
    const partial = (y: number) => (y === PARTIAL.year ? ' (January–July)' : '');
    const fields: FieldSpec[] = [
      { name: 'port_code', type: 'string', description: 'CBP port code' },
      { name: 'name', type: 'string', description: 'Port name (BTS)' },
      { name: 'state', type: 'string', description: 'U.S. state' },
      {
        name: 'coord_source',
        type: 'string',
        description: 'Which BTS version the coordinates come from',
      },
      ...Object.entries(MEASURES).flatMap(([label, m]) =>
        yearlyFields(m, YEARS, {
          type: 'int',
          unit: label.toLowerCase(),
          description: (y) =>
            `Inbound ${label.toLowerCase()} crossing into the U.S. in ${y}${partial(y)}; empty = not reported`,
        }),
      ),
    ];
    return {
      id: 'ports',
      title: 'U.S.–Mexico land ports of entry',
      geometryType: 'Point',
      features,
      fields,
      key: 'port_code',
      years: YEARS,
      partialYears: [PARTIAL],
      checks: Object.values(MEASURES).map((m) => ({
        kind: 'range' as const,
        field: `${m}_{year}`,
        min: 0,
        max: 100_000_000,
      })),
      sources: [CITATIONS.bts],
      method: [
        'Monthly BTS counts summed by port, measure and calendar year. Counts are inbound (northbound) only: there is no southbound count; traffic volume is a proxy for how busy a crossing is.',
        'One BTS port code can cover several bridges; ports are placed at the coordinates of the 2020–2021 BTS extract. Where two ports share one coordinate pair there (Calexico and Calexico East), the one that the 2019 BTS version places elsewhere takes that location.',
        'Ports without coordinates in any BTS version (San Diego 2501, Houston 5301: one row each) are rejected and listed in the report.',
        'An empty value means BTS reported nothing for that port, measure and year (a gap, not zero). 2020–2021 are depressed by COVID-19 restrictions.',
        PARTIAL.note,
      ],
      methodEs: [
        'Conteos mensuales de BTS sumados por puerto, medida y año. Solo cruces hacia EE. UU. (hacia el norte): no hay conteo hacia el sur; el tráfico indica cuán concurrido es un cruce.',
        'Un código de puerto de BTS puede abarcar varios puentes; los puertos se ubican con las coordenadas del extracto BTS 2020–2021. Donde dos puertos comparten coordenadas (Calexico y Calexico East), el que la versión BTS de 2019 ubica en otro lugar toma esa ubicación.',
        'Los puertos sin coordenadas en ninguna versión de BTS (San Diego 2501, Houston 5301: una fila cada uno) se rechazan y se listan en el informe.',
        'Un valor vacío significa que BTS no reportó nada para ese puerto, medida y año (un vacío, no un cero). 2020–2021 están deprimidos por las restricciones de COVID-19.',
        '2022: solo enero–julio (la copia termina en julio de 2022).',
      ],
      ledgers: [portLedger, btsLedger],
    };
  },
};
