import { gunzipSync, gzipSync } from 'node:zlib';

/** What a model file says about itself (JSON at the start of the file). */
export interface ModelHeader {
  format: 'ner-averaged-perceptron-1';
  version: string;
  lang: string;
  /** log2 of the number of hash buckets. */
  bits: number;
  labels: string[];
  /** Real weight = stored int16 × scale. */
  scale: number;
  /** 2: a second pass sees the first pass's labels for the same words elsewhere in the document. */
  passes: 1 | 2;
  /** True when the features include OpenCorpora morphology (Az), which the tagger then loads. */
  morphology?: boolean;
  createdAt: string;
  training: {
    command: string;
    data: string[];
    epochs: number;
    seed: number;
    options?: Record<string, number>;
    heldOut?: Record<string, unknown>;
  };
}

/** A decoded model: dense int16 weights plus the names gazetteer's and the lexicon's word hashes and bits. */
export interface ModelData {
  header: ModelHeader;
  weights: Int16Array;
  gazKeys: Uint32Array;
  gazBits: Uint8Array;
  lexKeys: Uint32Array;
  lexBits: Uint8Array;
}

const MAGIC = 'NERM';

function writeVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Sparse weights: varint gaps between non-zero positions, then the int16 values. */
function packWeights(weights: Int16Array): { gaps: Uint8Array; values: Int16Array } {
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] === 0) continue;
    writeVarint(gaps, i - last);
    values.push(weights[i]!);
    last = i;
  }
  return { gaps: Uint8Array.from(gaps), values: Int16Array.from(values) };
}

function unpackWeights(size: number, gaps: Uint8Array, values: Int16Array): Int16Array {
  const weights = new Int16Array(size);
  let pos = -1;
  let g = 0;
  for (let v = 0; v < values.length; v++) {
    let gap = 0;
    let mul = 1;
    for (;;) {
      const byte = gaps[g++]!;
      gap += (byte & 0x7f) * mul;
      if (byte < 0x80) break;
      mul *= 128;
    }
    pos += gap;
    weights[pos] = values[v]!;
  }
  return weights;
}

function bytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** Serialises a model: magic, header length, header JSON, then six length-prefixed sections; gzipped. */
export function encodeModel(model: ModelData): Buffer {
  const { gaps, values } = packWeights(model.weights);
  const parts = [
    Buffer.from(JSON.stringify(model.header)),
    bytes(gaps),
    bytes(values),
    bytes(model.gazKeys),
    bytes(model.gazBits),
    bytes(model.lexKeys),
    bytes(model.lexBits),
  ];
  const chunks: Buffer[] = [Buffer.from(MAGIC)];
  for (const part of parts) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(part.length);
    chunks.push(len, part, Buffer.alloc((4 - (part.length % 4)) % 4));
  }
  return gzipSync(Buffer.concat(chunks), { level: 9 });
}

/** Reads a model written by `encodeModel`. */
export function decodeModel(file: Buffer): ModelData {
  const raw = gunzipSync(file);
  if (raw.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a NER model file');
  let offset = 4;
  const sections: Buffer[] = [];
  for (let s = 0; s < 7; s++) {
    const len = raw.readUInt32LE(offset);
    sections.push(Buffer.from(raw.subarray(offset + 4, offset + 4 + len)));
    offset += 4 + len + ((4 - (len % 4)) % 4);
  }
  const header = JSON.parse(sections[0]!.toString('utf8')) as ModelHeader;
  const view = <T>(
    b: Buffer,
    C: { new (buf: ArrayBuffer, off: number, len: number): T; BYTES_PER_ELEMENT: number },
  ): T => {
    const copy = new Uint8Array(b).buffer;
    return new C(copy, 0, b.length / C.BYTES_PER_ELEMENT);
  };
  const size = (1 << header.bits) * header.labels.length;
  return {
    header,
    weights: unpackWeights(size, view(sections[1]!, Uint8Array), view(sections[2]!, Int16Array)),
    gazKeys: view(sections[3]!, Uint32Array),
    gazBits: view(sections[4]!, Uint8Array),
    lexKeys: view(sections[5]!, Uint32Array),
    lexBits: view(sections[6]!, Uint8Array),
  };
}
