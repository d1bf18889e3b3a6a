/** A negated request removes its signal; a description of a fault does not. */
import { describe, expect, it } from 'vitest';
import { caveatIds, decideText, ruleIds } from './helpers.js';

describe('negated requests', () => {
  it.each([
    { text: 'No coding needed, just turn these notes into a one-page summary.', gone: 'code.code-or-infra' },
    { text: 'No coding needed - just tidy up the formatting of this Excel workbook.', gone: 'code.code-or-infra' },
    { text: "Don't deploy anything yet; draft the release announcement email.", gone: 'code.code-or-infra' },
    { text: 'This is not a coding task: reformat the board deck.', gone: 'code.code-or-infra' },
    { text: 'Nothing here involves code: update the holiday rota spreadsheet.', gone: 'code.code-or-infra' },
    { text: 'Without touching the repo, write the customer FAQ document.', gone: 'code.code-or-infra' },
    { text: "It doesn't need a server or a database, just a nice slide deck.", gone: 'code.code-or-infra' },
    { text: 'No need to run this on a schedule; just draft the budget memo.', gone: 'code.automation' },
    { text: "There's no HIPAA data here; draft the clinic's holiday newsletter.", gone: 'code.compliance' },
  ])('$text -> Cowork, without $gone', ({ text, gone }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).not.toContain(gone);
    expect(ruleIds(decision)).toContain('cowork.knowledge-work');
    expect(caveatIds(decision)).not.toContain('caveat.engineering-review');
  });
});

describe('descriptions of a fault are not negations', () => {
  it.each([
    "The build doesn't compile after the merge; fix it.",
    "The build doesn't compile.",
    "The deploy isn't working since this morning.",
    "Our tests aren't passing on the main branch.",
    "The Docker container won't start on the staging server.",
  ])('%j is code work', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.code-or-infra');
  });
});

describe('a negation stays in its clause', () => {
  it.each([
    "Don't email the customers yet; deploy the hotfix to production first.",
    'No slides needed. Refactor the billing module and add unit tests.',
  ])('%j is still code work', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.code-or-infra');
  });
});
