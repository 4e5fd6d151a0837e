import type { UdSentence, UdWord } from './conllu.ts';
import { LanguageCore } from './core.ts';
import { trainLemmatizer } from './lemmatizer.ts';
import type { FormLexicon } from './lexicon.ts';
import { trainMorph } from './morph.ts';
import { trainMwt } from './mwt.ts';
import { trainParser } from './parser.ts';
import { buildTagDictionary, fineTagging, type Tagger, trainTagger } from './tagger.ts';

export interface TrainOptions {
  lang: string;
  seed: number;
  taggerEpochs: number;
  parserEpochs: number;
  /** Folds for jackknifed tags: the parser trains on predicted, not gold, part-of-speech tags. */
  folds: number;
  trainedOn: string[];
  /** External full-form lexicon compiled into the model (French: the Lefff). */
  lexicon?: FormLexicon | null;
  /**
   * Tag with UPOS|XPOS for the pairs seen at least this often (see fineTagging); 0 or absent: UPOS.
   */
  fineTagMinCount?: number;
  /** Parser feature set (Parser.featureVersion); default the newest. */
  parserFeatures?: number;
  /** Words seen this often are tagged among the tags they took in training (0 or absent: no restriction). */
  tagCandidateMinCount?: number;
  /** Hash-table sizes (log2 rows); smaller tables train faster, for tests. */
  bits?: { tagger: number; actions: number; labels: number };
  log?: (line: string) => void;
}

type FineTag = (w: UdWord) => string;
const taggedBy = (fine: FineTag) => (s: UdSentence) => ({
  forms: s.words.map((w) => w.form),
  tags: s.words.map(fine),
});

/** Trains every component of a language's core. Deterministic given the seed. */
export function trainCore(train: readonly UdSentence[], options: TrainOptions): LanguageCore {
  const log = options.log ?? (() => {});
  const mwt = trainMwt(train, { epochs: 10, seed: options.seed });
  const lexicon = options.lexicon ?? null;
  const fine = fineTagging(
    train.flatMap((s) => s.words),
    options.fineTagMinCount ?? 0,
  );
  const taggedOf = taggedBy(fine);
  const tagger = trainTagger(train.map(taggedOf), {
    epochs: options.taggerEpochs,
    seed: options.seed,
    bits: options.bits?.tagger,
    lexicon,
    candidateMinCount: options.tagCandidateMinCount,
    log,
  });
  // Only the final tagger gets the dictionary: the jackknifed tags come from the model alone.
  tagger.setDictionary(buildTagDictionary(train.map(taggedOf)));
  const predictedTags = jackknife(train, taggedOf, options, log);
  const words = train.flatMap((s) => s.words);
  const lemmas = trainLemmatizer(words);
  const feats = trainMorph(words);
  const parser = trainParser(
    train.map((s, i) => ({
      forms: s.words.map((w) => w.form),
      tags: predictedTags[i],
      heads: s.words.map((w) => w.head),
      labels: s.words.map((w) => w.deprel),
    })),
    {
      epochs: options.parserEpochs,
      seed: options.seed,
      tags: tagger.tags,
      featureVersion: options.parserFeatures,
      actionBits: options.bits?.actions,
      labelBits: options.bits?.labels,
      lexicon,
      log,
    },
  );
  return LanguageCore.fromParts(
    { lang: options.lang, lemmas, feats, lexicon: lexicon?.serialise(), trainedOn: options.trainedOn },
    { tagger, parser, mwt, mwtTable: mwt.table },
  );
}

/** Tags each training sentence with a tagger trained on the other folds. */
function jackknife(
  train: readonly UdSentence[],
  taggedOf: (s: UdSentence) => { forms: string[]; tags: string[] },
  options: TrainOptions,
  log: (line: string) => void,
): string[][] {
  const out: string[][] = new Array(train.length);
  if (options.folds < 2) return train.map((s) => taggedOf(s).tags);
  for (let fold = 0; fold < options.folds; fold++) {
    const rest = train.filter((_, i) => i % options.folds !== fold);
    const tagger: Tagger = trainTagger(rest.map(taggedOf), {
      epochs: options.taggerEpochs,
      seed: options.seed + fold + 1,
      bits: options.bits?.tagger,
      lexicon: options.lexicon,
      candidateMinCount: options.tagCandidateMinCount,
    });
    let correct = 0;
    let total = 0;
    train.forEach((s, i) => {
      if (i % options.folds !== fold) return;
      const forms = s.words.map((w) => w.form);
      const ids = tagger.tag(forms);
      out[i] = Array.from(ids, (id) => tagger.tags[id]);
      const gold = taggedOf(s).tags;
      out[i].forEach((t, j) => {
        total++;
        if (t === gold[j]) correct++;
      });
    });
    log(`jackknife fold ${fold + 1}/${options.folds}: tag accuracy ${((100 * correct) / total).toFixed(2)}`);
  }
  return out;
}

/**
 * Averages the weights of cores trained with different seeds (same data, so same tag and label
 * sets): a cheap ensemble that scores like the sum of its members at the cost of one model.
 */
export function averageCores(cores: readonly LanguageCore[]): LanguageCore {
  const [first, ...rest] = cores;
  const perceptrons = (core: LanguageCore) => [
    core.tagger.model,
    core.parser.actions,
    core.parser.labeller,
    core.mwt.model,
  ];
  const targets = perceptrons(first);
  for (const core of rest) {
    perceptrons(core).forEach((p, i) => {
      const target = targets[i].weights;
      const source = p.weights;
      if (target.length !== source.length) throw new Error('cores to average differ in shape');
      if (
        core.parser.tags.join() !== first.parser.tags.join() ||
        core.tagger.tags.join() !== first.tagger.tags.join()
      )
        throw new Error('cores to average have different tag lists');
      for (let j = 0; j < source.length; j++) target[j] += source[j];
    });
  }
  for (const p of targets) {
    const w = p.weights;
    for (let j = 0; j < w.length; j++) w[j] /= cores.length;
  }
  // Each seed's jackknifed tags differ a little, so do the relations seen per tag pair: keep them all.
  const candidates = first.parser.labelCandidateTable();
  for (const core of rest)
    core.parser.labelCandidateTable().forEach((entry, key) => {
      if (entry.length === 0 || candidates[key] === undefined) return;
      const [arcs, ...labels] = entry;
      const [known = 0, ...knownLabels] = candidates[key];
      const union = [...new Set([...knownLabels, ...labels])].sort((a, b) => a - b);
      candidates[key] = [Math.max(arcs, known), ...union];
    });
  first.parser.setLabelCandidates(candidates);
  return first;
}
