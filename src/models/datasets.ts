import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConllu, type UdSentence } from './conllu.ts';

/**
 * The UD splits used to train and measure each language (read from ../shared/data/ud, never at runtime).
 * French GSD train is not available: French trains on Sequoia train + GSD dev.
 */
export interface UdSplits {
  train: string[];
  tune: string[];
  test: Record<string, string>;
  /**
   * Seeds of the committed model: one model per seed, weights averaged. On the tune splits the
   * average of seeds 2 and 3 beat each single seed (fr LAS 86.59 vs 86.57/86.19; en 81.11 vs 80.53/80.55).
   */
  seeds: number[];
  /**
   * Parser hash-table sizes (log2 rows) of the committed model. At 2^20 / 2^18 the English tables
   * were 70% / 84% occupied; 2^22 / 2^20 cut the collisions (+0.16 LAS on EWT dev, 15 MB file).
   */
  parserBits: { actions: number; labels: number };
  /** Minimum count of a (UPOS, XPOS) pair to become a fine tag of the tagger (0: UPOS only). */
  fineTagMinCount: number;
  /** Words seen this often are tagged among the tags they took in training (0: no restriction). */
  tagCandidateMinCount: number;
  /**
   * Parser feature set (Parser.featureVersion). French keeps 1: version 2 scored higher on the
   * French test sets (GSD LAS 82.40 vs 82.19) but lower on Sequoia dev (86.63 vs 86.77).
   */
  parserFeatures: number;
}

export const UD_SPLITS: Record<string, UdSplits> = {
  fr: {
    seeds: [1, 2, 3],
    parserBits: { actions: 20, labels: 18 },
    fineTagMinCount: 0,
    tagCandidateMinCount: 0,
    parserFeatures: 1,
    train: ['fr_sequoia-ud-train.conllu', 'fr_gsd-ud-dev.conllu'],
    tune: ['fr_sequoia-ud-dev.conllu'],
    test: { 'French GSD': 'fr_gsd-ud-test.conllu', 'French Sequoia': 'fr_sequoia-ud-test.conllu' },
  },
  en: {
    seeds: [1, 2, 3],
    parserBits: { actions: 22, labels: 20 },
    fineTagMinCount: 100,
    tagCandidateMinCount: 5,
    parserFeatures: 2,
    train: ['en_ewt-ud-train.conllu'],
    tune: ['en_ewt-ud-dev.conllu'],
    test: { 'English EWT': 'en_ewt-ud-test.conllu' },
  },
};

export function udDir(projectRoot: string): string {
  return join(resolve(projectRoot, '../shared'), 'data', 'ud');
}

export function loadUd(projectRoot: string, files: readonly string[]): UdSentence[] {
  const dir = udDir(projectRoot);
  return files.flatMap((f) => {
    const path = join(dir, f);
    if (!existsSync(path)) throw new Error(`missing treebank ${path}`);
    return parseConllu(readFileSync(path, 'utf8'));
  });
}
