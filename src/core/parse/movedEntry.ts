// An entry that an edit above it moved, made without copying it. An edit near the top of a 50 MB log
// moves some 80 000 entries; making each anew (a dozen objects apiece: the entry, its cells, their
// spans) cost 30–40 ms per keystroke and as much again in garbage collection. A moved entry is one
// small object; its parts are made from the entry it moves the first time one is read, then kept.
//
// It reads like the entry the parser makes for the same row (every field equal), but it is a class
// instance: compare entries by their fields (tests do: see test/unit/parse/plainEntries.ts).
import type { Direction, LogEntry, Payload, Span, TextCell } from '../model';
import { shiftEntry } from './shiftEntries';

type TimeCell = LogEntry['time'];

export class MovedEntry implements LogEntry {
  readonly #from: LogEntry;
  readonly #delta: number;
  #moved: LogEntry | undefined;

  private constructor(
    from: LogEntry,
    delta: number,
    readonly index: number,
  ) {
    this.#from = from;
    this.#delta = delta;
  }

  /** `entry` moved by `delta` characters and renumbered `index` (the entry itself when neither changes). */
  static of(entry: LogEntry, delta: number, index: number): LogEntry {
    if (delta === 0 && index === entry.index) return entry;
    // Moving a moved entry moves the original further: no chains.
    if (entry instanceof MovedEntry) return new MovedEntry(entry.#from, entry.#delta + delta, index);
    return new MovedEntry(entry, delta, index);
  }

  get span(): Span {
    return this.#parts().span;
  }

  get time(): TimeCell {
    return this.#parts().time;
  }

  get shop(): TextCell {
    return this.#parts().shop;
  }

  get event(): TextCell {
    return this.#parts().event;
  }

  get direction(): Direction {
    return this.#from.direction;
  }

  get type(): TextCell {
    return this.#parts().type;
  }

  get payload(): Payload {
    return this.#parts().payload;
  }

  /** Every part at once, the first time one is read: 4 fields per entry until then. */
  #parts(): LogEntry {
    return (this.#moved ??= shiftEntry(this.#from, this.#delta, this.index));
  }
}
