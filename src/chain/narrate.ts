// The chain panel's sentences: every count of the summary in words, the unknown share stated as
// plainly as the known one, modeled links called modeled. Pure; one Text per sentence shape.
import { t, type Text } from '../i18n/strings';
import { formatNumber, type Lang } from '../lib/format';
import { rank, RANK_KINDS, type RankKind } from './diversion';
import type { ChainKind, ChainNode, ChainTable } from './node';
import { RANK_LABEL } from './text';
import { nodeName } from './node';
import type { ChainSummary, Count } from './summary';

const TEXT = {
  lead: {
    en: 'Of {total} firearms in {cases} federal court cases, {n} ({share}) {what}, in {k} case(s).',
    es: 'De {total} armas en {cases} casos judiciales federales, {n} ({share}) {what}, en {k} caso(s).',
  },
  bought: {
    en: 'Bought in {places} place(s) in {states} U.S. state(s), {most} {top}; {unknown} with no purchase state in the filings.',
    es: 'Compradas en {places} lugar(es) de {states} estado(s) de EE. UU., {most} {top}; {unknown} sin estado de compra en los expedientes.',
  },
  boughtNone: {
    en: 'The filings give no U.S. purchase state for any of them.',
    es: 'Los expedientes no dan el estado de compra en EE. UU. de ninguna.',
  },
  ports: {
    en: 'Our model routes them through {k} port(s), {most} {top} — the nearest port to the purchase place, an assumption, not a record; {unknown} cannot be routed (no purchase place).',
    es: 'Nuestro modelo las hace cruzar por {k} puerto(s), {most} {top} — el puerto más cercano al lugar de compra, un supuesto, no un registro; {unknown} no se pueden trazar (sin lugar de compra).',
  },
  recovered: {
    en: 'Recovered in a stated Mexican place: {known} ({share}), in {k} state(s), {most} {top}. No recovery place in the filings: {unknown} ({ushare}).',
    es: 'Recuperadas en un lugar de México que consta: {known} ({share}), en {k} estado(s), {most} {top}. Sin lugar de recuperación en los expedientes: {unknown} ({ushare}).',
  },
  recoveredNone: {
    en: 'No recovery place we could locate for any of them: {unknown} name none in the filings.',
    es: 'Ningún lugar de recuperación que pudiéramos ubicar: {unknown} no nombran ninguno en los expedientes.',
  },

  unplaced: {
    en: '{n} name a place we could not locate.',
    es: '{n} nombran un lugar que no pudimos ubicar.',
  },
  portsNone: {
    en: 'None can be routed through a port: the filings give no purchase place for any of them.',
    es: 'Ninguna se puede trazar por un puerto: los expedientes no dan lugar de compra para ninguna.',
  },
  percent: { en: '{v}%', es: '{v}\u00a0%' },
  tied: { en: '{names} ({n} each)', es: '{names} ({n} cada uno)' },
  and: { en: 'and', es: 'y' },
  more: { en: ' and {n} more', es: ' y {n} más' },
  most: { en: 'most in', es: 'sobre todo en' },
  all: { en: 'all in', es: 'todas en' },
  mostThrough: { en: 'most through', es: 'sobre todo por' },
  allThrough: { en: 'all through', es: 'todas por' },
  notDealers: {
    en: '{n} came from a gun show or a private sale, as the filings say: not a dealer the list could name.',
    es: '{n} vinieron de una feria de armas o de una venta privada, según los expedientes: no de una armería que la lista pudiera nombrar.',
  },
  topLine: {
    en: '{leaders}: {share} of all {total}; {unknown} have no {lacks}.',
    es: '{leaders}: {share} de las {total}; {unknown} no tienen {lacks}.',
  },
  topLineTied: {
    en: '{leaders}: {share} of all {total} each; {unknown} have no {lacks}.',
    es: '{leaders}: {share} de las {total} cada uno; {unknown} no tienen {lacks}.',
  },
  dealers: {
    en: 'Sold by {k} dealer(s) named in the filings, {p} of them penalized after an ATF inspection; {unknown} name no dealer.',
    es: 'Vendidas por {k} armería(s) nombradas en los expedientes, {p} de ellas sancionadas tras una inspección de la ATF; {unknown} no nombran armería.',
  },
} satisfies Record<string, Text>;

/** "were recovered in Jalisco": what the followed firearms have in common. */
export const WHAT: Record<ChainKind, Text> = {
  'mx-state': { en: 'were recovered in {name}', es: 'se recuperaron en {name}' },
  'mx-mun': { en: 'were recovered in {name}', es: 'se recuperaron en {name}' },
  'us-state': { en: 'were bought in {name}', es: 'se compraron en {name}' },
  'us-county': {
    en: 'were bought in {name} (the county of the purchase city)',
    es: 'se compraron en {name} (el condado de la ciudad de compra)',
  },
  'us-city': { en: 'were bought in {name}', es: 'se compraron en {name}' },
  dealer: { en: 'were sold by {name}', es: 'las vendió {name}' },
  port: {
    en: 'were bought closest to the {name} port (modeled crossing)',
    es: 'se compraron más cerca del puerto de {name} (cruce modelado)',
  },
  case: { en: 'are in {name}', es: 'están en {name}' },
};

/** "11%" in English, "11 %" in Spanish (a no-break space: the sign never wraps alone). */
export const share = (n: number, of: number, lang: Lang) =>
  t(lang, TEXT.percent, {
    v: formatNumber(of ? (100 * n) / of : 0, lang, n && (100 * n) / of < 1 ? 1 : 0),
  });

/**
 * "Texas (40)", "Alabama and Texas (5 each)" when the largest are tied: never one of a tie
 * named as the most.
 */
export function leaders(counts: readonly Count[], name: (c: Count) => string, lang: Lang): string {
  const top = counts.filter((c) => c.firearms === counts[0]?.firearms);
  const n = formatNumber(counts[0]?.firearms ?? 0, lang);
  if (top.length <= 1) return top[0] ? `${name(top[0])} (${n})` : '—';
  const names = top.slice(0, 3).map(name);
  const more = top.length > 3 ? t(lang, TEXT.more, { n: top.length - 3 }) : '';
  return t(lang, TEXT.tied, {
    names: `${names.slice(0, -1).join(', ')}${more ? `, ${names.at(-1)}${more}` : ` ${t(lang, TEXT.and)} ${names.at(-1)}`}`,
    n,
  });
}

/** The sentences, in order: lead, purchase, ports, recovery, (unplaced), dealers. */
export function narrate(table: ChainTable, node: ChainNode, s: ChainSummary, lang: Lang): string[] {
  const n = (x: number) => formatNumber(x, lang);
  const top = (kind: ChainKind, counts: Count[]) =>
    leaders(counts, (c) => nodeName(table, { kind, key: c.key }), lang);
  /**
   * "all in" when one place holds every firearm the sentence counts (purchase and recovery
   * sentences count the known ones and give the unknown apart; the ports sentence is about
   * every firearm, so one unroutable firearm makes it "most").
   */
  const most = (counts: Count[], through = false, unknown = 0) =>
    t(
      lang,
      counts.length === 1 && unknown === 0
        ? through
          ? TEXT.allThrough
          : TEXT.all
        : through
          ? TEXT.mostThrough
          : TEXT.most,
    );
  const out = [
    t(lang, TEXT.lead, {
      total: n(table.totals.firearms),
      cases: n(table.totals.cases),
      n: n(s.firearms),
      share: share(s.firearms, table.totals.firearms, lang),
      what: t(lang, WHAT[node.kind], { name: nodeName(table, node) }),
      k: n(s.cases),
    }),
    s.purchaseStates.length
      ? t(lang, TEXT.bought, {
          places: n(s.purchasePlaces),
          states: n(s.purchaseStates.length),
          most: most(s.purchaseStates),
          top: top('us-state', s.purchaseStates),
          unknown: n(s.purchaseUnknown),
        })
      : t(lang, TEXT.boughtNone),
    s.ports.length
      ? t(lang, TEXT.ports, {
          k: n(s.ports.length),
          most: most(s.ports, true, s.portUnknown),
          top: top('port', s.ports),
          unknown: n(s.portUnknown),
        })
      : t(lang, TEXT.portsNone),
    s.recovery.filing
      ? t(lang, TEXT.recovered, {
          known: n(s.recovery.filing),
          share: share(s.recovery.filing, s.firearms, lang),
          k: n(s.recoveryStates.length),
          most: most(s.recoveryStates),
          top: top('mx-state', s.recoveryStates),
          unknown: n(s.recovery.unknown),
          ushare: share(s.recovery.unknown, s.firearms, lang),
        })
      : t(lang, TEXT.recoveredNone, { unknown: n(s.recovery.unknown) }),
  ];
  if (s.recovery.unplaced) out.push(t(lang, TEXT.unplaced, { n: n(s.recovery.unplaced) }));
  // Gun shows and private sales are named in the filings' dealer column, but are not dealers.
  const seller = new Map(table.dealers.map((d) => [d.id, d.seller]));
  const licensed = s.dealers.filter((d) => (seller.get(d.key) ?? 'dealer') === 'dealer');
  const notDealers = s.dealers
    .filter((d) => !licensed.includes(d))
    .reduce((k, d) => k + d.firearms, 0);
  out.push(
    t(lang, TEXT.dealers, {
      k: n(licensed.length),
      p: n(licensed.filter((d) => d.penalized).length),
      unknown: n(s.dealerUnknown),
    }),
  );
  if (notDealers) out.push(t(lang, TEXT.notDealers, { n: n(notDealers) }));
  return out;
}

/**
 * The points of diversion in one line per kind, for the briefing stage: "Dealers — Lone Star
 * Arms (163): 4% of all 4,224; 1,203 have no dealer named." Ties are named together.
 */
export function topLines(
  table: ChainTable,
  lang: Lang,
): { kind: RankKind; label: string; text: string }[] {
  const n = (x: number) => formatNumber(x, lang);
  return RANK_KINDS.map((kind) => {
    const { rows, total, unknown } = rank(table, table.paths, kind);
    const tied = rows.filter((r) => r.firearms === rows[0]?.firearms).length > 1;
    return {
      kind,
      label: t(lang, RANK_LABEL[kind].label),
      text: t(lang, tied ? TEXT.topLineTied : TEXT.topLine, {
        leaders: leaders(rows, (c) => nodeName(table, { kind, key: c.key }), lang),
        share: share(rows[0]?.firearms ?? 0, total, lang),
        total: n(total),
        unknown: n(unknown),
        lacks: t(lang, RANK_LABEL[kind].lacks),
      }),
    };
  });
}
