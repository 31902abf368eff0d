// A compact, reviewable picture of a parse, for golden files. Lines and columns are 1-based (as editors show).
import type { ParsedLog } from '../../../src/core/model';
import { LineIndex } from '../../../src/core/text/lineIndex';

export function summarize(parsed: ParsedLog, text: string): unknown {
  const lines = new LineIndex(text);
  const at = (offset: number): string => {
    const position = lines.positionAt(offset);
    return `${position.line + 1}:${position.character + 1}`;
  };
  return {
    form: parsed.form,
    order: parsed.order,
    entries: parsed.entries.map((e) => ({
      i: e.index,
      line: lines.positionAt(e.span.start).line + 1,
      time: e.time.text,
      epochMs: Number.isNaN(e.time.epochMs) ? null : e.time.epochMs,
      shop: e.shop.text,
      direction: e.direction,
      type: e.type.text,
      status: e.payload.status,
      head: text.slice(e.payload.span.start, Math.min(e.payload.span.end, e.payload.span.start + 20)),
    })),
    problems: parsed.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      ...(p.entry === undefined ? {} : { entry: p.entry }),
      span: `${at(p.span.start)}-${at(p.span.end)}`,
      text: text.slice(p.span.start, Math.min(p.span.end, p.span.start + 30)),
    })),
  };
}
