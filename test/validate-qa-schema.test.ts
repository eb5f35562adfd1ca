import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, QA_CHECKS, resolveQaProfile } from '../src/images/qa/index.js';

const schemaPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../schemas/placements.schema.json',
);

interface QaSchema {
  properties: Record<string, { enum?: string[]; propertyNames?: { enum: string[] } }>;
}

describe('the placements schema and the QA gate agree', () => {
  const qa = (JSON.parse(readFileSync(schemaPath, 'utf8')) as { $defs: { qa: QaSchema } }).$defs.qa;

  it('on profile names and check names', () => {
    expect(qa.properties.profile!.enum!.sort()).toEqual(Object.keys(BUILT_IN_PROFILES).sort());
    expect(qa.properties.severity!.propertyNames!.enum.sort()).toEqual([...QA_CHECKS].sort());
  });

  it('on threshold names: every threshold a profile sets can be overridden, and nothing else', () => {
    const thresholds = Object.keys(resolveQaProfile({}, '#FFFFFF').thresholds).sort();
    const others = ['profile', 'background', 'noText', 'review', 'severity'];
    expect(
      Object.keys(qa.properties)
        .filter((k) => !others.includes(k))
        .sort(),
    ).toEqual(thresholds);
  });
});
