import { describe, expect, it } from 'vitest';
import { penaltyText } from './penalty';

describe('a penalized inspection in words', () => {
  const i = {
    complete_date: '2016-01-21',
    disposition: 'Revocation/denial of renewal',
    disposition_class: 'revocation',
    citation_count: 17,
  };
  it('says the disposition and the match in the reader’s language', () => {
    expect(penaltyText('en', i, 'name+address')).toBe(
      'penalized 2016-01-21: Licence revoked or renewal denied (17 citation(s); matched by name and address)',
    );
    expect(penaltyText('es', i, 'licence')).toBe(
      'sancionada 2016-01-21: Licencia revocada o renovación negada (17 citación(es); vinculada por número de licencia)',
    );
    expect(penaltyText('en', { ...i, violations: '478.21(a), 478.124(c)(1)' }, 'licence')).toBe(
      'penalized 2016-01-21: Licence revoked or renewal denied (17 citation(s), sections cited: 478.21(a), 478.124(c)(1); matched by licence number)',
    );
    expect(penaltyText('en', { ...i, disposition_class: '', citation_count: null }, 'x')).toBe(
      'penalized 2016-01-21: Revocation/denial of renewal (— citation(s); matched by x)',
    );
  });
});
