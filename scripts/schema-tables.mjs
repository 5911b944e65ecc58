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
