import { DiagnosticSeverity, Parser, type Diagnostic } from '@asyncapi/parser';

/** What the official AsyncAPI parser says about a document, one line per diagnostic. */
export interface AsyncApiFindings {
  /** Any of these makes the document invalid. */
  errors: string[];
  /** Valid, but worth a look. */
  warnings: string[];
}

// The document holds only local `#/…` references, so the parser never reaches for the network.
const parser = new Parser();

/**
 * Runs `@asyncapi/parser` — the AsyncAPI 3.0 JSON Schema, the $ref resolution and the semantic (Spectral) rules —
 * over `document`. Informational diagnostics (such as "a newer AsyncAPI version exists") are left out.
 */
export async function asyncApiFindings(document: object): Promise<AsyncApiFindings> {
  const diagnostics = await parser.validate(document as Parameters<Parser['validate']>[0]);
  return {
    errors: lines(diagnostics, DiagnosticSeverity.Error),
    warnings: lines(diagnostics, DiagnosticSeverity.Warning),
  };
}

function lines(diagnostics: Diagnostic[], severity: DiagnosticSeverity): string[] {
  return diagnostics
    .filter((d) => d.severity === severity)
    .map((d) => `/${d.path.join('/')}: ${d.message} (${String(d.code)})`);
}
