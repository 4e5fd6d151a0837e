import type { Analysis } from '../document/analysis.ts';
import type { ActorRef } from '../document/types.ts';

const actor = (ref: ActorRef | null) => (ref ? `${ref.name}${ref.actor ? ` [${ref.actor}]` : ''}` : '—');
const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The readable summary of `relata analyze --format text`: who said what, events, dates, places. */
export function formatText(a: Analysis): string {
  const out: string[] = [];
  const d = a.document;
  out.push(`${d.title ?? d.text.split('\n')[0].slice(0, 100)}`);
  out.push(
    `language ${d.language}${d.published ? ` · published ${d.published}` : ''}${d.outlet ? ` · ${d.outlet}` : ''}`,
  );
  section(out, 'Who said what', a.quotes, (q) => `${actor(q.speaker)} (${q.kind}): « ${clip(q.text)} »`);
  section(out, 'According to', a.sources, (s) => `${s.source?.name ?? '?'} — "${s.text}"`);
  section(out, 'Events', a.events, (e) => {
    const status = e.negated ? 'NOT ' : '';
    const mod = e.modality && e.modality !== 'asserted' ? ` (${e.modality})` : '';
    return `${status}${e.cameo}${e.plover ? `/${e.plover}` : ''} ${actor(e.source)} → ${actor(e.target)}${mod}${e.date ? ` on ${e.date}` : ''}: ${clip(d.text.slice(e.start, e.end), 120)}`;
  });
  section(
    out,
    'Actors',
    a.entities,
    (e) => `${e.name} ${e.type}${e.actor ? ` [${e.actor}]` : ''} ×${e.mentions.length}`,
  );
  section(out, 'Dates', a.dates, (t) => `${t.text} = ${t.value}`);
  section(
    out,
    'Places',
    a.places,
    (p) =>
      `${p.text} → ${p.name}, ${p.country}${p.lat !== undefined ? ` (${p.lat.toFixed(2)}, ${p.lon?.toFixed(2)})` : ''}`,
  );
  return `${out.join('\n')}\n`;
}

function section<T>(out: string[], title: string, items: T[], line: (item: T) => string): void {
  out.push('', `${title} (${items.length})`);
  for (const item of items) out.push(`  ${line(item)}`);
}
