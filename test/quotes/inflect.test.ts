import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inflectEnglish, inflectFrench } from '../../src/stages/quotes/inflect.ts';
import { quoteLexicon } from '../../src/stages/quotes/lexicon.ts';

describe('speech-verb inflection', () => {
  it('inflects regular French verbs with their spelling changes', () => {
    assert.ok(inflectFrench('annoncer').includes('annonçait'));
    assert.ok(inflectFrench('exiger').includes('exigeant'));
    assert.ok(inflectFrench('répéter').includes('répète'));
    assert.ok(inflectFrench('déclarer').includes('déclarées'));
    assert.ok(inflectFrench('avertir').includes('avertissent'));
    assert.ok(inflectFrench('défendre').includes('défend'));
  });

  it('inflects regular English verbs with e-drop, y→ie and doubling', () => {
    assert.deepEqual(inflectEnglish('note'), ['note', 'notes', 'noted', 'noting']);
    assert.deepEqual(inflectEnglish('deny'), ['deny', 'denies', 'denied', 'denying']);
    assert.deepEqual(inflectEnglish('plan'), ['plan', 'plans', 'planned', 'planning']);
    assert.deepEqual(inflectEnglish('stress'), ['stress', 'stresses', 'stressed', 'stressing']);
  });

  it('loads at least 150 verbs per language, irregular forms and phrases included', () => {
    for (const lang of ['fr', 'en'] as const) {
      const lexicon = quoteLexicon(lang);
      const lemmas = new Set([...lexicon.speechVerbs.values()].flat().map((v) => v.lemma));
      assert.ok(lemmas.size >= 150, `${lang}: ${lemmas.size} speech verbs`);
    }
    const fr = quoteLexicon('fr');
    assert.equal(fr.speechVerbs.get('dit')?.[0].lemma, 'dire');
    assert.ok(fr.speechVerbs.get('mis')?.some((v) => v.lemma === 'mettre en garde'));
    assert.equal(quoteLexicon('en').speechVerbs.get('told')?.[0].lemma, 'tell');
    assert.ok(
      quoteLexicon('en')
        .speechVerbs.get('pointed')
        ?.some((v) => v.lemma === 'point out'),
    );
  });
});
