/** CoNLL-U reading: sentences of syntactic words, with the surface (multi-word) tokens they come from. */

export interface UdWord {
  form: string;
  lemma: string;
  upos: string;
  /** Language-specific tag (English: Penn Treebank), '_' when the treebank has none. */
  xpos: string;
  feats: string;
  /** 0-based index of the head word in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  /** Index of the surface token this word belongs to. */
  token: number;
}

export interface UdToken {
  form: string;
  /** Words [firstWord, lastWord) spelled by this token; more than one for a multi-word token (du = de + le). */
  firstWord: number;
  lastWord: number;
  /** Character offsets in `text`, when the sentence has a `# text` line. */
  start: number;
  end: number;
}

export interface UdSentence {
  id: string;
  text: string;
  /** Set on the first sentence of a document (`# newdoc`). */
  newDoc: boolean;
  words: UdWord[];
  tokens: UdToken[];
}

export function parseConllu(source: string): UdSentence[] {
  const sentences: UdSentence[] = [];
  let current: UdSentence = emptySentence();
  let pendingMwt: { form: string; from: number; to: number } | null = null;
  const flush = () => {
    if (current.words.length > 0) {
      locateTokens(current);
      sentences.push(current);
    }
    current = emptySentence();
    pendingMwt = null;
  };
  for (const line of source.split('\n')) {
    if (line.length === 0) {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      if (line.startsWith('# text = ')) current.text = line.slice(9);
      else if (line.startsWith('# sent_id = ')) current.id = line.slice(12);
      else if (line.startsWith('# newdoc')) current.newDoc = true;
      continue;
    }
    const cols = line.split('\t');
    const id = cols[0];
    if (id.includes('.')) continue; // empty nodes (enhanced graphs only)
    const dash = id.indexOf('-');
    if (dash > 0) {
      pendingMwt = { form: cols[1], from: Number(id.slice(0, dash)), to: Number(id.slice(dash + 1)) };
      continue;
    }
    const n = Number(id);
    const wordIndex = current.words.length;
    const mwt = pendingMwt as { form: string; from: number; to: number } | null;
    if (mwt && n === mwt.from) {
      current.tokens.push({
        form: mwt.form,
        firstWord: wordIndex,
        lastWord: wordIndex + mwt.to - mwt.from + 1,
        start: -1,
        end: -1,
      });
    } else if (!mwt || n > mwt.to) {
      pendingMwt = null;
      current.tokens.push({
        form: cols[1],
        firstWord: wordIndex,
        lastWord: wordIndex + 1,
        start: -1,
        end: -1,
      });
    }
    current.words.push({
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4] ?? '_',
      feats: cols[5],
      head: Number(cols[6]) - 1,
      deprel: cols[7],
      token: current.tokens.length - 1,
    });
  }
  flush();
  return sentences;
}

function emptySentence(): UdSentence {
  return { id: '', text: '', newDoc: false, words: [], tokens: [] };
}

/** Finds each surface token in the `# text` line, in order. */
function locateTokens(sentence: UdSentence): void {
  let at = 0;
  for (const token of sentence.tokens) {
    const found = sentence.text.indexOf(token.form, at);
    if (found < 0) continue;
    token.start = found;
    token.end = found + token.form.length;
    at = token.end;
  }
}
