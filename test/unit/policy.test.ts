import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateKeyPair } from '../../lib/packs/signature';
import { buildManagedSchema, toChromeSchema, type ChromeSchema } from '../../lib/policy/managed-schema';
import { EMPTY_POLICY, POLICY_KEYS, readManagedPolicy } from '../../lib/policy/schema';

describe('readManagedPolicy', () => {
  it('reads every key of a complete policy', async () => {
    const { publicKey } = await generateKeyPair();
    const raw = {
      packUrls: ['https://packs.example.org/a.json'],
      pinnedKeys: [publicKey],
      lockedPacks: ['hospital-a.standard'],
      disabledRules: ['generic-reply'],
      siteAdapters: [
        { id: 'his', name: 'HIS', matches: ['https://his.example.org/*'], draft: '#reply', sendButton: '#send', sendKeys: ['Enter'], message: '.msg', patientMessage: '.msg.patient' },
      ],
    };
    expect(readManagedPolicy(raw)).toEqual({ policy: raw, problems: [] });
  });

  it('an absent policy (browser.storage.managed empty or unavailable) is the empty policy', () => {
    expect(readManagedPolicy({})).toEqual({ policy: EMPTY_POLICY, problems: [] });
    expect(readManagedPolicy(undefined).policy).toEqual(EMPTY_POLICY);
  });

  it('one bad key is reported by name and does not void the others', () => {
    const { policy, problems } = readManagedPolicy({
      packUrls: ['https://packs.example.org/a.json'],
      pinnedKeys: ['ssh-ed25519 AAAA'],
      disabledRules: ['no-such-rule'],
    });
    expect(policy.packUrls).toEqual(['https://packs.example.org/a.json']);
    expect(policy.pinnedKeys).toEqual([]);
    expect(policy.disabledRules).toEqual([]);
    expect(problems.map((p) => p.key)).toEqual(['pinnedKeys', 'disabledRules']);
    expect(problems[0]?.issue).toContain('Ed25519');
  });

  it('reads site adapters in the adapter format and names a broken one', () => {
    const { problems } = readManagedPolicy({ siteAdapters: [{ id: 'his', matches: ['https://his.example.org/*'] }] });
    expect(problems.map((p) => p.key)).toEqual(['siteAdapters']);
    expect(problems[0]?.issue).toMatch(/draft/);
  });

  it('accepts only http(s) pack URLs', () => {
    expect(readManagedPolicy({ packUrls: ['file:///etc/passwd'] }).problems.map((p) => p.key)).toEqual(['packUrls']);
  });
});

const CHROME_KEYWORDS = new Set(['type', 'title', 'description', 'properties', 'additionalProperties', 'items', 'enum', 'pattern', 'minimum', 'maximum']);

function walk(schema: ChromeSchema, visit: (s: ChromeSchema, path: string) => void, path = '$') {
  visit(schema, path);
  for (const [k, v] of Object.entries(schema.properties ?? {})) walk(v, visit, `${path}.${k}`);
  if (schema.items) walk(schema.items, visit, `${path}[]`);
  if (schema.additionalProperties) walk(schema.additionalProperties, visit, `${path}{}`);
}

describe('managed_schema.json', () => {
  it('declares every policy key at the top level, with no additionalProperties there', () => {
    const schema = buildManagedSchema();
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(POLICY_KEYS);
    expect(schema.additionalProperties).toBeUndefined();
    expect(schema.properties?.disabledRules?.items?.enum).toContain('missing-closing');
  });

  it('tells admins what dropping a URL and changing pinned keys do (as sync.ts does it)', () => {
    const { packUrls, pinnedKeys, lockedPacks } = buildManagedSchema().properties ?? {};
    expect(packUrls?.description).toMatch(/cannot unsubscribe while the URL is listed/);
    expect(packUrls?.description).toMatch(/removed from this list stays subscribed .* the doctor may remove; use lockedPacks/);
    expect(pinnedKeys?.description).toMatch(/installed packs that are unsigned or signed by another key are disabled/);
    expect(lockedPacks?.description).toBe('Pack ids a doctor cannot remove.');
  });

  it('describes the site adapter format field by field', () => {
    const items = buildManagedSchema().properties?.siteAdapters?.items;
    expect(items?.type).toBe('object');
    expect(Object.keys(items?.properties ?? {})).toEqual(expect.arrayContaining(['id', 'matches', 'draft', 'sendButton', 'sendKeys', 'message', 'patientMessage']));
    expect(items?.properties?.sendKeys?.items?.enum).toEqual(['Enter', 'Ctrl+Enter', 'Cmd+Enter']);
  });

  it('uses only the JSON Schema subset Chrome understands, one type per schema', () => {
    const adapter = z.object({ id: z.string(), match: z.array(z.string()), selectors: z.record(z.string(), z.string()), priority: z.number().int().optional() });
    const offenders: string[] = [];
    walk(buildManagedSchema(adapter), (s, path) => {
      for (const k of Object.keys(s)) if (!CHROME_KEYWORDS.has(k)) offenders.push(`${path}: ${k}`);
      if (typeof s.type !== 'string') offenders.push(`${path}: no type`);
    });
    expect(offenders).toEqual([]);
  });

  it('describes site adapters field by field when the adapter schema is given', () => {
    const adapter = z.object({ id: z.string(), selectors: z.object({ draft: z.string() }) });
    expect(buildManagedSchema(adapter).properties?.siteAdapters?.items).toEqual({
      type: 'object',
      properties: { id: { type: 'string' }, selectors: { type: 'object', properties: { draft: { type: 'string' } } } },
    });
  });

  it('drops schemas Chrome cannot express instead of emitting an untyped one', () => {
    expect(toChromeSchema({})).toBeUndefined();
    expect(toChromeSchema({ type: 'object', additionalProperties: {} })).toEqual({ type: 'object' });
    expect(toChromeSchema({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toEqual({ type: 'string' });
  });
});
