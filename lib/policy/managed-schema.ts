import { z } from 'zod';
import { ManagedPolicySchema } from './schema';

// The JSON file named by the manifest's storage.managed_schema. Chrome validates policy
// values against it strictly and accepts only a subset of JSON Schema: every schema has
// exactly one `type` (or `$ref`), the top level is an object without additionalProperties,
// and keywords such as `required`, `format`, `default`, `anyOf` are not understood. So the
// file is derived from the zod policy schema (one source of truth) and cut down to that subset.

export type ChromeSchema = {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: (string | number)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

type JsonSchemaNode = { [key: string]: unknown };

/** Convert one JSON Schema node to Chrome's subset; undefined when it has no single type (an
 *  open "any value" schema), which the caller drops: Chrome has no way to say "anything". */
export function toChromeSchema(node: JsonSchemaNode): ChromeSchema | undefined {
  const branches = (node.anyOf ?? node.oneOf) as JsonSchemaNode[] | undefined;
  if (!node.type && branches?.[0]) return toChromeSchema(branches[0]);
  const type = node.type;
  if (typeof type !== 'string' || !CHROME_TYPES.has(type)) return undefined;
  const out: ChromeSchema = { type: type as ChromeSchema['type'] };
  if (typeof node.title === 'string') out.title = node.title;
  if (typeof node.description === 'string') out.description = node.description;
  if (Array.isArray(node.enum)) out.enum = node.enum as (string | number)[];
  if (typeof node.pattern === 'string') out.pattern = node.pattern;
  if (typeof node.minimum === 'number') out.minimum = node.minimum;
  if (typeof node.maximum === 'number') out.maximum = node.maximum;
  if (node.properties && typeof node.properties === 'object') {
    const props: Record<string, ChromeSchema> = {};
    for (const [k, v] of Object.entries(node.properties as Record<string, JsonSchemaNode>)) {
      const c = toChromeSchema(v);
      if (c) props[k] = c;
    }
    out.properties = props;
  }
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    const c = toChromeSchema(node.additionalProperties as JsonSchemaNode);
    if (c) out.additionalProperties = c;
  }
  if (node.items && typeof node.items === 'object') {
    const c = toChromeSchema(node.items as JsonSchemaNode);
    if (c) out.items = c;
  }
  if (type === 'array' && !out.items) out.items = { type: 'object' };
  return out;
}

/** The managed schema of the policy. `siteAdapterSchema` (the adapter format, when known)
 *  describes each site adapter so Chrome passes its fields through; without it an adapter is
 *  an object whose properties Chrome may not forward. */
export function buildManagedSchema(siteAdapterSchema?: z.ZodType): ChromeSchema {
  const adapters = ManagedPolicySchema.shape.siteAdapters;
  const schema = siteAdapterSchema
    ? ManagedPolicySchema.extend({ siteAdapters: z.array(siteAdapterSchema).meta(adapters.meta() ?? {}) })
    : ManagedPolicySchema;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  const converted = toChromeSchema(json);
  if (!converted || converted.type !== 'object') throw new Error('policy schema must be an object');
  return converted;
}

export function managedSchemaJson(siteAdapterSchema?: z.ZodType): string {
  return JSON.stringify(buildManagedSchema(siteAdapterSchema), null, 2) + '\n';
}
