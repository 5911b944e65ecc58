import type { CoverageResult, EngineCoverage, MarketCoverage } from '../../analyze/coverage/coverage.js';
import type { ListingState } from '../../analyze/coverage/market-coverage.js';
import { listingState } from '../../analyze/coverage/market-coverage.js';
import type { ModelData } from '../../data/load.js';
import { measured, type Origin } from '../../shared/origin.js';
import type { Cell, StepPart, TableDraft } from '../types.js';
import { javascriptTable } from './engines-javascript.js';
import { msg, note } from '../note.js';

const pct = (x: number) => Math.round(x * 1000) / 10;
const one = (x: number) => Math.round(x * 10) / 10;

export const LISTING_LABEL: Record<ListingState, string> = {
  listed: 'listed, followable link',
  'not-followable': 'listed, link not followable (nofollow/ugc/sponsored)',
  'other-category': 'listed in another category',
  'other-category-not-followable': 'listed in another category, link not followable',
  absent: 'not listed',
  unknown: 'unknown (page not read)',
};

/** Where an engine's presence figure comes from, in words the report prints. */
export function presenceOrigin(e: EngineCoverage): string {
  const o = e.observed;
  if (!o) return 'estimated from crawlability only';
  if (o.kind === 'export') return `imported: ${o.file}`;
  return `${o.source}, ${o.date} (${o.method === 'site-count' ? 'site: result count' : 'key pages found, no result count in the answer'})`;
}

/** Short form for a table cell. */
function presenceCell(e: EngineCoverage): string {
  const o = e.observed;
  if (!o) return 'presence: estimated from crawlability';
  return o.kind === 'export' ? `presence: export ${o.file}` : `presence: ${o.source} ${o.date}`;
}

function audienceTable(m: MarketCoverage, cov: CoverageResult, data: ModelData, analysis: Origin): TableDraft {
  const dirTotal = m.directories.reduce((s, d) => s + d.share, 0);
  const engineRows: Cell[][] = Object.entries(m.shares)
    .sort((a, b) => b[1] - a[1])
    .map(([id, share]) => {
      const e = cov.engines.find((x) => x.engine === id);
      return [e?.name ?? id, 'engine', one(share), pct(e?.reachability ?? 0), one(m.lost[id] ?? 0), e ? presenceCell(e) : null];
    });
  const dirRows: Cell[][] = m.directories.map((d) => [
    d.name, 'directory', one(d.share), d.presence === null ? null : pct(d.presence), d.presence === null ? null : one(d.lost),
    `share: config (${d.shareSource}); ${LISTING_LABEL[d.state]}${d.presence === null ? ', share left out of the total' : ''}`,
  ]);
  const notes = [
    'Engine shares: the Share column\'s origin; directory shares: the config, with the source it states.',
    m.parts ? 'For a language, each figure is the weighted mean over its markets (see the next table); a directory counts only in the markets it has a share in.' : '',
    dirTotal ? `Directories carry ${one(dirTotal)} % of this audience: engines' shares are scaled by (100 − ${one(dirTotal)}) ÷ 100.` : '',
    m.unknownShare ? `${one(m.unknownShare)} % of the audience is in directories whose page could not be read: it is left out, coverage is over the other ${one(100 - m.unknownShare)} %.` : '',
  ].filter(Boolean);
  const noteText = msg('audience.note', { language: m.parts ? 1 : 0, directories: dirTotal ? one(dirTotal) : null, unknown: m.unknownShare ? one(m.unknownShare) : null });
  return {
    // One id for every market (the schema lists it once); the market is a field of the table.
    id: 'audience',
    market: m.market,
    title: `Audience in ${m.market}${m.parts ? ` (language: ${m.parts.length} markets)` : m.dataMarket !== m.market.split('-').pop() ? ` (data: ${m.dataMarket})` : ''} and what the site gets`,
    columns: [
      { key: 'channel', label: 'Engine / directory' },
      { key: 'kind', label: 'Kind' },
      { key: 'share', label: 'Share', align: 'right', unit: '%', origin: data.origins.shares },
      { key: 'presence', label: 'Presence', align: 'right', unit: '%', origin: analysis },
      { key: 'lost', label: 'Pts lost', align: 'right', origin: analysis },
      { key: 'origin', label: 'Origin' },
    ],
    rows: [...engineRows, ...dirRows],
    ...(notes.length ? { note: notes.join(' '), noteText } : {}),
  };
}

function languageTable(m: MarketCoverage, data: ModelData, analysis: Origin): TableDraft {
  return {
    id: 'language-markets',
    market: m.market,
    title: `Markets read for the language "${m.market}"`,
    columns: [
      { key: 'market', label: 'Market' },
      { key: 'weight', label: 'Weight', align: 'right', origin: data.origins.languages },
      { key: 'data', label: 'Shares row' },
      { key: 'score', label: 'Coverage', align: 'right', unit: 'score', origin: analysis },
    ],
    rows: (m.parts ?? []).map((p) => [p.market, p.weight, p.dataMarket, one(p.score)]),
    note: 'Weight: internet users using the language, millions (the data file states its source and date). A market without its own audience-shares row uses the worldwide row.',
  };
}

function presenceTable(cov: CoverageResult): TableDraft {
  return {
    id: 'engine-presence',
    title: 'Effective presence: indexed ÷ indexable pages per engine',
    columns: [
      { key: 'engine', label: 'Engine' },
      { key: 'indexed', label: 'Indexed', align: 'right', unit: 'pages' },
      { key: 'indexable', label: 'Indexable', align: 'right', unit: 'pages', origin: measured('crawl') },
      { key: 'ratio', label: 'Indexed ÷ indexable', align: 'right', unit: '%' },
      { key: 'home', label: 'Home found' },
      { key: 'key', label: 'Key pages found' },
      { key: 'origin', label: 'Origin' },
    ],
    rows: cov.engines.map((e) => {
      const found = e.provider?.keyPages ?? [];
      const indexed = e.observed?.kind === 'export' ? e.observed.indexed : e.provider?.indexed ?? null;
      return [e.name, indexed, e.indexable, e.observedShare === null ? null : pct(e.observedShare), e.provider ? e.provider.homeFound : null, e.provider ? `${found.filter((k) => k.found).length}/${found.length}` : null, presenceOrigin(e)];
    }),
    note: 'Indexed: the count of an imported index export, or the engine\'s own estimate of the results of a site: query asked through the SERP provider (capped at the indexable count in coverage). Key pages: the best landing page of each target keyword.',
  };
}

function directoriesTable(cov: CoverageResult): TableDraft {
  const shareText = (s: CoverageResult['directories'][number]['share']) =>
    s === null || s === undefined ? null : typeof s === 'number' ? `${s} %` : Object.entries(s).map(([k, v]) => `${k}: ${v} %`).join(', ');
  return {
    id: 'directories',
    title: 'Directories (annuaires)',
    columns: [
      { key: 'name', label: 'Directory' },
      { key: 'listed', label: 'Listing' },
      { key: 'foundAt', label: 'Found at' },
      { key: 'anchor', label: 'Anchor' },
      { key: 'rel', label: 'rel' },
      { key: 'rank', label: 'A-Z rank', align: 'right', origin: measured('directory page') },
      { key: 'listedSites', label: 'Sites listed', align: 'right', origin: measured('directory page') },
      { key: 'share', label: 'Audience share' },
      { key: 'source', label: 'Share source (config)' },
    ],
    // The rank and the listing's size are two numbers (a script sorts by rank), shown side by side.
    rows: cov.directories.map((d) => [d.name, LISTING_LABEL[listingState(d)], d.foundElsewhere, d.anchor, d.rel, d.alphaRank, d.read ? d.listingSize : null, shareText(d.share), d.shareSource]),
  };
}

function stepNotes(cov: CoverageResult): StepPart['notes'] {
  const notes: StepPart['notes'] = [];
  if (!cov.directories.length) notes.push(note('No directories configured ("directories" in the config): none checked.', 'engines.no-directories'));
  const noShare = cov.directories.filter((d) => d.share === null || d.share === undefined).map((d) => d.name).join(', ');
  if (noShare) notes.push(note(`No audience share configured for ${noShare}: checked, not counted in coverage.`, 'engines.no-share', { names: noShare }));
  for (const d of cov.directories.filter((x) => !x.read)) {
    const error = d.error ?? 'no page';
    notes.push(note(`${d.name} could not be read (${error}): its listing is unknown, not absent; its share is left out of each market's total.`, 'engines.directory-unread', { name: d.name, error }));
  }
  const estimated = cov.engines.filter((e) => !e.observed).map((e) => e.name).join(', ');
  if (estimated) notes.push(note(`Presence estimated from crawlability only (no index export imported, no SERP provider answer) for: ${estimated}.`, 'engines.presence-estimated', { engines: estimated }));
  return notes;
}

export function buildEnginesStep(cov: CoverageResult, data: ModelData, rendered = false): StepPart {
  const js = javascriptTable(cov, data, rendered);
  const analysis: Origin = { kind: 'model', file: 'src/analyze/coverage/coverage.ts', source: 'refaudit coverage formula (README, "Coverage") over measured crawl facts, config directory shares and directory-presence.json', date: '2026-11' };
  const crawl = measured('crawl');
  const cost = cov.costliest ? cov.engines.find((e) => e.engine === cov.costliest!.engine) : null;
  const dirCost = cov.costliestDirectory;
  const marketLabel = (m: MarketCoverage) => (m.parts ? `${m.market} (language: ${m.parts.map((p) => p.market.split('-').pop()).join(', ')})` : m.market);
  return {
    summary: `Audience-weighted coverage ${cov.score.toFixed(1)}/100 over ${cov.markets.map(marketLabel).join(', ')}` +
      (cost && cov.costliest ? `; ${cost.name} costs the most of the engines (${cov.costliest.points.toFixed(1)} points)` : '') +
      (dirCost ? `; ${dirCost.name}'s listing costs ${dirCost.points.toFixed(1)} points of the overall score (${dirCost.worst.points.toFixed(1)} in ${dirCost.worst.market})` : '') + '.',
    summaryText: msg('engines.summary', {
      coverage: cov.score, markets: cov.markets.map(marketLabel).join(', '), costliest: cost && cov.costliest ? cost.name : null, points: cov.costliest?.points ?? null,
      directory: dirCost?.name ?? null, directoryPoints: dirCost?.points ?? null, worstPoints: dirCost?.worst.points ?? null, worstMarket: dirCost?.worst.market ?? null,
    }),
    scores: [
      { id: 'coverage', label: 'Coverage (audience-weighted)', value: one(cov.score), unit: 'score', origin: analysis },
      ...cov.markets.map((m) => ({ id: `coverage-${m.market}`, label: `Coverage in ${marketLabel(m)}`, value: one(m.score), unit: 'score' as const, origin: analysis })),
    ],
    tables: [
      ...cov.markets.flatMap((m) => [audienceTable(m, cov, data, analysis), ...(m.parts ? [languageTable(m, data, analysis)] : [])]),
      ...(cov.engines.some((e) => e.observed || e.provider) ? [presenceTable(cov)] : []),
      {
        id: 'engine-reachability',
        title: 'Which engines can reach the site',
        columns: [
          { key: 'engine', label: 'Engine' },
          { key: 'bot', label: 'Bot' },
          { key: 'home', label: 'Home ok' },
          { key: 'crawlable', label: 'Crawlable', align: 'right', unit: '%', origin: crawl },
          { key: 'verified', label: 'Verified' },
          { key: 'indexnow', label: 'IndexNow' },
        ],
        rows: cov.engines.map((e) => [e.name, e.bot, e.homeReachable, pct(e.crawlableShare), e.verified, e.indexNow]),
        note: 'Crawlable: share of indexable pages this engine\'s bot may crawl and index (robots.txt, meta robots, X-Robots-Tag). Verified/IndexNow: blank when the engine has no such tool.',
      },
      ...(js ? [js] : []),
      ...(cov.directories.length ? [directoriesTable(cov)] : []),
    ],
    charts: [
      {
        kind: 'bar',
        id: 'coverage-by-engine',
        title: 'Presence by engine (%)',
        unit: '%',
        origin: analysis,
        bars: cov.engines.map((e) => ({ label: e.name, value: pct(e.reachability), tone: e.reachability >= 0.9 ? 'good' : e.reachability >= 0.5 ? 'warn' : 'bad' })),
      },
    ],
    notes: stepNotes(cov),
  };
}
