// Writes the table ids and column keys of schema/report.schema.json from src/i18n/fr-tables.ts,
// the one list of every table refaudit produces (the catalogue test compares the two).
// Run after `npm run build`: node scripts/schema-tables.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { FR_TABLES } from '../dist/i18n/fr-tables.js';

const file = new URL('../schema/report.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(file, 'utf8'));
const defs = schema.$defs;
const ids = Object.keys(FR_TABLES);
defs.tableId.enum = ids;
defs.table.allOf = ids.map((id) => {
  const keys = Object.keys(FR_TABLES[id].columns);
  return {
    if: { type: 'object', properties: { id: { const: id } }, required: ['id'] },
    then: {
      type: 'object',
      properties: {
        columns: { type: 'array', items: { type: 'object', properties: { key: { type: 'string', enum: keys } } } },
        rows: { type: 'array', items: { type: 'object', propertyNames: { type: 'string', enum: keys } } },
      },
    },
  };
});
writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
console.log(`schema: ${ids.length} table ids`);

// The facts of each finding item, by rule id, from src/rules/facts.ts (test/report/facts.test.ts
// checks that the schema and that list agree and that real audits' items match them).
const { FACTS } = await import('../dist/rules/facts.js');
const factSchema = (t) => {
  const nullable = t.endsWith('?');
  const base = nullable ? t.slice(0, -1) : t;
  const s =
    base === 'strings' || base === 'urls' ? { type: 'array', items: { type: 'string' } }
    : base === 'numbers' ? { type: 'array', items: { type: 'number' } }
    : base === 'url' ? { type: 'string', description: 'URL' }
    : { type: base };
  return nullable ? { ...s, type: [s.type, 'null'] } : s;
};
const findingIds = Object.keys(FACTS);
defs.findingId = { description: 'Every rule and analysis finding id (src/rules/facts.ts).', type: 'string', enum: findingIds };
defs.facts = {
  description: 'The facts behind an item, as typed fields; which ones, by rule id: $defs.factsByRule.',
  type: 'object',
  additionalProperties: { anyOf: [{ $ref: '#/$defs/cell' }, { type: 'array', items: { type: ['string', 'number'] } }] },
};
defs.factsByRule = Object.fromEntries(
  findingIds.map((id) => {
    const f = FACTS[id];
    return [id, { type: 'object', additionalProperties: false, required: Object.keys(f), properties: Object.fromEntries(Object.entries(f).map(([k, t]) => [k, factSchema(t)])) }];
  }),
);
defs.item.allOf = findingIds.map((id) => ({
  if: { type: 'object', properties: { ruleId: { const: id } }, required: ['ruleId'] },
  then: { type: 'object', properties: { facts: { $ref: `#/$defs/factsByRule/${id}` } } },
}));
defs.finding.allOf = findingIds.map((id) => ({
  if: { type: 'object', properties: { ruleId: { const: id } }, required: ['ruleId'] },
  then: { type: 'object', properties: { evidence: { type: 'array', items: { type: 'object', properties: { facts: { $ref: `#/$defs/factsByRule/${id}` } } } } } },
}));
writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
console.log(`schema: facts of ${findingIds.length} finding ids`);
