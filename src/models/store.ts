import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Model container: gzip( "RLM1" | u32 header length | JSON header | int16 arrays ).
 * Float weights are quantised to int16 with one scale per array; the many zero weights of a
 * hashed perceptron then compress well.
 */
interface ArrayInfo {
  name: string;
  length: number;
  scale: number;
}

export interface ModelBundle {
  header: Record<string, unknown>;
  arrays: Record<string, Float32Array | Int16Array>;
}

const MAGIC = 'RLM1';

export function writeBundle(path: string, bundle: ModelBundle): number {
  const infos: ArrayInfo[] = [];
  const chunks: Buffer[] = [];
  for (const [name, values] of Object.entries(bundle.arrays)) {
    if (values instanceof Int16Array) {
      infos.push({ name, length: values.length, scale: 1 });
      chunks.push(Buffer.from(values.buffer, values.byteOffset, values.byteLength));
      continue;
    }
    let max = 0;
    for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]));
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(values.length);
    for (let i = 0; i < values.length; i++) q[i] = Math.round(values[i] / scale);
    infos.push({ name, length: values.length, scale });
    chunks.push(Buffer.from(q.buffer, q.byteOffset, q.byteLength));
  }
  const header = Buffer.from(JSON.stringify({ ...bundle.header, arrays: infos }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  // Pad the header so the int16 arrays start on an even offset.
  const pad = Buffer.alloc((MAGIC.length + 4 + header.length) % 2);
  const raw = Buffer.concat([Buffer.from(MAGIC), length, header, pad, ...chunks]);
  const zipped = gzipSync(raw, { level: 9 });
  writeFileSync(path, zipped);
  return zipped.length;
}

/** Reads a model file; weights stay int16 (each array's scale is in the header). */
export function readBundle(path: string): ModelBundle {
  const raw = gunzipSync(readFileSync(path));
  if (raw.subarray(0, 4).toString() !== MAGIC) throw new Error(`${path}: not a relata model file`);
  const headerLength = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + headerLength).toString('utf8')) as Record<string, unknown> & {
    arrays: ArrayInfo[];
  };
  let offset = 8 + headerLength;
  offset += offset % 2;
  const arrays: Record<string, Int16Array> = {};
  for (const info of header.arrays) {
    arrays[info.name] = new Int16Array(
      raw.buffer.slice(raw.byteOffset + offset, raw.byteOffset + offset + info.length * 2),
    );
    offset += info.length * 2;
  }
  return { header, arrays };
}
