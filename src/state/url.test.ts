import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from './url';

const rules = {
  years: { min: 1996, max: 2025 },
  layers: {
    homicides: ['rate', 'victims'],
    ports: ['personal_vehicles', 'trucks'],
    guns: ['class'],
  },
  zoom: { min: 1.5, max: 12 },
};
const defaults = {
  year: 2022,
  layers: ['homicides', 'ports'],
  metrics: { homicides: 'rate', ports: 'personal_vehicles', guns: 'class' },
  lang: 'en' as const,
};

describe('the firearms filter in the URL', () => {
  it('reads and writes class, calibre, case and purchase years; refuses markup', () => {
    const { state } = parseUrlState(
      '#g.class=rifle&g.cal=5.56%2F.223&g.case=U.S.+v.+Avila&g.when=undated',
      rules,
    );
    expect(state.guns).toEqual({
      weaponClass: 'rifle',
      calibre: '5.56/.223',
      caseName: 'U.S. v. Avila',
      when: 'undated',
    });
    expect(
      serializeUrlState({ metrics: {}, layers: defaults.layers, guns: state.guns }, defaults),
    ).toBe('#g.class=rifle&g.cal=5.56%2F.223&g.case=U.S.+v.+Avila&g.when=undated');
    const bad = parseUrlState('#g.case=%3Cimg+onerror%3Dx%3E&g.when=sometimes', rules);
    expect(bad.state.guns).toBeUndefined();
    expect(bad.warnings).toHaveLength(2);
  });
});

describe('compare mode in the URL', () => {
  it('reads and writes the base year, and ignores one out of range', () => {
    expect(parseUrlState('#year=2021&cmp=2015', rules).state).toMatchObject({
      year: 2021,
      cmp: 2015,
    });
    const bad = parseUrlState('#cmp=1850', rules);
    expect(bad.state.cmp).toBeUndefined();
    expect(bad.warnings[0]).toMatch(/^ignoring cmp="1850": not a year/);
    expect(
      serializeUrlState({ year: 2021, cmp: 2015, metrics: {}, layers: defaults.layers }, defaults),
    ).toBe('#year=2021&cmp=2015');
  });
});

describe('parseUrlState', () => {
  it('reads every part of the state', () => {
    const { state, warnings } = parseUrlState(
      '#year=2019&layers=homicides,guns&m.homicides=victims&view=-103.5,28.1,4.5&lang=es&sel=homicides:08&mode=embed&scene=3',
      rules,
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      year: 2019,
      layers: ['homicides', 'guns'],
      metrics: { homicides: 'victims' },
      view: { lon: -103.5, lat: 28.1, zoom: 4.5 },
      lang: 'es',
      sel: { layer: 'homicides', key: '08' },
      mode: 'embed',
      scene: 3,
    });
  });

  it('ignores hostile and out-of-range values with a warning each', () => {
    const hash =
      '#year=3000&layers=homicides,<script>alert(1)</script>&m.ports=<img onerror=x>&view=0,0,99&lang=fr&sel=homicides:"><b>&mode=admin&scene=-1&foo=bar';
    const { state, warnings } = parseUrlState(hash, rules);
    expect(state).toEqual({ layers: ['homicides'], metrics: {} });
    expect(warnings).toHaveLength(9);
    expect(warnings.join('\n')).toContain('unknown layer');
  });

  it('carries a briefing link’s payload, last, and refuses anything but base64url in it', () => {
    const { state } = parseUrlState('#mode=briefing&scene=2&b=eJzz_w8A', rules);
    expect(state).toEqual({ metrics: {}, mode: 'briefing', scene: 2, b: 'eJzz_w8A' });
    expect(serializeUrlState({ ...state, lang: 'es' }, defaults)).toBe(
      '#mode=briefing&scene=2&lang=es&b=eJzz_w8A',
    );
    const bad = parseUrlState('#b=<script>', rules);
    expect(bad.state.b).toBeUndefined();
    expect(bad.warnings).toEqual(['ignoring b="<script>": not a briefing link']);
  });

  it('opens a U.S. state profile by its USPS code, and nothing else by place=', () => {
    const { state } = parseUrlState('#place=us-state:TX', rules);
    expect(state.place).toEqual({ kind: 'us-state', code: 'TX' });
    expect(serializeUrlState({ ...state, lang: 'en' }, defaults)).toBe('#place=us-state:TX');
    for (const bad of ['us-state:tx', 'mx-state:08', 'us-state:TX<b>', 'TX']) {
      const r = parseUrlState(`#place=${bad}`, rules);
      expect(r.state.place).toBeUndefined();
      expect(r.warnings[0]).toMatch(/expected us-state:<USPS code>/);
    }
  });

  it('accepts an empty layer list (everything off)', () => {
    expect(parseUrlState('#layers=', rules).state.layers).toEqual([]);
  });
});

describe('serializeUrlState', () => {
  it('round-trips, leaving defaults out', () => {
    const s: UrlState = {
      year: 2019,
      layers: ['homicides', 'guns'],
      metrics: { homicides: 'victims', ports: 'trucks' },
      view: { lon: -103.5, lat: 28.1, zoom: 4.5 },
      lang: 'es',
      sel: { layer: 'homicides', key: '08' },
    };
    const hash = serializeUrlState(s, defaults);
    expect(hash).toBe(
      '#year=2019&layers=homicides,guns&m.homicides=victims&view=-103.500,28.100,4.50&lang=es&sel=homicides:08',
    );
    const back = parseUrlState(hash, rules).state;
    expect(back).toMatchObject({
      year: 2019,
      layers: ['homicides', 'guns'],
      metrics: { homicides: 'victims' },
      lang: 'es',
      sel: s.sel,
      view: s.view,
    });
    expect(
      serializeUrlState(
        { year: 2022, layers: ['ports', 'homicides'], metrics: defaults.metrics, lang: 'en' },
        defaults,
      ),
    ).toBe('');
  });
});

describe("an embed's editorial keys in the URL", () => {
  it('round-trips the texts, theme, controls and framing area', () => {
    const hash =
      '#mode=embed&bbox=-118.000,14.000,-86.000,33.000&lang=es&theme=dark&controls=year' +
      '&title=Armas+hacia+el+sur&notes=Uno.%0ADos.&byline=Por+A.+Reporter&credit=Datos:+Southbound';
    const { state, warnings } = parseUrlState(hash, rules);
    expect(warnings).toEqual([]);
    expect(state).toMatchObject({
      bbox: [-118, 14, -86, 33],
      theme: 'dark',
      controls: ['year'],
      editorial: {
        title: 'Armas hacia el sur',
        notes: 'Uno.\nDos.',
        byline: 'Por A. Reporter',
        credit: 'Datos: Southbound',
      },
    });
    expect(serializeUrlState(state, defaults)).toBe(hash);
    // No controls at all is said, and differs from the default ones.
    expect(parseUrlState('#controls=', rules).state.controls).toEqual([]);
  });

  it('keeps hostile text as text and refuses what is not a value of its key', () => {
    const { state, warnings } = parseUrlState(
      '#title=%3Cscript%3Ealert(1)%3C%2Fscript%3E&desc=%00%01&theme=javascript%3Aalert(1)' +
        '&controls=year,%3Cb%3E&bbox=-86,14,-118,33',
      rules,
    );
    expect(state.editorial).toEqual({ title: '<script>alert(1)</script>' });
    expect(state.theme).toBeUndefined();
    expect(state.controls).toEqual(['year']);
    expect(state.bbox).toBeUndefined();
    expect(warnings).toHaveLength(4);
  });
});

describe('annotations in the URL', () => {
  it('reads each ann in order, refuses a bad one with a warning, writes them back', () => {
    const { state, warnings } = parseUrlState(
      '#ann=-106.45,31.69,0,-40,Juárez|Juárez&ann=oops&ann=-99.1,19.4,30,0,CDMX',
      rules,
    );
    expect(state.annotations?.map((a) => a.en)).toEqual(['Juárez', 'CDMX']);
    expect(warnings).toHaveLength(1);
    expect(serializeUrlState(state, defaults)).toBe(
      '#ann=-106.4500,31.6900,0,-40,Ju%C3%A1rez%7CJu%C3%A1rez&ann=-99.1000,19.4000,30,0,CDMX',
    );
  });
});
