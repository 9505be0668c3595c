// Minimal typing for the parts of the `az` package (Az.js, MIT) that the morphology adapter uses.
declare module 'az' {
  interface AzTag {
    readonly stat: readonly string[];
    readonly flex: readonly string[];
    readonly [grammeme: string]: unknown;
  }
  interface AzParse {
    readonly word: string;
    readonly tag: AzTag;
    readonly score: number;
    readonly parser: string;
    normalize(keepPOS?: boolean): AzParse | false;
    inflect(grammemes: readonly string[]): AzParse | false;
    toString(): string;
  }
  interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: Error | null) => void): void;
  }
  interface AzModule {
    Morph: AzMorph;
    load(
      url: string,
      responseType: 'json' | 'arraybuffer',
      callback: (error: Error | null, data?: unknown) => void,
    ): void;
  }
  const Az: AzModule;
  export default Az;
}
