import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConversationSchema, type Conversation } from '../conversation';
import { LabelSchema, type Label } from '../eval/score';

/** The labelled real consultations in ../shared/data (beside the repository). */
export const DATA_DIR = resolve(import.meta.dirname, '../../../shared/data');

function readJsonl<T>(file: string, parse: (v: unknown) => T): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => parse(JSON.parse(l)));
}

export function loadDevSet(): { cases: Conversation[]; labels: Map<string, Label> } {
  const cases = readJsonl(resolve(DATA_DIR, 'real-dev.jsonl'), (v) => ConversationSchema.parse(v));
  const labels = new Map(
    readJsonl(resolve(DATA_DIR, 'real-dev-labels.jsonl'), (v) => LabelSchema.parse(v)).map((l) => [l.id, l]),
  );
  return { cases, labels };
}
