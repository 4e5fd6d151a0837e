import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDoc, codeEvents, summary } from './helpers.ts';

const country = (actor: string) => ({ actor, type: 'LOC' as const });

describe('events: French coding', () => {
  it('codes a rejected proposal of talks as 125 with codes, scores and PLOVER', () => {
    const doc = buildDoc(
      'Le Kremlin a rejeté vendredi une proposition de la Biélorussie de tenir des pourparlers de paix.',
      'fr',
      { Kremlin: { actor: 'RUSGOV' }, Biélorussie: country('BLR') },
    );
    const [event, ...rest] = codeEvents(doc);
    assert.equal(rest.length, 0);
    assert.deepEqual(summary([event]), ['RUSGOV→BLR 125']);
    assert.equal(event.root, '12');
    assert.equal(event.quadClass, 3);
    assert.equal(event.goldstein, -5);
    assert.equal(event.plover, 'REJECT');
    assert.equal(event.mode, 'meet');
    assert.equal(event.modality, 'asserted');
    assert.equal(event.trigger?.text, 'rejeté');
    assert.equal(doc.slice(event).startsWith('Kremlin a rejeté'), true);
    assert.equal(event.dateSource, 'publication');
  });

  it('codes an arrest warrant against someone as 173 (multi-word pattern)', () => {
    const doc = buildDoc("La Cour pénale internationale a émis un mandat d'arrêt contre Poutine.", 'fr', {
      'Cour pénale internationale': { actor: 'IGO' },
      Poutine: { actor: 'RUSGOV', type: 'PER' },
    });
    assert.deepEqual(summary(codeEvents(doc)), ['IGO→RUSGOV 173']);
  });

  it('codes a denial of accusations as 016', () => {
    const doc = buildDoc('La Russie a nié les accusations de la Cour pénale internationale.', 'fr', {
      Russie: country('RUS'),
      'Cour pénale internationale': { actor: 'IGO' },
    });
    assert.deepEqual(summary(codeEvents(doc)), ['RUS→IGO 016']);
  });

  it('codes an exhortation to talk as one 026 appeal, not as talks held', () => {
    const doc = buildDoc('Loukachenko a exhorté la Russie à tenir des pourparlers de paix.', 'fr', {
      Loukachenko: { actor: 'BLRGOV', type: 'PER' },
      Russie: country('RUS'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['BLRGOV→RUS 026']);
  });

  it('codes a nominal trigger: a visit to a capital', () => {
    const doc = buildDoc('Xi Jinping a effectué une visite à Moscou.', 'fr', {
      'Xi Jinping': { actor: 'CHNGOV', type: 'PER' },
      Moscou: country('RUS'),
    });
    const events = codeEvents(doc);
    assert.deepEqual(summary(events), ['CHNGOV→RUS 042']);
    assert.equal(events[0].trigger?.text, 'visite');
  });
});

describe('events: negation', () => {
  it('marks "n’a pas condamné" as negated, never asserted', () => {
    const doc = buildDoc("La Chine n'a pas condamné l'Ukraine.", 'fr', {
      Chine: country('CHN'),
      Ukraine: country('UKR'),
    });
    const events = codeEvents(doc);
    assert.deepEqual(summary(events), ['CHN→UKR 111 neg']);
  });

  it('marks "did not attack" as negated', () => {
    const doc = buildDoc('Russia did not attack Ukraine.', 'en', {
      Russia: country('RUS'),
      Ukraine: country('UKR'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['RUS→UKR 190 neg']);
  });

  it('leaves an affirmative attack asserted', () => {
    const doc = buildDoc('Russia attacked Ukraine on Monday.', 'en', {
      Russia: country('RUS'),
      Ukraine: country('UKR'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['RUS→UKR 190']);
  });
});

describe('events: passives', () => {
  it('takes the agent of a French passive as source', () => {
    const doc = buildDoc('La Chine a été critiquée par les États-Unis.', 'fr', {
      Chine: country('CHN'),
      'États-Unis': country('USA'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['USA→CHN 111']);
  });

  it('takes the by-agent of an English passive as source', () => {
    const doc = buildDoc('Iran was condemned by France on Monday.', 'en', {
      Iran: country('IRN'),
      France: country('FRA'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['FRA→IRN 111']);
  });
});

describe('events: compound actors', () => {
  it('gives one event per coordinated source', () => {
    const doc = buildDoc("La Chine et la Biélorussie ont condamné l'Ukraine.", 'fr', {
      Chine: country('CHN'),
      Biélorussie: country('BLR'),
      Ukraine: country('UKR'),
    });
    assert.deepEqual(summary(codeEvents(doc)).sort(), ['BLR→UKR 111', 'CHN→UKR 111']);
  });
});

describe('events: modality', () => {
  it('marks "va attaquer" as future', () => {
    const doc = buildDoc("La Russie va attaquer l'Ukraine.", 'fr', {
      Russie: country('RUS'),
      Ukraine: country('UKR'),
    });
    assert.equal(codeEvents(doc)[0].modality, 'future');
  });

  it('marks "would attack" as hypothetical', () => {
    const doc = buildDoc('Russia would attack Ukraine.', 'en', {
      Russia: country('RUS'),
      Ukraine: country('UKR'),
    });
    assert.equal(codeEvents(doc)[0].modality, 'hypothetical');
  });

  it('marks an event inside a quotation as reported', () => {
    const text = 'Zelensky said: "Russia attacked Ukraine again."';
    const doc = buildDoc(text, 'en', { Russia: country('RUS'), Ukraine: country('UKR') }, [
      '"Russia attacked Ukraine again."',
    ]);
    const events = codeEvents(doc);
    assert.deepEqual(summary(events), ['RUS→UKR 190']);
    assert.equal(events[0].modality, 'reported');
  });
});

describe('events: dedup', () => {
  it('merges the same event stated in the headline and the lead', () => {
    const text = 'Le Kremlin rejette l’offre de Minsk.\nLe Kremlin a rejeté vendredi l’offre de Minsk.';
    const doc = buildDoc(text, 'fr', { Kremlin: { actor: 'RUSGOV' }, Minsk: country('BLR') });
    const events = codeEvents(doc);
    assert.equal(events.length, 1);
    assert.equal(events[0].mentions?.length, 1);
    assert.ok((events[0].mentions?.[0].start ?? 0) > text.indexOf('\n'));
  });
});

describe('events: English dictionaries', () => {
  it('codes a ban with the PETRARCH CAMEO dictionary', () => {
    const doc = buildDoc('Germany banned Mahan Air on Monday.', 'en', {
      Germany: country('DEU'),
      'Mahan Air': { actor: 'IRNBUS' },
    });
    assert.deepEqual(summary(codeEvents(doc)), ['DEU→IRNBUS 172']);
  });

  it('codes sanctions from the relata supplement', () => {
    const doc = buildDoc('The European Union sanctioned Iran.', 'en', {
      'European Union': { actor: 'IGO' },
      Iran: country('IRN'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['IGO→IRN 163']);
  });
});

describe('events: targets from context', () => {
  it('aims a denial at the author of the accusation it answers', () => {
    const doc = buildDoc(
      "La Cour pénale internationale a émis un mandat d'arrêt contre Poutine. La Russie a nié les accusations.",
      'fr',
      {
        'Cour pénale internationale': { actor: 'IGO' },
        Poutine: { actor: 'RUSGOV', type: 'PER' },
        Russie: country('RUS'),
      },
    );
    assert.deepEqual(summary(codeEvents(doc)), ['IGO→RUSGOV 173', 'RUS→IGO 016']);
  });

  it('directs a protest at its country’s government, not at the city it happens in', () => {
    const doc = buildDoc('The opposition held a rally in Minsk.', 'en', {
      'The opposition': { actor: 'BLROPP' },
      Minsk: country('BLR'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['BLROPP→BLRGOV 141']);
  });

  it('codes no event aimed at the actor’s own country as a whole', () => {
    const doc = buildDoc('Iraq’s prime minister advised Iraq to stay calm.', 'en', {
      'Iraq’s prime minister': { actor: 'IRQGOV', type: 'PER' },
      Iraq: country('IRQ'),
    });
    assert.deepEqual(summary(codeEvents(doc)), []);
  });
});

describe('events: pronoun subjects', () => {
  it('reads a subject pronoun as the latest actor named before it', () => {
    const doc = buildDoc('Donald Trump a annulé le sommet. Il a menacé la Corée du Nord.', 'fr', {
      'Donald Trump': { actor: 'USAGOV', type: 'PER' },
      'Corée du Nord': country('PRK'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['USAGOV→PRK 130']);
  });
});

describe('events: embedded events', () => {
  it('marks the content of an appeal as an appeal when the appeal itself cannot be coded', () => {
    const doc = buildDoc("Un responsable de l'ONU a appelé Israël à attaquer le Hamas.", 'fr', {
      Israël: country('ISR'),
      Hamas: { actor: 'PSEREBHMS' },
    });
    const events = codeEvents(doc);
    assert.deepEqual(summary(events), ['ISR→PSEREBHMS 190']);
    assert.equal(events[0].modality, 'appeal');
  });

  it('folds the content into a coded appeal (one event, PETRARCH-style)', () => {
    const doc = buildDoc("Loukachenko a appelé la Russie à attaquer l'Ukraine.", 'fr', {
      Loukachenko: { actor: 'BLRGOV', type: 'PER' },
      Russie: country('RUS'),
      Ukraine: country('UKR'),
    });
    assert.deepEqual(summary(codeEvents(doc)), ['BLRGOV→RUS 020']);
  });
});
