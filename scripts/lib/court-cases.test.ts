import { describe, expect, it } from 'vitest';
import { caseKey, parseLooseDate, weaponClass } from './court-cases';

describe('parseLooseDate', () => {
  it('reads the mixed formats of the court filings', () => {
    expect(parseLooseDate('2/13/09')).toEqual({ iso: '2009-02-13', year: 2009, precision: 'day' });
    expect(parseLooseDate('6/16/2023')).toEqual({
      iso: '2023-06-16',
      year: 2023,
      precision: 'day',
    });
    expect(parseLooseDate('April 9, 2015')).toEqual({
      iso: '2015-04-09',
      year: 2015,
      precision: 'day',
    });
    expect(parseLooseDate('2017')).toEqual({ iso: null, year: 2017, precision: 'year' });
    expect(parseLooseDate('Summer 2010')).toEqual({ iso: null, year: 2010, precision: 'range' });
    expect(parseLooseDate('Aug-Dec 2017')).toEqual({ iso: null, year: 2017, precision: 'range' });
  });

  it('refuses impossible or yearless dates', () => {
    expect(parseLooseDate('2/30/2010')).toBeNull();
    expect(parseLooseDate('13/1/2010')).toBeNull();
    expect(parseLooseDate('sometime')).toBeNull();
    expect(parseLooseDate('2010 or 2011')).toBeNull();
    expect(parseLooseDate('')).toBeNull();
  });
});

describe('weaponClass', () => {
  it('folds inconsistent spellings into one class', () => {
    for (const t of ['Rifle', 'RIFLE', 'Rifle ', 'rifle', 'Assault Rifle'])
      expect(weaponClass(t, '', '7.62', '')).toBe('rifle');
    for (const t of ['Pistol', 'pistol', 'HANDGUN', 'Derringer'])
      expect(weaponClass(t, '', '9mm', '')).toBe('pistol');
    expect(weaponClass('Lower Reciever', '', '', '')).toBe('part');
    expect(weaponClass('', '', '', '')).toBe('unknown');
    expect(weaponClass('Rifle/Shotgun', '', '', '')).toBe('other');
  });

  it('makes .50 calibre and sniper rifles stand out, but not .50 pistols', () => {
    for (const c of ['.50 BMG', '.50', '.5', '0.5', '0.50', '.5 BMG'])
      expect(weaponClass('Rifle', '', c, ''), c).toBe('sniper-50');
    expect(weaponClass('Revolver', '', '500', '')).toBe('revolver');
    // A belt-fed .50 is a machine gun first.
    expect(weaponClass('Rifle', 'belt-fed', '0.5', '')).toBe('machine-gun');
    expect(weaponClass('Rifle', 'sniper', '.308', '')).toBe('sniper-50');
    expect(weaponClass('Rifle', '', '.308', 'Sniper rifles')).toBe('sniper-50');
    expect(weaponClass('Pistol', '', '.50', '')).toBe('pistol');
    expect(weaponClass('Rifle', '', '22-250', '')).toBe('rifle');
  });
});

describe('caseKey', () => {
  it('matches the case names the two files spell differently', () => {
    expect(caseKey('USA v. Boswell et al ')).toBe(caseKey('United States v. Boswell'));
    expect(caseKey('UNITED STATES OF AMERICA, V. DAVID CAMPOY et al')).toBe(
      caseKey('United States v. David Campoy'),
    );
  });
});
