import { pipelineWith } from '../../pipeline/default.ts';
import { analyzeInput } from '../analyze-input.ts';
import { formatText } from '../format-text.ts';
import { parse, parseLanguage, parsePublished, UsageError } from '../options.ts';

export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    language: { type: 'string', default: 'auto' },
    published: { type: 'string' },
    dictionaries: { type: 'string' },
    format: { type: 'string', default: 'json' },
  });
  if (positionals.length !== 1)
    throw new UsageError('analyze takes exactly one FILE, URL or - (standard input)');
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError('--format must be json or text');
  const analysis = await analyzeInput(positionals[0], {
    language: parseLanguage(values.language),
    published: parsePublished(values.published),
    pipeline: pipelineWith({ dictionaries: values.dictionaries }),
  });
  process.stdout.write(
    values.format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : formatText(analysis),
  );
  return 0;
}
