// The JsonText the parser makes. Besides the text and its value it has a private slot for the schema
// validator's result, so a payload checked once is not checked again while its JsonText lives (an
// incremental reparse shares the JsonText of every row it did not touch) — without a WeakMap, whose
// entries cost a hash insertion per payload and slow every garbage collection down.
//
// The slot is private: it is not a property (no key for Object.keys, JSON.stringify, deepStrictEqual),
// so a ParsedJson looks exactly like the `{ text, value }` it replaces.
import type { JsonText } from '../model';

export class ParsedJson implements JsonText {
  #memoKey: unknown = undefined;
  #memoValue: unknown = undefined;

  constructor(
    readonly text: string,
    readonly value: unknown,
  ) {}

  /** The value remembered for `key` (one key per JsonText; see `remember`), or undefined. */
  static recall(json: JsonText, key: object): unknown {
    return json instanceof ParsedJson && json.#memoKey === key ? json.#memoValue : undefined;
  }

  /**
   * Remembers `value` for `key` and returns what was remembered before it for another key (the caller
   * may keep that elsewhere), or undefined. False when `json` has no slot (not made by the parser).
   */
  static remember(json: JsonText, key: object, value: unknown): { readonly key: unknown; readonly value: unknown } | undefined | false {
    if (!(json instanceof ParsedJson)) return false;
    const previous = json.#memoKey === undefined || json.#memoKey === key ? undefined : { key: json.#memoKey, value: json.#memoValue };
    json.#memoKey = key;
    json.#memoValue = value;
    return previous;
  }
}
