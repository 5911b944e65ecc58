/**
 * A keyword whose words the site's words do not place in one language (every word is on pages of
 * both: names, commands, "presolve") is read in the main language unless another language's best
 * page scores twice as high (fmtdocs' "presolve postsolve" is only a French slide deck's subject;
 * its English pages mention the words in passing).
 */
import { describe, expect, it } from 'vitest';
import { analyzeRelevance } from '../../src/analyze/relevance/relevance.js';
import type { TargetKeyword } from '../../src/analyze/types.js';
import { makeSnapshot } from '../support/make-snapshot.js';

const kw = (keyword: string): TargetKeyword => ({ keyword, priority: 1, volume: null, category: null, source: 't' });
const EN = 'The model is read from its files and solved by the solver with the options the user gives in the scenario, then the results are written for each period of the planning horizon.';
const FR = 'Le modèle est lu à partir de ses fichiers et résolu par le solveur avec les options que donne l’utilisateur dans le scénario, puis les résultats sont écrits pour chaque période.';

function site() {
  return makeSnapshot([
    { url: 'https://ex.test/', html: { title: 'Model documentation', lang: 'en', text: `${EN} ${EN}` } },
    { url: 'https://ex.test/solver', html: { title: 'Solver options', lang: 'en', text: `${EN} The solver may presolve the model and postsolve the solution. Tools and install notes: pip install.` } },
    { url: 'https://ex.test/install', html: { title: 'Install the tools', headings: [{ level: 1, text: 'Install' }], lang: 'en', text: `${EN} Install the tools with pip install, then run the model.` } },
    { url: 'https://ex.test/parsing', html: { title: 'Parsing', lang: 'en', text: `${EN} ${EN} Parsing.` } },
    { url: 'https://ex.test/fr/', html: { title: 'Documentation du modèle', lang: 'fr', text: `${FR} ${FR} pip install` } },
    { url: 'https://ex.test/fr/presolve', html: { title: 'Presolve et postsolve', headings: [{ level: 1, text: 'Presolve et postsolve' }], lang: 'fr', text: `${FR} Le presolve réduit le modèle, le postsolve rend la solution. Presolve postsolve.` } },
  ]);
}

describe('a keyword the site writes in two languages', () => {
  it('goes to the other language when its best page there scores twice the main language\'s', () => {
    const rel = analyzeRelevance({ snapshot: site(), keywords: [kw('presolve postsolve')], markets: [] });
    expect(rel.mainLanguage).toBe('en');
    expect(rel.keywords[0]).toMatchObject({ lang: 'fr', best: { url: 'https://ex.test/fr/presolve' } });
  });

  it('stays in the main language when the other is not clearly better', () => {
    const rel = analyzeRelevance({ snapshot: site(), keywords: [kw('pip install')], markets: [] });
    expect(rel.keywords[0]).toMatchObject({ lang: 'en', best: { url: 'https://ex.test/install' } });
  });
});
