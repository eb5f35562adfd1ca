/* eslint-disable */
// @ts-nocheck
// Generated from schemas/*.schema.json by `npm run gen:validators`; do not edit.
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const ucs2length = ucs2lengthModule.default ?? ucs2lengthModule;
export const shotlist = validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://shotlist.dev/schemas/shotlist.schema.json',
  title: 'shotlist settings (shotlist.yaml)',
  description: 'Optional settings: paths, provider limits, run behaviour, budget, storage and git delivery.',
  type: 'object',
  additionalProperties: false,
  properties: {
    paths: {
      type: 'object',
      additionalProperties: false,
      properties: {
        catalog: { $ref: '#/$defs/relPath', default: 'catalog' },
        placements: { $ref: '#/$defs/relPath', default: 'placements' },
        prompts: { $ref: '#/$defs/relPath', default: 'prompts' },
        store: { $ref: '#/$defs/relPath', default: 'generated' },
      },
    },
    providers: {
      type: 'object',
      description:
        'Per hosted API: queue limits, base URL (a proxy or gateway), key variable. `imagen` is accepted only to say that direct Imagen is shut down.',
      propertyNames: {
        enum: ['studio', 'gemini', 'imagen', 'openai', 'recraft', 'fal', 'replicate', 'pixelmuse'],
      },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          concurrency: { type: 'integer', minimum: 1, maximum: 64, default: 4 },
          ratePerMinute: { type: 'number', exclusiveMinimum: 0 },
          baseUrl: { type: 'string', pattern: '^https?://' },
          timeoutSeconds: { type: 'number', exclusiveMinimum: 0, default: 120 },
          keyEnv: {
            type: 'string',
            pattern: '^[A-Z_][A-Z0-9_]*$',
            description:
              "environment variable holding this provider's key (default: the provider's usual one, e.g. GEMINI_API_KEY)",
          },
          pollSeconds: {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 60,
            description:
              'first wait between polls of an asynchronous job (fal, Replicate, Pixelmuse); grows 1.5x up to 5 s',
          },
        },
      },
    },
    routing: {
      type: 'object',
      description:
        "Which provider serves a model (default: the model's first provider in the registry), and an optional fallback used when the first is unavailable (5xx after retries, model retired).",
      propertyNames: { pattern: '^[a-z0-9][a-z0-9.-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['provider'],
        properties: {
          provider: { enum: ['gemini', 'imagen', 'openai', 'recraft', 'fal', 'replicate', 'pixelmuse'] },
          fallback: { enum: ['gemini', 'imagen', 'openai', 'recraft', 'fal', 'replicate', 'pixelmuse'] },
        },
      },
    },
    run: {
      type: 'object',
      additionalProperties: false,
      properties: {
        shotDeadlineSeconds: { type: 'number', exclusiveMinimum: 0, default: 600 },
        maxAttempts: { type: 'integer', minimum: 1, maximum: 20, default: 5 },
        rerolls: { type: 'integer', minimum: 0, maximum: 10, default: 2 },
        graceSeconds: { type: 'number', minimum: 0, default: 30 },
        keepRaw: { type: 'boolean', default: true },
      },
    },
    budget: {
      type: 'object',
      additionalProperties: false,
      properties: { maxImages: { type: 'integer', minimum: 0 }, maxUsd: { type: 'number', minimum: 0 } },
    },
    storage: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: {
        kind: { enum: ['git', 's3'], description: 'git or s3' },
        bucket: { type: 'string', minLength: 1, description: 'Bucket name (s3).' },
        endpoint: {
          type: 'string',
          pattern: '^https?://',
          description: 'Endpoint URL of an S3-compatible service (R2, MinIO, GCS interop); omit for AWS S3.',
        },
        region: { type: 'string', description: 'Region (default us-east-1; R2 uses auto).' },
        publicBaseUrl: {
          type: 'string',
          pattern: '^https?://',
          description:
            'Base URL the objects are served from (a CDN); the manifest records <publicBaseUrl>/<key>.',
        },
        prefix: {
          type: 'string',
          description: 'Key prefix: objects are stored as <prefix>/<sku>/<variant>-<sha8>.<ext>.',
        },
        forcePathStyle: {
          type: 'boolean',
          description:
            'Address the bucket as <endpoint>/<bucket> instead of <bucket>.<endpoint> (MinIO and most self-hosted servers need true).',
        },
      },
      description:
        'Where published images go. git (default): files under paths.store, committed. s3: uploaded to an S3-compatible bucket under content-addressed keys; the manifest stays in git. Credentials come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN).',
      allOf: [
        { if: { properties: { kind: { const: 's3' } } }, then: { required: ['bucket'] } },
        {
          if: { properties: { kind: { const: 'git' } } },
          then: {
            not: {
              anyOf: [
                { required: ['bucket'] },
                { required: ['endpoint'] },
                { required: ['region'] },
                { required: ['publicBaseUrl'] },
                { required: ['prefix'] },
                { required: ['forcePathStyle'] },
              ],
            },
            description:
              'bucket, endpoint, region, publicBaseUrl, prefix and forcePathStyle apply only to kind: s3; remove them or set kind: s3',
          },
        },
      ],
    },
    git: {
      type: 'object',
      additionalProperties: false,
      description: 'How a run delivers its commit.',
      properties: {
        author: {
          type: 'string',
          pattern: '^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$',
          description:
            'a commit author written "Name <email>"; default: the GitHub Actions bot in Actions, else your own git identity',
        },
        delivery: {
          enum: ['commit', 'push', 'pull-request'],
          default: 'commit',
          description:
            'commit: one commit on the checked-out branch. push: the commit pushed to `branch`, retried on a race. pull-request: the commit pushed to `pullRequestBranch` and a pull request opened or updated against `branch`.',
        },
        remote: { type: 'string', minLength: 1, default: 'origin', description: 'The git remote pushed to.' },
        branch: {
          type: 'string',
          pattern: '^[^\\s~^:?*\\[\\\\]+$',
          description:
            'a branch name (no spaces, ~ ^ : ? * [ or \\): the branch pushed to (push) or the pull request base (pull-request); default: the checked-out branch, or GITHUB_REF_NAME on a detached HEAD',
        },
        pullRequestBranch: {
          type: 'string',
          pattern: '^[^\\s~^:?*\\[\\\\]+$',
          default: 'shotlist/{base}',
          description:
            'a branch name (no spaces, ~ ^ : ? * [ or \\) for pull-request delivery; {base} is replaced by the base branch',
        },
        raw: {
          enum: ['ref', 'tree'],
          default: 'ref',
          description:
            'Where raw provider outputs (kept for re-deriving) live: ref (default) on refs/shotlist/raw, which clones of the branch do not fetch; tree: committed under <store>/.raw/ with the images.',
        },
      },
    },
  },
  $defs: {
    relPath: {
      type: 'string',
      minLength: 1,
      pattern: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$',
      description: "a folder inside the repository, relative, forward slashes, no '..'",
    },
  },
};
const schema32 = {
  type: 'string',
  minLength: 1,
  pattern: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$',
  description: "a folder inside the repository, relative, forward slashes, no '..'",
};
const func1 = ucs2length;
const pattern4 = new RegExp('^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$', 'u');
const pattern8 = new RegExp('^https?://', 'u');
const pattern9 = new RegExp('^[A-Z_][A-Z0-9_]*$', 'u');
const pattern10 = new RegExp('^[a-z0-9][a-z0-9.-]*$', 'u');
const pattern13 = new RegExp('^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$', 'u');
const pattern14 = new RegExp('^[^\\s~^:?*\\[\\\\]+$', 'u');
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://shotlist.dev/schemas/shotlist.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'paths' ||
        key0 === 'providers' ||
        key0 === 'routing' ||
        key0 === 'run' ||
        key0 === 'budget' ||
        key0 === 'storage' ||
        key0 === 'git'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema31,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.paths !== undefined) {
      let data0 = data.paths;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === 'catalog' || key1 === 'placements' || key1 === 'prompts' || key1 === 'store')) {
            const err1 = {
              instancePath: instancePath + '/paths',
              schemaPath: '#/properties/paths/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.paths,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.catalog !== undefined) {
          let data1 = data0.catalog;
          if (typeof data1 === 'string') {
            if (func1(data1) < 1) {
              const err2 = {
                instancePath: instancePath + '/paths/catalog',
                schemaPath: '#/$defs/relPath/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema32,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (!pattern4.test(data1)) {
              const err3 = {
                instancePath: instancePath + '/paths/catalog',
                schemaPath: '#/$defs/relPath/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$' },
                message: 'must match pattern "' + '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$' + '"',
                schema: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$',
                parentSchema: schema32,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + '/paths/catalog',
              schemaPath: '#/$defs/relPath/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.placements !== undefined) {
          let data2 = data0.placements;
          if (typeof data2 === 'string') {
            if (func1(data2) < 1) {
              const err5 = {
                instancePath: instancePath + '/paths/placements',
                schemaPath: '#/$defs/relPath/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema32,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern4.test(data2)) {
              const err6 = {
                instancePath: instancePath + '/paths/placements',
                schemaPath: '#/$defs/relPath/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$' },
                message: 'must match pattern "' + '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$' + '"',
                schema: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$',
                parentSchema: schema32,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/paths/placements',
              schemaPath: '#/$defs/relPath/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.prompts !== undefined) {
          let data3 = data0.prompts;
          if (typeof data3 === 'string') {
            if (func1(data3) < 1) {
              const err8 = {
                instancePath: instancePath + '/paths/prompts',
                schemaPath: '#/$defs/relPath/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema32,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern4.test(data3)) {
              const err9 = {
                instancePath: instancePath + '/paths/prompts',
                schemaPath: '#/$defs/relPath/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$' },
                message: 'must match pattern "' + '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$' + '"',
                schema: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$',
                parentSchema: schema32,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/paths/prompts',
              schemaPath: '#/$defs/relPath/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.store !== undefined) {
          let data4 = data0.store;
          if (typeof data4 === 'string') {
            if (func1(data4) < 1) {
              const err11 = {
                instancePath: instancePath + '/paths/store',
                schemaPath: '#/$defs/relPath/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema32,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern4.test(data4)) {
              const err12 = {
                instancePath: instancePath + '/paths/store',
                schemaPath: '#/$defs/relPath/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$' },
                message: 'must match pattern "' + '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$' + '"',
                schema: '^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$',
                parentSchema: schema32,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/paths/store',
              schemaPath: '#/$defs/relPath/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/paths',
          schemaPath: '#/properties/paths/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.paths.type,
          parentSchema: schema31.properties.paths,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.providers !== undefined) {
      let data5 = data.providers;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        for (const key2 in data5) {
          const _errs19 = errors;
          if (!(
            key2 === 'studio' ||
            key2 === 'gemini' ||
            key2 === 'imagen' ||
            key2 === 'openai' ||
            key2 === 'recraft' ||
            key2 === 'fal' ||
            key2 === 'replicate' ||
            key2 === 'pixelmuse'
          )) {
            const err15 = {
              instancePath: instancePath + '/providers',
              schemaPath: '#/properties/providers/propertyNames/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.providers.propertyNames.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema31.properties.providers.propertyNames.enum,
              parentSchema: schema31.properties.providers.propertyNames,
              data: key2,
              propertyName: key2,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var valid6 = _errs19 === errors;
          if (!valid6) {
            const err16 = {
              instancePath: instancePath + '/providers',
              schemaPath: '#/properties/providers/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key2 },
              message: 'property name must be valid',
              schema: schema31.properties.providers.propertyNames,
              parentSchema: schema31.properties.providers,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        for (const key3 in data5) {
          let data6 = data5[key3];
          if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
            for (const key4 in data6) {
              if (!(
                key4 === 'concurrency' ||
                key4 === 'ratePerMinute' ||
                key4 === 'baseUrl' ||
                key4 === 'timeoutSeconds' ||
                key4 === 'keyEnv' ||
                key4 === 'pollSeconds'
              )) {
                const err17 = {
                  instancePath: instancePath + '/providers/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/providers/additionalProperties/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key4 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema31.properties.providers.additionalProperties,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data6.concurrency !== undefined) {
              let data7 = data6.concurrency;
              if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                const err18 = {
                  instancePath:
                    instancePath +
                    '/providers/' +
                    key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/concurrency',
                  schemaPath: '#/properties/providers/additionalProperties/properties/concurrency/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema31.properties.providers.additionalProperties.properties.concurrency.type,
                  parentSchema: schema31.properties.providers.additionalProperties.properties.concurrency,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (typeof data7 == 'number' && isFinite(data7)) {
                if (data7 > 64 || isNaN(data7)) {
                  const err19 = {
                    instancePath:
                      instancePath +
                      '/providers/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/concurrency',
                    schemaPath: '#/properties/providers/additionalProperties/properties/concurrency/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 64 },
                    message: 'must be <= 64',
                    schema: 64,
                    parentSchema: schema31.properties.providers.additionalProperties.properties.concurrency,
                    data: data7,
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (data7 < 1 || isNaN(data7)) {
                  const err20 = {
                    instancePath:
                      instancePath +
                      '/providers/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/concurrency',
                    schemaPath: '#/properties/providers/additionalProperties/properties/concurrency/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema31.properties.providers.additionalProperties.properties.concurrency,
                    data: data7,
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            }
            if (data6.ratePerMinute !== undefined) {
              let data8 = data6.ratePerMinute;
              if (typeof data8 == 'number' && isFinite(data8)) {
                if (data8 <= 0 || isNaN(data8)) {
                  const err21 = {
                    instancePath:
                      instancePath +
                      '/providers/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/ratePerMinute',
                    schemaPath:
                      '#/properties/providers/additionalProperties/properties/ratePerMinute/exclusiveMinimum',
                    keyword: 'exclusiveMinimum',
                    params: { comparison: '>', limit: 0 },
                    message: 'must be > 0',
                    schema: 0,
                    parentSchema: schema31.properties.providers.additionalProperties.properties.ratePerMinute,
                    data: data8,
                  };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = {
                  instancePath:
                    instancePath +
                    '/providers/' +
                    key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/ratePerMinute',
                  schemaPath: '#/properties/providers/additionalProperties/properties/ratePerMinute/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema31.properties.providers.additionalProperties.properties.ratePerMinute.type,
                  parentSchema: schema31.properties.providers.additionalProperties.properties.ratePerMinute,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.baseUrl !== undefined) {
              let data9 = data6.baseUrl;
              if (typeof data9 === 'string') {
                if (!pattern8.test(data9)) {
                  const err23 = {
                    instancePath:
                      instancePath +
                      '/providers/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/baseUrl',
                    schemaPath: '#/properties/providers/additionalProperties/properties/baseUrl/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^https?://' },
                    message: 'must match pattern "' + '^https?://' + '"',
                    schema: '^https?://',
                    parentSchema: schema31.properties.providers.additionalProperties.properties.baseUrl,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = {
                  instancePath:
                    instancePath + '/providers/' + key3.replace(/~/g, '~0').replace(/\//g, '~1') + '/baseUrl',
                  schemaPath: '#/properties/providers/additionalProperties/properties/baseUrl/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema31.properties.providers.additionalProperties.properties.baseUrl.type,
                  parentSchema: schema31.properties.providers.additionalProperties.properties.baseUrl,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data6.timeoutSeconds !== undefined) {
              let data10 = data6.timeoutSeconds;
              if (typeof data10 == 'number' && isFinite(data10)) {
                if (data10 <= 0 || isNaN(data10)) {
                  const err25 = {
                    instancePath:
                      instancePath +
                      '/providers/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/timeoutSeconds',
                    schemaPath:
                      '#/properties/providers/additionalProperties/properties/timeoutSeconds/exclusiveMinimum',
                    keyword: 'exclusiveMinimum',
                    params: { comparison: '>', limit: 0 },
                    message: 'must be > 0',
                    schema: 0,
                    parentSchema:
                      schema31.properties.providers.additionalProperties.properties.timeoutSeconds,
                    data: data10,
                  };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = {
                  instancePath:
                    instancePath +
                    '/providers/' +
                    key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/timeoutSeconds',
                  schemaPath: '#/properties/providers/additionalProperties/properties/timeoutSeconds/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema31.properties.providers.additionalProperties.properties.timeoutSeconds.type,
                  parentSchema: schema31.properties.providers.additionalProperties.properties.timeoutSeconds,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data6.keyEnv !== undefined) {
              let data11 = data6.keyEnv;
              if (typeof data11 === 'string') {
                if (!pattern9.test(data11)) {
                  const err27 = {
                    instancePath:
                      instancePath +
                      '/providers/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/keyEnv',
                    schemaPath: '#/properties/providers/additionalProperties/properties/keyEnv/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Z_][A-Z0-9_]*$' },
                    message: 'must match pattern "' + '^[A-Z_][A-Z0-9_]*$' + '"',
                    schema: '^[A-Z_][A-Z0-9_]*$',
                    parentSchema: schema31.properties.providers.additionalProperties.properties.keyEnv,
                    data: data11,
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = {
                  instancePath:
                    instancePath + '/providers/' + key3.replace(/~/g, '~0').replace(/\//g, '~1') + '/keyEnv',
                  schemaPath: '#/properties/providers/additionalProperties/properties/keyEnv/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema31.properties.providers.additionalProperties.properties.keyEnv.type,
                  parentSchema: schema31.properties.providers.additionalProperties.properties.keyEnv,
                  data: data11,
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data6.pollSeconds !== undefined) {
              let data12 = data6.pollSeconds;
              if (typeof data12 == 'number' && isFinite(data12)) {
                if (data12 > 60 || isNaN(data12)) {
                  const err29 = {
                    instancePath:
                      instancePath +
                      '/providers/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/pollSeconds',
                    schemaPath: '#/properties/providers/additionalProperties/properties/pollSeconds/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 60 },
                    message: 'must be <= 60',
                    schema: 60,
                    parentSchema: schema31.properties.providers.additionalProperties.properties.pollSeconds,
                    data: data12,
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data12 <= 0 || isNaN(data12)) {
                  const err30 = {
                    instancePath:
                      instancePath +
                      '/providers/' +
                      key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/pollSeconds',
                    schemaPath:
                      '#/properties/providers/additionalProperties/properties/pollSeconds/exclusiveMinimum',
                    keyword: 'exclusiveMinimum',
                    params: { comparison: '>', limit: 0 },
                    message: 'must be > 0',
                    schema: 0,
                    parentSchema: schema31.properties.providers.additionalProperties.properties.pollSeconds,
                    data: data12,
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = {
                  instancePath:
                    instancePath +
                    '/providers/' +
                    key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/pollSeconds',
                  schemaPath: '#/properties/providers/additionalProperties/properties/pollSeconds/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema31.properties.providers.additionalProperties.properties.pollSeconds.type,
                  parentSchema: schema31.properties.providers.additionalProperties.properties.pollSeconds,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = {
              instancePath: instancePath + '/providers/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/providers/additionalProperties/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema31.properties.providers.additionalProperties.type,
              parentSchema: schema31.properties.providers.additionalProperties,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/providers',
          schemaPath: '#/properties/providers/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.providers.type,
          parentSchema: schema31.properties.providers,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.routing !== undefined) {
      let data13 = data.routing;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        for (const key5 in data13) {
          const _errs38 = errors;
          if (typeof key5 === 'string') {
            if (!pattern10.test(key5)) {
              const err34 = {
                instancePath: instancePath + '/routing',
                schemaPath: '#/properties/routing/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9][a-z0-9.-]*$' },
                message: 'must match pattern "' + '^[a-z0-9][a-z0-9.-]*$' + '"',
                schema: '^[a-z0-9][a-z0-9.-]*$',
                parentSchema: schema31.properties.routing.propertyNames,
                data: key5,
                propertyName: key5,
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          var valid9 = _errs38 === errors;
          if (!valid9) {
            const err35 = {
              instancePath: instancePath + '/routing',
              schemaPath: '#/properties/routing/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key5 },
              message: 'property name must be valid',
              schema: schema31.properties.routing.propertyNames,
              parentSchema: schema31.properties.routing,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        for (const key6 in data13) {
          let data14 = data13[key6];
          if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
            if (data14.provider === undefined) {
              const err36 = {
                instancePath: instancePath + '/routing/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/routing/additionalProperties/required',
                keyword: 'required',
                params: { missingProperty: 'provider' },
                message: "must have required property '" + 'provider' + "'",
                schema: schema31.properties.routing.additionalProperties.required,
                parentSchema: schema31.properties.routing.additionalProperties,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            for (const key7 in data14) {
              if (!(key7 === 'provider' || key7 === 'fallback')) {
                const err37 = {
                  instancePath: instancePath + '/routing/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/routing/additionalProperties/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema31.properties.routing.additionalProperties,
                  data: data14,
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data14.provider !== undefined) {
              let data15 = data14.provider;
              if (!(
                data15 === 'gemini' ||
                data15 === 'imagen' ||
                data15 === 'openai' ||
                data15 === 'recraft' ||
                data15 === 'fal' ||
                data15 === 'replicate' ||
                data15 === 'pixelmuse'
              )) {
                const err38 = {
                  instancePath:
                    instancePath + '/routing/' + key6.replace(/~/g, '~0').replace(/\//g, '~1') + '/provider',
                  schemaPath: '#/properties/routing/additionalProperties/properties/provider/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema31.properties.routing.additionalProperties.properties.provider.enum,
                  },
                  message: 'must be equal to one of the allowed values',
                  schema: schema31.properties.routing.additionalProperties.properties.provider.enum,
                  parentSchema: schema31.properties.routing.additionalProperties.properties.provider,
                  data: data15,
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data14.fallback !== undefined) {
              let data16 = data14.fallback;
              if (!(
                data16 === 'gemini' ||
                data16 === 'imagen' ||
                data16 === 'openai' ||
                data16 === 'recraft' ||
                data16 === 'fal' ||
                data16 === 'replicate' ||
                data16 === 'pixelmuse'
              )) {
                const err39 = {
                  instancePath:
                    instancePath + '/routing/' + key6.replace(/~/g, '~0').replace(/\//g, '~1') + '/fallback',
                  schemaPath: '#/properties/routing/additionalProperties/properties/fallback/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema31.properties.routing.additionalProperties.properties.fallback.enum,
                  },
                  message: 'must be equal to one of the allowed values',
                  schema: schema31.properties.routing.additionalProperties.properties.fallback.enum,
                  parentSchema: schema31.properties.routing.additionalProperties.properties.fallback,
                  data: data16,
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = {
              instancePath: instancePath + '/routing/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/routing/additionalProperties/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema31.properties.routing.additionalProperties.type,
              parentSchema: schema31.properties.routing.additionalProperties,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = {
          instancePath: instancePath + '/routing',
          schemaPath: '#/properties/routing/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.routing.type,
          parentSchema: schema31.properties.routing,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.run !== undefined) {
      let data17 = data.run;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        for (const key8 in data17) {
          if (!(
            key8 === 'shotDeadlineSeconds' ||
            key8 === 'maxAttempts' ||
            key8 === 'rerolls' ||
            key8 === 'graceSeconds' ||
            key8 === 'keepRaw'
          )) {
            const err42 = {
              instancePath: instancePath + '/run',
              schemaPath: '#/properties/run/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key8 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.run,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data17.shotDeadlineSeconds !== undefined) {
          let data18 = data17.shotDeadlineSeconds;
          if (typeof data18 == 'number' && isFinite(data18)) {
            if (data18 <= 0 || isNaN(data18)) {
              const err43 = {
                instancePath: instancePath + '/run/shotDeadlineSeconds',
                schemaPath: '#/properties/run/properties/shotDeadlineSeconds/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 0 },
                message: 'must be > 0',
                schema: 0,
                parentSchema: schema31.properties.run.properties.shotDeadlineSeconds,
                data: data18,
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = {
              instancePath: instancePath + '/run/shotDeadlineSeconds',
              schemaPath: '#/properties/run/properties/shotDeadlineSeconds/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema31.properties.run.properties.shotDeadlineSeconds.type,
              parentSchema: schema31.properties.run.properties.shotDeadlineSeconds,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data17.maxAttempts !== undefined) {
          let data19 = data17.maxAttempts;
          if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
            const err45 = {
              instancePath: instancePath + '/run/maxAttempts',
              schemaPath: '#/properties/run/properties/maxAttempts/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema31.properties.run.properties.maxAttempts.type,
              parentSchema: schema31.properties.run.properties.maxAttempts,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data19 == 'number' && isFinite(data19)) {
            if (data19 > 20 || isNaN(data19)) {
              const err46 = {
                instancePath: instancePath + '/run/maxAttempts',
                schemaPath: '#/properties/run/properties/maxAttempts/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 20 },
                message: 'must be <= 20',
                schema: 20,
                parentSchema: schema31.properties.run.properties.maxAttempts,
                data: data19,
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data19 < 1 || isNaN(data19)) {
              const err47 = {
                instancePath: instancePath + '/run/maxAttempts',
                schemaPath: '#/properties/run/properties/maxAttempts/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema31.properties.run.properties.maxAttempts,
                data: data19,
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
        }
        if (data17.rerolls !== undefined) {
          let data20 = data17.rerolls;
          if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
            const err48 = {
              instancePath: instancePath + '/run/rerolls',
              schemaPath: '#/properties/run/properties/rerolls/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema31.properties.run.properties.rerolls.type,
              parentSchema: schema31.properties.run.properties.rerolls,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data20 == 'number' && isFinite(data20)) {
            if (data20 > 10 || isNaN(data20)) {
              const err49 = {
                instancePath: instancePath + '/run/rerolls',
                schemaPath: '#/properties/run/properties/rerolls/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 10 },
                message: 'must be <= 10',
                schema: 10,
                parentSchema: schema31.properties.run.properties.rerolls,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data20 < 0 || isNaN(data20)) {
              const err50 = {
                instancePath: instancePath + '/run/rerolls',
                schemaPath: '#/properties/run/properties/rerolls/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema31.properties.run.properties.rerolls,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        }
        if (data17.graceSeconds !== undefined) {
          let data21 = data17.graceSeconds;
          if (typeof data21 == 'number' && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err51 = {
                instancePath: instancePath + '/run/graceSeconds',
                schemaPath: '#/properties/run/properties/graceSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema31.properties.run.properties.graceSeconds,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/run/graceSeconds',
              schemaPath: '#/properties/run/properties/graceSeconds/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema31.properties.run.properties.graceSeconds.type,
              parentSchema: schema31.properties.run.properties.graceSeconds,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data17.keepRaw !== undefined) {
          let data22 = data17.keepRaw;
          if (typeof data22 !== 'boolean') {
            const err53 = {
              instancePath: instancePath + '/run/keepRaw',
              schemaPath: '#/properties/run/properties/keepRaw/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.run.properties.keepRaw.type,
              parentSchema: schema31.properties.run.properties.keepRaw,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = {
          instancePath: instancePath + '/run',
          schemaPath: '#/properties/run/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.run.type,
          parentSchema: schema31.properties.run,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.budget !== undefined) {
      let data23 = data.budget;
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        for (const key9 in data23) {
          if (!(key9 === 'maxImages' || key9 === 'maxUsd')) {
            const err55 = {
              instancePath: instancePath + '/budget',
              schemaPath: '#/properties/budget/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.budget,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data23.maxImages !== undefined) {
          let data24 = data23.maxImages;
          if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
            const err56 = {
              instancePath: instancePath + '/budget/maxImages',
              schemaPath: '#/properties/budget/properties/maxImages/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema31.properties.budget.properties.maxImages.type,
              parentSchema: schema31.properties.budget.properties.maxImages,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data24 == 'number' && isFinite(data24)) {
            if (data24 < 0 || isNaN(data24)) {
              const err57 = {
                instancePath: instancePath + '/budget/maxImages',
                schemaPath: '#/properties/budget/properties/maxImages/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema31.properties.budget.properties.maxImages,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data23.maxUsd !== undefined) {
          let data25 = data23.maxUsd;
          if (typeof data25 == 'number' && isFinite(data25)) {
            if (data25 < 0 || isNaN(data25)) {
              const err58 = {
                instancePath: instancePath + '/budget/maxUsd',
                schemaPath: '#/properties/budget/properties/maxUsd/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema31.properties.budget.properties.maxUsd,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = {
              instancePath: instancePath + '/budget/maxUsd',
              schemaPath: '#/properties/budget/properties/maxUsd/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema31.properties.budget.properties.maxUsd.type,
              parentSchema: schema31.properties.budget.properties.maxUsd,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = {
          instancePath: instancePath + '/budget',
          schemaPath: '#/properties/budget/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.budget.type,
          parentSchema: schema31.properties.budget,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.storage !== undefined) {
      let data26 = data.storage;
      const _errs68 = errors;
      let valid15 = true;
      const _errs69 = errors;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        if (data26.kind !== undefined) {
          if ('s3' !== data26.kind) {
            const err61 = {};
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs69 === errors;
      errors = _errs68;
      if (vErrors !== null) {
        if (_errs68) {
          vErrors.length = _errs68;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs71 = errors;
        if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
          if (data26.bucket === undefined) {
            const err62 = {
              instancePath: instancePath + '/storage',
              schemaPath: '#/properties/storage/allOf/0/then/required',
              keyword: 'required',
              params: { missingProperty: 'bucket' },
              message: "must have required property '" + 'bucket' + "'",
              schema: schema31.properties.storage.allOf[0].then.required,
              parentSchema: schema31.properties.storage.allOf[0].then,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        var _valid0 = _errs71 === errors;
        valid15 = _valid0;
      }
      if (!valid15) {
        const err63 = {
          instancePath: instancePath + '/storage',
          schemaPath: '#/properties/storage/allOf/0/if',
          keyword: 'if',
          params: { failingKeyword: 'then' },
          message: 'must match "then" schema',
          schema: schema31.properties.storage.allOf[0].if,
          parentSchema: schema31.properties.storage.allOf[0],
          data: data26,
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
      const _errs73 = errors;
      let valid17 = true;
      const _errs74 = errors;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        if (data26.kind !== undefined) {
          if ('git' !== data26.kind) {
            const err64 = {};
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      }
      var _valid1 = _errs74 === errors;
      errors = _errs73;
      if (vErrors !== null) {
        if (_errs73) {
          vErrors.length = _errs73;
        } else {
          vErrors = null;
        }
      }
      if (_valid1) {
        const _errs76 = errors;
        const _errs77 = errors;
        const _errs78 = errors;
        const _errs79 = errors;
        let valid20 = false;
        const _errs80 = errors;
        if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
          let missing0;
          if (data26.bucket === undefined && (missing0 = 'bucket')) {
            const err65 = {};
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        var _valid2 = _errs80 === errors;
        valid20 = valid20 || _valid2;
        const _errs81 = errors;
        if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
          let missing1;
          if (data26.endpoint === undefined && (missing1 = 'endpoint')) {
            const err66 = {};
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        var _valid2 = _errs81 === errors;
        valid20 = valid20 || _valid2;
        const _errs82 = errors;
        if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
          let missing2;
          if (data26.region === undefined && (missing2 = 'region')) {
            const err67 = {};
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        var _valid2 = _errs82 === errors;
        valid20 = valid20 || _valid2;
        const _errs83 = errors;
        if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
          let missing3;
          if (data26.publicBaseUrl === undefined && (missing3 = 'publicBaseUrl')) {
            const err68 = {};
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        var _valid2 = _errs83 === errors;
        valid20 = valid20 || _valid2;
        const _errs84 = errors;
        if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
          let missing4;
          if (data26.prefix === undefined && (missing4 = 'prefix')) {
            const err69 = {};
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        var _valid2 = _errs84 === errors;
        valid20 = valid20 || _valid2;
        const _errs85 = errors;
        if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
          let missing5;
          if (data26.forcePathStyle === undefined && (missing5 = 'forcePathStyle')) {
            const err70 = {};
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        var _valid2 = _errs85 === errors;
        valid20 = valid20 || _valid2;
        if (!valid20) {
          const err71 = {};
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        } else {
          errors = _errs79;
          if (vErrors !== null) {
            if (_errs79) {
              vErrors.length = _errs79;
            } else {
              vErrors = null;
            }
          }
        }
        var valid19 = _errs78 === errors;
        if (valid19) {
          const err72 = {
            instancePath: instancePath + '/storage',
            schemaPath: '#/properties/storage/allOf/1/then/not',
            keyword: 'not',
            params: {},
            message: 'must NOT be valid',
            schema: schema31.properties.storage.allOf[1].then.not,
            parentSchema: schema31.properties.storage.allOf[1].then,
            data: data26,
          };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        } else {
          errors = _errs77;
          if (vErrors !== null) {
            if (_errs77) {
              vErrors.length = _errs77;
            } else {
              vErrors = null;
            }
          }
        }
        var _valid1 = _errs76 === errors;
        valid17 = _valid1;
      }
      if (!valid17) {
        const err73 = {
          instancePath: instancePath + '/storage',
          schemaPath: '#/properties/storage/allOf/1/if',
          keyword: 'if',
          params: { failingKeyword: 'then' },
          message: 'must match "then" schema',
          schema: schema31.properties.storage.allOf[1].if,
          parentSchema: schema31.properties.storage.allOf[1],
          data: data26,
        };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        if (data26.kind === undefined) {
          const err74 = {
            instancePath: instancePath + '/storage',
            schemaPath: '#/properties/storage/required',
            keyword: 'required',
            params: { missingProperty: 'kind' },
            message: "must have required property '" + 'kind' + "'",
            schema: schema31.properties.storage.required,
            parentSchema: schema31.properties.storage,
            data: data26,
          };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        for (const key10 in data26) {
          if (!(
            key10 === 'kind' ||
            key10 === 'bucket' ||
            key10 === 'endpoint' ||
            key10 === 'region' ||
            key10 === 'publicBaseUrl' ||
            key10 === 'prefix' ||
            key10 === 'forcePathStyle'
          )) {
            const err75 = {
              instancePath: instancePath + '/storage',
              schemaPath: '#/properties/storage/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.storage,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data26.kind !== undefined) {
          let data29 = data26.kind;
          if (!(data29 === 'git' || data29 === 's3')) {
            const err76 = {
              instancePath: instancePath + '/storage/kind',
              schemaPath: '#/properties/storage/properties/kind/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.storage.properties.kind.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema31.properties.storage.properties.kind.enum,
              parentSchema: schema31.properties.storage.properties.kind,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data26.bucket !== undefined) {
          let data30 = data26.bucket;
          if (typeof data30 === 'string') {
            if (func1(data30) < 1) {
              const err77 = {
                instancePath: instancePath + '/storage/bucket',
                schemaPath: '#/properties/storage/properties/bucket/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema31.properties.storage.properties.bucket,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = {
              instancePath: instancePath + '/storage/bucket',
              schemaPath: '#/properties/storage/properties/bucket/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.storage.properties.bucket.type,
              parentSchema: schema31.properties.storage.properties.bucket,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data26.endpoint !== undefined) {
          let data31 = data26.endpoint;
          if (typeof data31 === 'string') {
            if (!pattern8.test(data31)) {
              const err79 = {
                instancePath: instancePath + '/storage/endpoint',
                schemaPath: '#/properties/storage/properties/endpoint/pattern',
                keyword: 'pattern',
                params: { pattern: '^https?://' },
                message: 'must match pattern "' + '^https?://' + '"',
                schema: '^https?://',
                parentSchema: schema31.properties.storage.properties.endpoint,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = {
              instancePath: instancePath + '/storage/endpoint',
              schemaPath: '#/properties/storage/properties/endpoint/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.storage.properties.endpoint.type,
              parentSchema: schema31.properties.storage.properties.endpoint,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data26.region !== undefined) {
          let data32 = data26.region;
          if (typeof data32 !== 'string') {
            const err81 = {
              instancePath: instancePath + '/storage/region',
              schemaPath: '#/properties/storage/properties/region/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.storage.properties.region.type,
              parentSchema: schema31.properties.storage.properties.region,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data26.publicBaseUrl !== undefined) {
          let data33 = data26.publicBaseUrl;
          if (typeof data33 === 'string') {
            if (!pattern8.test(data33)) {
              const err82 = {
                instancePath: instancePath + '/storage/publicBaseUrl',
                schemaPath: '#/properties/storage/properties/publicBaseUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^https?://' },
                message: 'must match pattern "' + '^https?://' + '"',
                schema: '^https?://',
                parentSchema: schema31.properties.storage.properties.publicBaseUrl,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          } else {
            const err83 = {
              instancePath: instancePath + '/storage/publicBaseUrl',
              schemaPath: '#/properties/storage/properties/publicBaseUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.storage.properties.publicBaseUrl.type,
              parentSchema: schema31.properties.storage.properties.publicBaseUrl,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data26.prefix !== undefined) {
          let data34 = data26.prefix;
          if (typeof data34 !== 'string') {
            const err84 = {
              instancePath: instancePath + '/storage/prefix',
              schemaPath: '#/properties/storage/properties/prefix/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.storage.properties.prefix.type,
              parentSchema: schema31.properties.storage.properties.prefix,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data26.forcePathStyle !== undefined) {
          let data35 = data26.forcePathStyle;
          if (typeof data35 !== 'boolean') {
            const err85 = {
              instancePath: instancePath + '/storage/forcePathStyle',
              schemaPath: '#/properties/storage/properties/forcePathStyle/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.storage.properties.forcePathStyle.type,
              parentSchema: schema31.properties.storage.properties.forcePathStyle,
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = {
          instancePath: instancePath + '/storage',
          schemaPath: '#/properties/storage/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.storage.type,
          parentSchema: schema31.properties.storage,
          data: data26,
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.git !== undefined) {
      let data36 = data.git;
      if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
        for (const key11 in data36) {
          if (!(
            key11 === 'author' ||
            key11 === 'delivery' ||
            key11 === 'remote' ||
            key11 === 'branch' ||
            key11 === 'pullRequestBranch' ||
            key11 === 'raw'
          )) {
            const err87 = {
              instancePath: instancePath + '/git',
              schemaPath: '#/properties/git/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key11 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.git,
              data: data36,
            };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data36.author !== undefined) {
          let data37 = data36.author;
          if (typeof data37 === 'string') {
            if (!pattern13.test(data37)) {
              const err88 = {
                instancePath: instancePath + '/git/author',
                schemaPath: '#/properties/git/properties/author/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$' },
                message: 'must match pattern "' + '^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$' + '"',
                schema: '^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$',
                parentSchema: schema31.properties.git.properties.author,
                data: data37,
              };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          } else {
            const err89 = {
              instancePath: instancePath + '/git/author',
              schemaPath: '#/properties/git/properties/author/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.git.properties.author.type,
              parentSchema: schema31.properties.git.properties.author,
              data: data37,
            };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data36.delivery !== undefined) {
          let data38 = data36.delivery;
          if (!(data38 === 'commit' || data38 === 'push' || data38 === 'pull-request')) {
            const err90 = {
              instancePath: instancePath + '/git/delivery',
              schemaPath: '#/properties/git/properties/delivery/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.git.properties.delivery.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema31.properties.git.properties.delivery.enum,
              parentSchema: schema31.properties.git.properties.delivery,
              data: data38,
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data36.remote !== undefined) {
          let data39 = data36.remote;
          if (typeof data39 === 'string') {
            if (func1(data39) < 1) {
              const err91 = {
                instancePath: instancePath + '/git/remote',
                schemaPath: '#/properties/git/properties/remote/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema31.properties.git.properties.remote,
                data: data39,
              };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          } else {
            const err92 = {
              instancePath: instancePath + '/git/remote',
              schemaPath: '#/properties/git/properties/remote/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.git.properties.remote.type,
              parentSchema: schema31.properties.git.properties.remote,
              data: data39,
            };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data36.branch !== undefined) {
          let data40 = data36.branch;
          if (typeof data40 === 'string') {
            if (!pattern14.test(data40)) {
              const err93 = {
                instancePath: instancePath + '/git/branch',
                schemaPath: '#/properties/git/properties/branch/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\s~^:?*\\[\\\\]+$' },
                message: 'must match pattern "' + '^[^\\s~^:?*\\[\\\\]+$' + '"',
                schema: '^[^\\s~^:?*\\[\\\\]+$',
                parentSchema: schema31.properties.git.properties.branch,
                data: data40,
              };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          } else {
            const err94 = {
              instancePath: instancePath + '/git/branch',
              schemaPath: '#/properties/git/properties/branch/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.git.properties.branch.type,
              parentSchema: schema31.properties.git.properties.branch,
              data: data40,
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data36.pullRequestBranch !== undefined) {
          let data41 = data36.pullRequestBranch;
          if (typeof data41 === 'string') {
            if (!pattern14.test(data41)) {
              const err95 = {
                instancePath: instancePath + '/git/pullRequestBranch',
                schemaPath: '#/properties/git/properties/pullRequestBranch/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\s~^:?*\\[\\\\]+$' },
                message: 'must match pattern "' + '^[^\\s~^:?*\\[\\\\]+$' + '"',
                schema: '^[^\\s~^:?*\\[\\\\]+$',
                parentSchema: schema31.properties.git.properties.pullRequestBranch,
                data: data41,
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          } else {
            const err96 = {
              instancePath: instancePath + '/git/pullRequestBranch',
              schemaPath: '#/properties/git/properties/pullRequestBranch/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.git.properties.pullRequestBranch.type,
              parentSchema: schema31.properties.git.properties.pullRequestBranch,
              data: data41,
            };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data36.raw !== undefined) {
          let data42 = data36.raw;
          if (!(data42 === 'ref' || data42 === 'tree')) {
            const err97 = {
              instancePath: instancePath + '/git/raw',
              schemaPath: '#/properties/git/properties/raw/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.git.properties.raw.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema31.properties.git.properties.raw.enum,
              parentSchema: schema31.properties.git.properties.raw,
              data: data42,
            };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
      } else {
        const err98 = {
          instancePath: instancePath + '/git',
          schemaPath: '#/properties/git/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.git.type,
          parentSchema: schema31.properties.git,
          data: data36,
        };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
  } else {
    const err99 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema31.type,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err99];
    } else {
      vErrors.push(err99);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const catalog = validate21;
const schema36 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://shotlist.dev/schemas/catalog.schema.json',
  title: 'shotlist catalog file',
  description: 'Products, each made into one shot per variant.',
  type: 'object',
  additionalProperties: false,
  required: ['products'],
  properties: {
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: { variants: { $ref: '#/$defs/variantList' } },
    },
    products: { type: 'array', minItems: 1, items: { $ref: '#/$defs/product' } },
  },
  $defs: {
    variantList: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
    product: {
      type: 'object',
      additionalProperties: false,
      required: ['sku', 'name'],
      properties: {
        sku: {
          type: 'string',
          maxLength: 128,
          pattern: '^[a-z0-9][a-z0-9._-]*$',
          description:
            "a SKU: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit (no '/', no '..')",
        },
        name: { type: 'string', minLength: 1 },
        category: { type: 'string' },
        attributes: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
        color: {
          type: 'string',
          pattern: '^#[0-9A-Fa-f]{6}$',
          description: 'a colour #RRGGBB, like "#1C1C1C"',
        },
        source: {
          type: 'string',
          minLength: 1,
          description: 'the supplier photo, a path relative to this catalog file',
        },
        variants: { $ref: '#/$defs/variantList' },
      },
    },
  },
};
const schema37 = { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } };
const schema38 = {
  type: 'object',
  additionalProperties: false,
  required: ['sku', 'name'],
  properties: {
    sku: {
      type: 'string',
      maxLength: 128,
      pattern: '^[a-z0-9][a-z0-9._-]*$',
      description:
        "a SKU: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit (no '/', no '..')",
    },
    name: { type: 'string', minLength: 1 },
    category: { type: 'string' },
    attributes: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    color: { type: 'string', pattern: '^#[0-9A-Fa-f]{6}$', description: 'a colour #RRGGBB, like "#1C1C1C"' },
    source: {
      type: 'string',
      minLength: 1,
      description: 'the supplier photo, a path relative to this catalog file',
    },
    variants: { $ref: '#/$defs/variantList' },
  },
};
const pattern16 = new RegExp('^[a-z0-9][a-z0-9._-]*$', 'u');
const pattern17 = new RegExp('^#[0-9A-Fa-f]{6}$', 'u');
function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.sku === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'sku' },
        message: "must have required property '" + 'sku' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'sku' ||
        key0 === 'name' ||
        key0 === 'category' ||
        key0 === 'attributes' ||
        key0 === 'color' ||
        key0 === 'source' ||
        key0 === 'variants'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema38,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.sku !== undefined) {
      let data0 = data.sku;
      if (typeof data0 === 'string') {
        if (func1(data0) > 128) {
          const err3 = {
            instancePath: instancePath + '/sku',
            schemaPath: '#/properties/sku/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
            schema: 128,
            parentSchema: schema38.properties.sku,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern16.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/sku',
            schemaPath: '#/properties/sku/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9._-]*$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9._-]*$' + '"',
            schema: '^[a-z0-9][a-z0-9._-]*$',
            parentSchema: schema38.properties.sku,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/sku',
          schemaPath: '#/properties/sku/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.sku.type,
          parentSchema: schema38.properties.sku,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func1(data1) < 1) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema38.properties.name,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.name.type,
          parentSchema: schema38.properties.name,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.category !== undefined) {
      let data2 = data.category;
      if (typeof data2 !== 'string') {
        const err8 = {
          instancePath: instancePath + '/category',
          schemaPath: '#/properties/category/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.category.type,
          parentSchema: schema38.properties.category,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.attributes !== undefined) {
      let data3 = data.attributes;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (
            typeof data4 !== 'string' &&
            !(typeof data4 == 'number' && isFinite(data4)) &&
            typeof data4 !== 'boolean'
          ) {
            const err9 = {
              instancePath: instancePath + '/attributes/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/attributes/additionalProperties/type',
              keyword: 'type',
              params: { type: schema38.properties.attributes.additionalProperties.type },
              message: 'must be string,number,boolean',
              schema: schema38.properties.attributes.additionalProperties.type,
              parentSchema: schema38.properties.attributes.additionalProperties,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/attributes',
          schemaPath: '#/properties/attributes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema38.properties.attributes.type,
          parentSchema: schema38.properties.attributes,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.color !== undefined) {
      let data5 = data.color;
      if (typeof data5 === 'string') {
        if (!pattern17.test(data5)) {
          const err11 = {
            instancePath: instancePath + '/color',
            schemaPath: '#/properties/color/pattern',
            keyword: 'pattern',
            params: { pattern: '^#[0-9A-Fa-f]{6}$' },
            message: 'must match pattern "' + '^#[0-9A-Fa-f]{6}$' + '"',
            schema: '^#[0-9A-Fa-f]{6}$',
            parentSchema: schema38.properties.color,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/color',
          schemaPath: '#/properties/color/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.color.type,
          parentSchema: schema38.properties.color,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.source !== undefined) {
      let data6 = data.source;
      if (typeof data6 === 'string') {
        if (func1(data6) < 1) {
          const err13 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/properties/source/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema38.properties.source,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/source',
          schemaPath: '#/properties/source/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.source.type,
          parentSchema: schema38.properties.source,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.variants !== undefined) {
      let data7 = data.variants;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === 'string') {
            if (func1(data8) < 1) {
              const err15 = {
                instancePath: instancePath + '/variants/' + i0,
                schemaPath: '#/$defs/variantList/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema37.items,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/variants/' + i0,
              schemaPath: '#/$defs/variantList/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema37.items.type,
              parentSchema: schema37.items,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--;) {
            let item0 = data7[i1];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              const err17 = {
                instancePath: instancePath + '/variants',
                schemaPath: '#/$defs/variantList/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i1, j: j0 },
                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                schema: true,
                parentSchema: schema37,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/variants',
          schemaPath: '#/$defs/variantList/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema37.type,
          parentSchema: schema37,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema38.type,
      parentSchema: schema38,
      data,
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://shotlist.dev/schemas/catalog.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.products === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'products' },
        message: "must have required property '" + 'products' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'defaults' || key0 === 'products')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema36,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.defaults !== undefined) {
      let data0 = data.defaults;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === 'variants')) {
            const err2 = {
              instancePath: instancePath + '/defaults',
              schemaPath: '#/properties/defaults/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema36.properties.defaults,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.variants !== undefined) {
          let data1 = data0.variants;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === 'string') {
                if (func1(data2) < 1) {
                  const err3 = {
                    instancePath: instancePath + '/defaults/variants/' + i0,
                    schemaPath: '#/$defs/variantList/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema37.items,
                    data: data2,
                  };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              } else {
                const err4 = {
                  instancePath: instancePath + '/defaults/variants/' + i0,
                  schemaPath: '#/$defs/variantList/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema37.items.type,
                  parentSchema: schema37.items,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--;) {
                let item0 = data1[i1];
                if (typeof item0 !== 'string') {
                  continue;
                }
                if (typeof indices0[item0] == 'number') {
                  j0 = indices0[item0];
                  const err5 = {
                    instancePath: instancePath + '/defaults/variants',
                    schemaPath: '#/$defs/variantList/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i1, j: j0 },
                    message:
                      'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                    schema: true,
                    parentSchema: schema37,
                    data: data1,
                  };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/defaults/variants',
              schemaPath: '#/$defs/variantList/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema37.type,
              parentSchema: schema37,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/defaults',
          schemaPath: '#/properties/defaults/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema36.properties.defaults.type,
          parentSchema: schema36.properties.defaults,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.products !== undefined) {
      let data3 = data.products;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err8 = {
            instancePath: instancePath + '/products',
            schemaPath: '#/properties/products/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema36.properties.products,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (
            !validate22(data3[i2], {
              instancePath: instancePath + '/products/' + i2,
              parentData: data3,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/products',
          schemaPath: '#/properties/products/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema36.properties.products.type,
          parentSchema: schema36.properties.products,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema36.type,
      parentSchema: schema36,
      data,
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const placements = validate24;
const schema40 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://shotlist.dev/schemas/placements.schema.json',
  title: 'shotlist placements file',
  description:
    'Placements (channel specs: aspect, size, format, allowed models, QA) and variants (recipes: placement + pinned prompt version).',
  type: 'object',
  additionalProperties: false,
  properties: {
    placements: {
      type: 'object',
      description: 'Placements by id.',
      propertyNames: {
        pattern: '^[a-z0-9][a-z0-9-]*$',
        description: 'a placement id: lowercase letters, digits and hyphens, like "pdp-main"',
      },
      additionalProperties: { $ref: '#/$defs/placement' },
    },
    variants: {
      type: 'object',
      description: 'Variants by id.',
      propertyNames: {
        pattern: '^[a-z0-9][a-z0-9-]*$',
        description: 'a variant id: lowercase letters, digits and hyphens, like "hero-sunrise"',
      },
      additionalProperties: { $ref: '#/$defs/variant' },
    },
  },
  $defs: {
    placement: {
      type: 'object',
      additionalProperties: false,
      required: ['aspect', 'size', 'models'],
      properties: {
        aspect: {
          type: 'string',
          pattern: '^[0-9]+:[0-9]+$',
          description: 'w:h with small positive whole numbers, like "1:1", "4:5" or "16:9"',
        },
        size: {
          type: 'integer',
          minimum: 64,
          maximum: 8192,
          description: 'long edge in pixels of the published image, 64..8192',
        },
        format: { enum: ['webp', 'jpeg', 'png', 'avif'], default: 'webp' },
        quality: { type: 'integer', minimum: 1, maximum: 100, default: 90 },
        background: {
          type: 'string',
          pattern: '^#[0-9A-Fa-f]{6}$',
          default: '#FFFFFF',
          description: 'a colour #RRGGBB, like "#FFFFFF"',
        },
        models: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string', minLength: 1 },
          description: 'allowed models; the first is the default',
        },
        qa: { $ref: '#/$defs/qa' },
        studio: { $ref: '#/$defs/studio' },
      },
    },
    variant: {
      type: 'object',
      additionalProperties: false,
      required: ['placement', 'prompt'],
      properties: {
        placement: { type: 'string', minLength: 1 },
        prompt: {
          type: 'string',
          pattern: '^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$',
          description: 'a pinned prompt version id@N, like "studio-white@2"',
        },
        model: { type: 'string', minLength: 1 },
        seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
        studio: { $ref: '#/$defs/studio' },
      },
    },
    qa: {
      type: 'object',
      additionalProperties: false,
      description: 'QA gate settings: a built-in profile plus overrides of any of its thresholds',
      properties: {
        profile: {
          enum: ['default', 'marketplace-main'],
          description:
            'built-in QA profile; default is lenient, marketplace-main is pure white, 78-95% fill, >= 1600 px, no text',
        },
        background: {
          type: 'string',
          pattern: '^(white|any|#[0-9A-Fa-f]{6})$',
          description: 'white, any, or a colour #RRGGBB',
        },
        fill: {
          type: 'array',
          prefixItems: [
            { type: 'number', minimum: 0, maximum: 1 },
            { type: 'number', minimum: 0, maximum: 1 },
          ],
          minItems: 2,
          maxItems: 2,
          description: "[min, max] share of the canvas side the product's box long side fills",
        },
        minLongEdge: {
          type: 'integer',
          minimum: 1,
          description: 'long edge in px below which the image is too small',
        },
        minBorderShare: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'share of border pixels that must be exactly the background colour',
        },
        maxBorderDeviation: {
          type: 'number',
          minimum: 0,
          maximum: 255,
          description: 'largest channel difference from the background allowed in the border',
        },
        maxOffCentre: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description:
            "largest offset of the product's centre from the canvas centre, as a share of the side",
        },
        minSharpness: {
          type: 'number',
          minimum: 0,
          description:
            "smallest Laplacian sharpness of the product's crispest step edges on a 1024 px downscale: 97th percentile of sqrt(peak Laplacian across the edge / step height); about 0.64-1.0 in focus, 0.40 blurred by 1.2 px",
        },
        maxClipped: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'largest share of product pixels clipped to black or white',
        },
        maxSeam: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'longest straight near-background step edge, as a share of the side',
        },
        maxHalo: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'share of the product outline ringed by halo pixels',
        },
        minDuplicateDistance: {
          type: 'integer',
          minimum: 0,
          maximum: 64,
          description: 'smallest pHash Hamming distance to a sibling variant',
        },
        maxDeltaE: {
          type: 'number',
          minimum: 0,
          description: 'largest CIEDE2000 difference from the declared colour',
        },
        minTextConfidence: {
          type: 'number',
          minimum: 0,
          maximum: 100,
          description: 'OCR confidence (0-100) for a word to count as text',
        },
        noText: { type: 'boolean' },
        review: {
          type: 'boolean',
          description: 'a person approves images of this placement before they go live',
        },
        severity: {
          type: 'object',
          propertyNames: {
            enum: [
              'dimensions',
              'resolution',
              'background',
              'background-deviation',
              'fill',
              'centring',
              'sharpness',
              'clipping',
              'seams',
              'halo',
              'duplicate',
              'colour',
              'text',
            ],
          },
          additionalProperties: { enum: ['fail', 'warn', 'off'] },
          description: 'per check: fail, warn or off',
        },
      },
    },
    studio: {
      type: 'object',
      additionalProperties: false,
      properties: {
        background: {
          type: 'string',
          pattern: '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$',
          description: 'a colour #RRGGBB or a vertical gradient linear(#top,#bottom)',
        },
        shadow: { type: 'boolean' },
        shadowStrength: { type: 'number', minimum: 0, maximum: 1 },
        fill: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        align: { enum: ['center', 'bottom', 'top'] },
      },
    },
  },
};
const pattern18 = new RegExp('^[a-z0-9][a-z0-9-]*$', 'u');
const schema41 = {
  type: 'object',
  additionalProperties: false,
  required: ['aspect', 'size', 'models'],
  properties: {
    aspect: {
      type: 'string',
      pattern: '^[0-9]+:[0-9]+$',
      description: 'w:h with small positive whole numbers, like "1:1", "4:5" or "16:9"',
    },
    size: {
      type: 'integer',
      minimum: 64,
      maximum: 8192,
      description: 'long edge in pixels of the published image, 64..8192',
    },
    format: { enum: ['webp', 'jpeg', 'png', 'avif'], default: 'webp' },
    quality: { type: 'integer', minimum: 1, maximum: 100, default: 90 },
    background: {
      type: 'string',
      pattern: '^#[0-9A-Fa-f]{6}$',
      default: '#FFFFFF',
      description: 'a colour #RRGGBB, like "#FFFFFF"',
    },
    models: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
      description: 'allowed models; the first is the default',
    },
    qa: { $ref: '#/$defs/qa' },
    studio: { $ref: '#/$defs/studio' },
  },
};
const schema42 = {
  type: 'object',
  additionalProperties: false,
  description: 'QA gate settings: a built-in profile plus overrides of any of its thresholds',
  properties: {
    profile: {
      enum: ['default', 'marketplace-main'],
      description:
        'built-in QA profile; default is lenient, marketplace-main is pure white, 78-95% fill, >= 1600 px, no text',
    },
    background: {
      type: 'string',
      pattern: '^(white|any|#[0-9A-Fa-f]{6})$',
      description: 'white, any, or a colour #RRGGBB',
    },
    fill: {
      type: 'array',
      prefixItems: [
        { type: 'number', minimum: 0, maximum: 1 },
        { type: 'number', minimum: 0, maximum: 1 },
      ],
      minItems: 2,
      maxItems: 2,
      description: "[min, max] share of the canvas side the product's box long side fills",
    },
    minLongEdge: {
      type: 'integer',
      minimum: 1,
      description: 'long edge in px below which the image is too small',
    },
    minBorderShare: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'share of border pixels that must be exactly the background colour',
    },
    maxBorderDeviation: {
      type: 'number',
      minimum: 0,
      maximum: 255,
      description: 'largest channel difference from the background allowed in the border',
    },
    maxOffCentre: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: "largest offset of the product's centre from the canvas centre, as a share of the side",
    },
    minSharpness: {
      type: 'number',
      minimum: 0,
      description:
        "smallest Laplacian sharpness of the product's crispest step edges on a 1024 px downscale: 97th percentile of sqrt(peak Laplacian across the edge / step height); about 0.64-1.0 in focus, 0.40 blurred by 1.2 px",
    },
    maxClipped: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'largest share of product pixels clipped to black or white',
    },
    maxSeam: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'longest straight near-background step edge, as a share of the side',
    },
    maxHalo: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'share of the product outline ringed by halo pixels',
    },
    minDuplicateDistance: {
      type: 'integer',
      minimum: 0,
      maximum: 64,
      description: 'smallest pHash Hamming distance to a sibling variant',
    },
    maxDeltaE: {
      type: 'number',
      minimum: 0,
      description: 'largest CIEDE2000 difference from the declared colour',
    },
    minTextConfidence: {
      type: 'number',
      minimum: 0,
      maximum: 100,
      description: 'OCR confidence (0-100) for a word to count as text',
    },
    noText: { type: 'boolean' },
    review: {
      type: 'boolean',
      description: 'a person approves images of this placement before they go live',
    },
    severity: {
      type: 'object',
      propertyNames: {
        enum: [
          'dimensions',
          'resolution',
          'background',
          'background-deviation',
          'fill',
          'centring',
          'sharpness',
          'clipping',
          'seams',
          'halo',
          'duplicate',
          'colour',
          'text',
        ],
      },
      additionalProperties: { enum: ['fail', 'warn', 'off'] },
      description: 'per check: fail, warn or off',
    },
  },
};
const schema43 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    background: {
      type: 'string',
      pattern: '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$',
      description: 'a colour #RRGGBB or a vertical gradient linear(#top,#bottom)',
    },
    shadow: { type: 'boolean' },
    shadowStrength: { type: 'number', minimum: 0, maximum: 1 },
    fill: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    align: { enum: ['center', 'bottom', 'top'] },
  },
};
const pattern19 = new RegExp('^[0-9]+:[0-9]+$', 'u');
const pattern21 = new RegExp('^(white|any|#[0-9A-Fa-f]{6})$', 'u');
const pattern22 = new RegExp(
  '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$',
  'u',
);
const func13 = Object.prototype.hasOwnProperty;
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.aspect === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'aspect' },
        message: "must have required property '" + 'aspect' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.size === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'size' },
        message: "must have required property '" + 'size' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.models === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'models' },
        message: "must have required property '" + 'models' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'aspect' ||
        key0 === 'size' ||
        key0 === 'format' ||
        key0 === 'quality' ||
        key0 === 'background' ||
        key0 === 'models' ||
        key0 === 'qa' ||
        key0 === 'studio'
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema41,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.aspect !== undefined) {
      let data0 = data.aspect;
      if (typeof data0 === 'string') {
        if (!pattern19.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/aspect',
            schemaPath: '#/properties/aspect/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]+:[0-9]+$' },
            message: 'must match pattern "' + '^[0-9]+:[0-9]+$' + '"',
            schema: '^[0-9]+:[0-9]+$',
            parentSchema: schema41.properties.aspect,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/aspect',
          schemaPath: '#/properties/aspect/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema41.properties.aspect.type,
          parentSchema: schema41.properties.aspect,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.size !== undefined) {
      let data1 = data.size;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err6 = {
          instancePath: instancePath + '/size',
          schemaPath: '#/properties/size/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema41.properties.size.type,
          parentSchema: schema41.properties.size,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 8192 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + '/size',
            schemaPath: '#/properties/size/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 8192 },
            message: 'must be <= 8192',
            schema: 8192,
            parentSchema: schema41.properties.size,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 64 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + '/size',
            schemaPath: '#/properties/size/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 64 },
            message: 'must be >= 64',
            schema: 64,
            parentSchema: schema41.properties.size,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.format !== undefined) {
      let data2 = data.format;
      if (!(data2 === 'webp' || data2 === 'jpeg' || data2 === 'png' || data2 === 'avif')) {
        const err9 = {
          instancePath: instancePath + '/format',
          schemaPath: '#/properties/format/enum',
          keyword: 'enum',
          params: { allowedValues: schema41.properties.format.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema41.properties.format.enum,
          parentSchema: schema41.properties.format,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.quality !== undefined) {
      let data3 = data.quality;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err10 = {
          instancePath: instancePath + '/quality',
          schemaPath: '#/properties/quality/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema41.properties.quality.type,
          parentSchema: schema41.properties.quality,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 > 100 || isNaN(data3)) {
          const err11 = {
            instancePath: instancePath + '/quality',
            schemaPath: '#/properties/quality/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
            schema: 100,
            parentSchema: schema41.properties.quality,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err12 = {
            instancePath: instancePath + '/quality',
            schemaPath: '#/properties/quality/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema41.properties.quality,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.background !== undefined) {
      let data4 = data.background;
      if (typeof data4 === 'string') {
        if (!pattern17.test(data4)) {
          const err13 = {
            instancePath: instancePath + '/background',
            schemaPath: '#/properties/background/pattern',
            keyword: 'pattern',
            params: { pattern: '^#[0-9A-Fa-f]{6}$' },
            message: 'must match pattern "' + '^#[0-9A-Fa-f]{6}$' + '"',
            schema: '^#[0-9A-Fa-f]{6}$',
            parentSchema: schema41.properties.background,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/background',
          schemaPath: '#/properties/background/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema41.properties.background.type,
          parentSchema: schema41.properties.background,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data5 = data.models;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err15 = {
            instancePath: instancePath + '/models',
            schemaPath: '#/properties/models/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema41.properties.models,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === 'string') {
            if (func1(data6) < 1) {
              const err16 = {
                instancePath: instancePath + '/models/' + i0,
                schemaPath: '#/properties/models/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema41.properties.models.items,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/models/' + i0,
              schemaPath: '#/properties/models/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema41.properties.models.items.type,
              parentSchema: schema41.properties.models.items,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--;) {
            let item0 = data5[i1];
            if (typeof item0 !== 'string') {
              continue;
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              const err18 = {
                instancePath: instancePath + '/models',
                schemaPath: '#/properties/models/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i1, j: j0 },
                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                schema: true,
                parentSchema: schema41.properties.models,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema41.properties.models.type,
          parentSchema: schema41.properties.models,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.qa !== undefined) {
      let data7 = data.qa;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        for (const key1 in data7) {
          if (!func13.call(schema42.properties, key1)) {
            const err20 = {
              instancePath: instancePath + '/qa',
              schemaPath: '#/$defs/qa/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema42,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.profile !== undefined) {
          let data8 = data7.profile;
          if (!(data8 === 'default' || data8 === 'marketplace-main')) {
            const err21 = {
              instancePath: instancePath + '/qa/profile',
              schemaPath: '#/$defs/qa/properties/profile/enum',
              keyword: 'enum',
              params: { allowedValues: schema42.properties.profile.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema42.properties.profile.enum,
              parentSchema: schema42.properties.profile,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.background !== undefined) {
          let data9 = data7.background;
          if (typeof data9 === 'string') {
            if (!pattern21.test(data9)) {
              const err22 = {
                instancePath: instancePath + '/qa/background',
                schemaPath: '#/$defs/qa/properties/background/pattern',
                keyword: 'pattern',
                params: { pattern: '^(white|any|#[0-9A-Fa-f]{6})$' },
                message: 'must match pattern "' + '^(white|any|#[0-9A-Fa-f]{6})$' + '"',
                schema: '^(white|any|#[0-9A-Fa-f]{6})$',
                parentSchema: schema42.properties.background,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/qa/background',
              schemaPath: '#/$defs/qa/properties/background/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema42.properties.background.type,
              parentSchema: schema42.properties.background,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data7.fill !== undefined) {
          let data10 = data7.fill;
          if (Array.isArray(data10)) {
            if (data10.length > 2) {
              const err24 = {
                instancePath: instancePath + '/qa/fill',
                schemaPath: '#/$defs/qa/properties/fill/maxItems',
                keyword: 'maxItems',
                params: { limit: 2 },
                message: 'must NOT have more than 2 items',
                schema: 2,
                parentSchema: schema42.properties.fill,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data10.length < 2) {
              const err25 = {
                instancePath: instancePath + '/qa/fill',
                schemaPath: '#/$defs/qa/properties/fill/minItems',
                keyword: 'minItems',
                params: { limit: 2 },
                message: 'must NOT have fewer than 2 items',
                schema: 2,
                parentSchema: schema42.properties.fill,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            const len1 = data10.length;
            if (len1 > 0) {
              let data11 = data10[0];
              if (typeof data11 == 'number' && isFinite(data11)) {
                if (data11 > 1 || isNaN(data11)) {
                  const err26 = {
                    instancePath: instancePath + '/qa/fill/0',
                    schemaPath: '#/$defs/qa/properties/fill/prefixItems/0/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 1 },
                    message: 'must be <= 1',
                    schema: 1,
                    parentSchema: schema42.properties.fill.prefixItems[0],
                    data: data11,
                  };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data11 < 0 || isNaN(data11)) {
                  const err27 = {
                    instancePath: instancePath + '/qa/fill/0',
                    schemaPath: '#/$defs/qa/properties/fill/prefixItems/0/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema42.properties.fill.prefixItems[0],
                    data: data11,
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = {
                  instancePath: instancePath + '/qa/fill/0',
                  schemaPath: '#/$defs/qa/properties/fill/prefixItems/0/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema42.properties.fill.prefixItems[0].type,
                  parentSchema: schema42.properties.fill.prefixItems[0],
                  data: data11,
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (len1 > 1) {
              let data12 = data10[1];
              if (typeof data12 == 'number' && isFinite(data12)) {
                if (data12 > 1 || isNaN(data12)) {
                  const err29 = {
                    instancePath: instancePath + '/qa/fill/1',
                    schemaPath: '#/$defs/qa/properties/fill/prefixItems/1/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 1 },
                    message: 'must be <= 1',
                    schema: 1,
                    parentSchema: schema42.properties.fill.prefixItems[1],
                    data: data12,
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data12 < 0 || isNaN(data12)) {
                  const err30 = {
                    instancePath: instancePath + '/qa/fill/1',
                    schemaPath: '#/$defs/qa/properties/fill/prefixItems/1/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema42.properties.fill.prefixItems[1],
                    data: data12,
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = {
                  instancePath: instancePath + '/qa/fill/1',
                  schemaPath: '#/$defs/qa/properties/fill/prefixItems/1/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema42.properties.fill.prefixItems[1].type,
                  parentSchema: schema42.properties.fill.prefixItems[1],
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = {
              instancePath: instancePath + '/qa/fill',
              schemaPath: '#/$defs/qa/properties/fill/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema42.properties.fill.type,
              parentSchema: schema42.properties.fill,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data7.minLongEdge !== undefined) {
          let data13 = data7.minLongEdge;
          if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            const err33 = {
              instancePath: instancePath + '/qa/minLongEdge',
              schemaPath: '#/$defs/qa/properties/minLongEdge/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema42.properties.minLongEdge.type,
              parentSchema: schema42.properties.minLongEdge,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data13 == 'number' && isFinite(data13)) {
            if (data13 < 1 || isNaN(data13)) {
              const err34 = {
                instancePath: instancePath + '/qa/minLongEdge',
                schemaPath: '#/$defs/qa/properties/minLongEdge/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema42.properties.minLongEdge,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
        if (data7.minBorderShare !== undefined) {
          let data14 = data7.minBorderShare;
          if (typeof data14 == 'number' && isFinite(data14)) {
            if (data14 > 1 || isNaN(data14)) {
              const err35 = {
                instancePath: instancePath + '/qa/minBorderShare',
                schemaPath: '#/$defs/qa/properties/minBorderShare/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema42.properties.minBorderShare,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data14 < 0 || isNaN(data14)) {
              const err36 = {
                instancePath: instancePath + '/qa/minBorderShare',
                schemaPath: '#/$defs/qa/properties/minBorderShare/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.minBorderShare,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = {
              instancePath: instancePath + '/qa/minBorderShare',
              schemaPath: '#/$defs/qa/properties/minBorderShare/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema42.properties.minBorderShare.type,
              parentSchema: schema42.properties.minBorderShare,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data7.maxBorderDeviation !== undefined) {
          let data15 = data7.maxBorderDeviation;
          if (typeof data15 == 'number' && isFinite(data15)) {
            if (data15 > 255 || isNaN(data15)) {
              const err38 = {
                instancePath: instancePath + '/qa/maxBorderDeviation',
                schemaPath: '#/$defs/qa/properties/maxBorderDeviation/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 255 },
                message: 'must be <= 255',
                schema: 255,
                parentSchema: schema42.properties.maxBorderDeviation,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err39 = {
                instancePath: instancePath + '/qa/maxBorderDeviation',
                schemaPath: '#/$defs/qa/properties/maxBorderDeviation/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.maxBorderDeviation,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = {
              instancePath: instancePath + '/qa/maxBorderDeviation',
              schemaPath: '#/$defs/qa/properties/maxBorderDeviation/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema42.properties.maxBorderDeviation.type,
              parentSchema: schema42.properties.maxBorderDeviation,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data7.maxOffCentre !== undefined) {
          let data16 = data7.maxOffCentre;
          if (typeof data16 == 'number' && isFinite(data16)) {
            if (data16 > 1 || isNaN(data16)) {
              const err41 = {
                instancePath: instancePath + '/qa/maxOffCentre',
                schemaPath: '#/$defs/qa/properties/maxOffCentre/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema42.properties.maxOffCentre,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err42 = {
                instancePath: instancePath + '/qa/maxOffCentre',
                schemaPath: '#/$defs/qa/properties/maxOffCentre/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.maxOffCentre,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = {
              instancePath: instancePath + '/qa/maxOffCentre',
              schemaPath: '#/$defs/qa/properties/maxOffCentre/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema42.properties.maxOffCentre.type,
              parentSchema: schema42.properties.maxOffCentre,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data7.minSharpness !== undefined) {
          let data17 = data7.minSharpness;
          if (typeof data17 == 'number' && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err44 = {
                instancePath: instancePath + '/qa/minSharpness',
                schemaPath: '#/$defs/qa/properties/minSharpness/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.minSharpness,
                data: data17,
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = {
              instancePath: instancePath + '/qa/minSharpness',
              schemaPath: '#/$defs/qa/properties/minSharpness/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema42.properties.minSharpness.type,
              parentSchema: schema42.properties.minSharpness,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data7.maxClipped !== undefined) {
          let data18 = data7.maxClipped;
          if (typeof data18 == 'number' && isFinite(data18)) {
            if (data18 > 1 || isNaN(data18)) {
              const err46 = {
                instancePath: instancePath + '/qa/maxClipped',
                schemaPath: '#/$defs/qa/properties/maxClipped/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema42.properties.maxClipped,
                data: data18,
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data18 < 0 || isNaN(data18)) {
              const err47 = {
                instancePath: instancePath + '/qa/maxClipped',
                schemaPath: '#/$defs/qa/properties/maxClipped/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.maxClipped,
                data: data18,
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = {
              instancePath: instancePath + '/qa/maxClipped',
              schemaPath: '#/$defs/qa/properties/maxClipped/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema42.properties.maxClipped.type,
              parentSchema: schema42.properties.maxClipped,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data7.maxSeam !== undefined) {
          let data19 = data7.maxSeam;
          if (typeof data19 == 'number' && isFinite(data19)) {
            if (data19 > 1 || isNaN(data19)) {
              const err49 = {
                instancePath: instancePath + '/qa/maxSeam',
                schemaPath: '#/$defs/qa/properties/maxSeam/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema42.properties.maxSeam,
                data: data19,
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data19 < 0 || isNaN(data19)) {
              const err50 = {
                instancePath: instancePath + '/qa/maxSeam',
                schemaPath: '#/$defs/qa/properties/maxSeam/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.maxSeam,
                data: data19,
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = {
              instancePath: instancePath + '/qa/maxSeam',
              schemaPath: '#/$defs/qa/properties/maxSeam/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema42.properties.maxSeam.type,
              parentSchema: schema42.properties.maxSeam,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data7.maxHalo !== undefined) {
          let data20 = data7.maxHalo;
          if (typeof data20 == 'number' && isFinite(data20)) {
            if (data20 > 1 || isNaN(data20)) {
              const err52 = {
                instancePath: instancePath + '/qa/maxHalo',
                schemaPath: '#/$defs/qa/properties/maxHalo/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema42.properties.maxHalo,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data20 < 0 || isNaN(data20)) {
              const err53 = {
                instancePath: instancePath + '/qa/maxHalo',
                schemaPath: '#/$defs/qa/properties/maxHalo/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.maxHalo,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = {
              instancePath: instancePath + '/qa/maxHalo',
              schemaPath: '#/$defs/qa/properties/maxHalo/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema42.properties.maxHalo.type,
              parentSchema: schema42.properties.maxHalo,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data7.minDuplicateDistance !== undefined) {
          let data21 = data7.minDuplicateDistance;
          if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
            const err55 = {
              instancePath: instancePath + '/qa/minDuplicateDistance',
              schemaPath: '#/$defs/qa/properties/minDuplicateDistance/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema42.properties.minDuplicateDistance.type,
              parentSchema: schema42.properties.minDuplicateDistance,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data21 == 'number' && isFinite(data21)) {
            if (data21 > 64 || isNaN(data21)) {
              const err56 = {
                instancePath: instancePath + '/qa/minDuplicateDistance',
                schemaPath: '#/$defs/qa/properties/minDuplicateDistance/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 64 },
                message: 'must be <= 64',
                schema: 64,
                parentSchema: schema42.properties.minDuplicateDistance,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data21 < 0 || isNaN(data21)) {
              const err57 = {
                instancePath: instancePath + '/qa/minDuplicateDistance',
                schemaPath: '#/$defs/qa/properties/minDuplicateDistance/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.minDuplicateDistance,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data7.maxDeltaE !== undefined) {
          let data22 = data7.maxDeltaE;
          if (typeof data22 == 'number' && isFinite(data22)) {
            if (data22 < 0 || isNaN(data22)) {
              const err58 = {
                instancePath: instancePath + '/qa/maxDeltaE',
                schemaPath: '#/$defs/qa/properties/maxDeltaE/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.maxDeltaE,
                data: data22,
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = {
              instancePath: instancePath + '/qa/maxDeltaE',
              schemaPath: '#/$defs/qa/properties/maxDeltaE/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema42.properties.maxDeltaE.type,
              parentSchema: schema42.properties.maxDeltaE,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data7.minTextConfidence !== undefined) {
          let data23 = data7.minTextConfidence;
          if (typeof data23 == 'number' && isFinite(data23)) {
            if (data23 > 100 || isNaN(data23)) {
              const err60 = {
                instancePath: instancePath + '/qa/minTextConfidence',
                schemaPath: '#/$defs/qa/properties/minTextConfidence/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 100 },
                message: 'must be <= 100',
                schema: 100,
                parentSchema: schema42.properties.minTextConfidence,
                data: data23,
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data23 < 0 || isNaN(data23)) {
              const err61 = {
                instancePath: instancePath + '/qa/minTextConfidence',
                schemaPath: '#/$defs/qa/properties/minTextConfidence/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema42.properties.minTextConfidence,
                data: data23,
              };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = {
              instancePath: instancePath + '/qa/minTextConfidence',
              schemaPath: '#/$defs/qa/properties/minTextConfidence/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema42.properties.minTextConfidence.type,
              parentSchema: schema42.properties.minTextConfidence,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data7.noText !== undefined) {
          let data24 = data7.noText;
          if (typeof data24 !== 'boolean') {
            const err63 = {
              instancePath: instancePath + '/qa/noText',
              schemaPath: '#/$defs/qa/properties/noText/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema42.properties.noText.type,
              parentSchema: schema42.properties.noText,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data7.review !== undefined) {
          let data25 = data7.review;
          if (typeof data25 !== 'boolean') {
            const err64 = {
              instancePath: instancePath + '/qa/review',
              schemaPath: '#/$defs/qa/properties/review/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema42.properties.review.type,
              parentSchema: schema42.properties.review,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data7.severity !== undefined) {
          let data26 = data7.severity;
          if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
            for (const key2 in data26) {
              const _errs56 = errors;
              if (!(
                key2 === 'dimensions' ||
                key2 === 'resolution' ||
                key2 === 'background' ||
                key2 === 'background-deviation' ||
                key2 === 'fill' ||
                key2 === 'centring' ||
                key2 === 'sharpness' ||
                key2 === 'clipping' ||
                key2 === 'seams' ||
                key2 === 'halo' ||
                key2 === 'duplicate' ||
                key2 === 'colour' ||
                key2 === 'text'
              )) {
                const err65 = {
                  instancePath: instancePath + '/qa/severity',
                  schemaPath: '#/$defs/qa/properties/severity/propertyNames/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema42.properties.severity.propertyNames.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema42.properties.severity.propertyNames.enum,
                  parentSchema: schema42.properties.severity.propertyNames,
                  data: key2,
                  propertyName: key2,
                };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              var valid7 = _errs56 === errors;
              if (!valid7) {
                const err66 = {
                  instancePath: instancePath + '/qa/severity',
                  schemaPath: '#/$defs/qa/properties/severity/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key2 },
                  message: 'property name must be valid',
                  schema: schema42.properties.severity.propertyNames,
                  parentSchema: schema42.properties.severity,
                  data: data26,
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            for (const key3 in data26) {
              let data27 = data26[key3];
              if (!(data27 === 'fail' || data27 === 'warn' || data27 === 'off')) {
                const err67 = {
                  instancePath:
                    instancePath + '/qa/severity/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/$defs/qa/properties/severity/additionalProperties/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema42.properties.severity.additionalProperties.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema42.properties.severity.additionalProperties.enum,
                  parentSchema: schema42.properties.severity.additionalProperties,
                  data: data27,
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = {
              instancePath: instancePath + '/qa/severity',
              schemaPath: '#/$defs/qa/properties/severity/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema42.properties.severity.type,
              parentSchema: schema42.properties.severity,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = {
          instancePath: instancePath + '/qa',
          schemaPath: '#/$defs/qa/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema42.type,
          parentSchema: schema42,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.studio !== undefined) {
      let data28 = data.studio;
      if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
        for (const key4 in data28) {
          if (!(
            key4 === 'background' ||
            key4 === 'shadow' ||
            key4 === 'shadowStrength' ||
            key4 === 'fill' ||
            key4 === 'align'
          )) {
            const err70 = {
              instancePath: instancePath + '/studio',
              schemaPath: '#/$defs/studio/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema43,
              data: data28,
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data28.background !== undefined) {
          let data29 = data28.background;
          if (typeof data29 === 'string') {
            if (!pattern22.test(data29)) {
              const err71 = {
                instancePath: instancePath + '/studio/background',
                schemaPath: '#/$defs/studio/properties/background/pattern',
                keyword: 'pattern',
                params: {
                  pattern: '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$',
                },
                message:
                  'must match pattern "' +
                  '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$' +
                  '"',
                schema: '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$',
                parentSchema: schema43.properties.background,
                data: data29,
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = {
              instancePath: instancePath + '/studio/background',
              schemaPath: '#/$defs/studio/properties/background/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema43.properties.background.type,
              parentSchema: schema43.properties.background,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data28.shadow !== undefined) {
          let data30 = data28.shadow;
          if (typeof data30 !== 'boolean') {
            const err73 = {
              instancePath: instancePath + '/studio/shadow',
              schemaPath: '#/$defs/studio/properties/shadow/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema43.properties.shadow.type,
              parentSchema: schema43.properties.shadow,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data28.shadowStrength !== undefined) {
          let data31 = data28.shadowStrength;
          if (typeof data31 == 'number' && isFinite(data31)) {
            if (data31 > 1 || isNaN(data31)) {
              const err74 = {
                instancePath: instancePath + '/studio/shadowStrength',
                schemaPath: '#/$defs/studio/properties/shadowStrength/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema43.properties.shadowStrength,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (data31 < 0 || isNaN(data31)) {
              const err75 = {
                instancePath: instancePath + '/studio/shadowStrength',
                schemaPath: '#/$defs/studio/properties/shadowStrength/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema43.properties.shadowStrength,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          } else {
            const err76 = {
              instancePath: instancePath + '/studio/shadowStrength',
              schemaPath: '#/$defs/studio/properties/shadowStrength/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema43.properties.shadowStrength.type,
              parentSchema: schema43.properties.shadowStrength,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data28.fill !== undefined) {
          let data32 = data28.fill;
          if (typeof data32 == 'number' && isFinite(data32)) {
            if (data32 > 1 || isNaN(data32)) {
              const err77 = {
                instancePath: instancePath + '/studio/fill',
                schemaPath: '#/$defs/studio/properties/fill/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema43.properties.fill,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data32 <= 0 || isNaN(data32)) {
              const err78 = {
                instancePath: instancePath + '/studio/fill',
                schemaPath: '#/$defs/studio/properties/fill/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 0 },
                message: 'must be > 0',
                schema: 0,
                parentSchema: schema43.properties.fill,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = {
              instancePath: instancePath + '/studio/fill',
              schemaPath: '#/$defs/studio/properties/fill/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema43.properties.fill.type,
              parentSchema: schema43.properties.fill,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data28.align !== undefined) {
          let data33 = data28.align;
          if (!(data33 === 'center' || data33 === 'bottom' || data33 === 'top')) {
            const err80 = {
              instancePath: instancePath + '/studio/align',
              schemaPath: '#/$defs/studio/properties/align/enum',
              keyword: 'enum',
              params: { allowedValues: schema43.properties.align.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema43.properties.align.enum,
              parentSchema: schema43.properties.align,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = {
          instancePath: instancePath + '/studio',
          schemaPath: '#/$defs/studio/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema43.type,
          parentSchema: schema43,
          data: data28,
        };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
  } else {
    const err82 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema41.type,
      parentSchema: schema41,
      data,
    };
    if (vErrors === null) {
      vErrors = [err82];
    } else {
      vErrors.push(err82);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema44 = {
  type: 'object',
  additionalProperties: false,
  required: ['placement', 'prompt'],
  properties: {
    placement: { type: 'string', minLength: 1 },
    prompt: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$',
      description: 'a pinned prompt version id@N, like "studio-white@2"',
    },
    model: { type: 'string', minLength: 1 },
    seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
    studio: { $ref: '#/$defs/studio' },
  },
};
const pattern24 = new RegExp('^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$', 'u');
function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.placement === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'placement' },
        message: "must have required property '" + 'placement' + "'",
        schema: schema44.required,
        parentSchema: schema44,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.prompt === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'prompt' },
        message: "must have required property '" + 'prompt' + "'",
        schema: schema44.required,
        parentSchema: schema44,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'placement' ||
        key0 === 'prompt' ||
        key0 === 'model' ||
        key0 === 'seed' ||
        key0 === 'studio'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema44,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.placement !== undefined) {
      let data0 = data.placement;
      if (typeof data0 === 'string') {
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/placement',
            schemaPath: '#/properties/placement/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema44.properties.placement,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/placement',
          schemaPath: '#/properties/placement/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema44.properties.placement.type,
          parentSchema: schema44.properties.placement,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.prompt !== undefined) {
      let data1 = data.prompt;
      if (typeof data1 === 'string') {
        if (!pattern24.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/prompt',
            schemaPath: '#/properties/prompt/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$' + '"',
            schema: '^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$',
            parentSchema: schema44.properties.prompt,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/prompt',
          schemaPath: '#/properties/prompt/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema44.properties.prompt.type,
          parentSchema: schema44.properties.prompt,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.model !== undefined) {
      let data2 = data.model;
      if (typeof data2 === 'string') {
        if (func1(data2) < 1) {
          const err7 = {
            instancePath: instancePath + '/model',
            schemaPath: '#/properties/model/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema44.properties.model,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema44.properties.model.type,
          parentSchema: schema44.properties.model,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.seed !== undefined) {
      let data3 = data.seed;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err9 = {
          instancePath: instancePath + '/seed',
          schemaPath: '#/properties/seed/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema44.properties.seed.type,
          parentSchema: schema44.properties.seed,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 > 4294967295 || isNaN(data3)) {
          const err10 = {
            instancePath: instancePath + '/seed',
            schemaPath: '#/properties/seed/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 4294967295 },
            message: 'must be <= 4294967295',
            schema: 4294967295,
            parentSchema: schema44.properties.seed,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err11 = {
            instancePath: instancePath + '/seed',
            schemaPath: '#/properties/seed/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema44.properties.seed,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.studio !== undefined) {
      let data4 = data.studio;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(
            key1 === 'background' ||
            key1 === 'shadow' ||
            key1 === 'shadowStrength' ||
            key1 === 'fill' ||
            key1 === 'align'
          )) {
            const err12 = {
              instancePath: instancePath + '/studio',
              schemaPath: '#/$defs/studio/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema43,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.background !== undefined) {
          let data5 = data4.background;
          if (typeof data5 === 'string') {
            if (!pattern22.test(data5)) {
              const err13 = {
                instancePath: instancePath + '/studio/background',
                schemaPath: '#/$defs/studio/properties/background/pattern',
                keyword: 'pattern',
                params: {
                  pattern: '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$',
                },
                message:
                  'must match pattern "' +
                  '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$' +
                  '"',
                schema: '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$',
                parentSchema: schema43.properties.background,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/studio/background',
              schemaPath: '#/$defs/studio/properties/background/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema43.properties.background.type,
              parentSchema: schema43.properties.background,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data4.shadow !== undefined) {
          let data6 = data4.shadow;
          if (typeof data6 !== 'boolean') {
            const err15 = {
              instancePath: instancePath + '/studio/shadow',
              schemaPath: '#/$defs/studio/properties/shadow/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema43.properties.shadow.type,
              parentSchema: schema43.properties.shadow,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data4.shadowStrength !== undefined) {
          let data7 = data4.shadowStrength;
          if (typeof data7 == 'number' && isFinite(data7)) {
            if (data7 > 1 || isNaN(data7)) {
              const err16 = {
                instancePath: instancePath + '/studio/shadowStrength',
                schemaPath: '#/$defs/studio/properties/shadowStrength/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema43.properties.shadowStrength,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data7 < 0 || isNaN(data7)) {
              const err17 = {
                instancePath: instancePath + '/studio/shadowStrength',
                schemaPath: '#/$defs/studio/properties/shadowStrength/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema43.properties.shadowStrength,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/studio/shadowStrength',
              schemaPath: '#/$defs/studio/properties/shadowStrength/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema43.properties.shadowStrength.type,
              parentSchema: schema43.properties.shadowStrength,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.fill !== undefined) {
          let data8 = data4.fill;
          if (typeof data8 == 'number' && isFinite(data8)) {
            if (data8 > 1 || isNaN(data8)) {
              const err19 = {
                instancePath: instancePath + '/studio/fill',
                schemaPath: '#/$defs/studio/properties/fill/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema43.properties.fill,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data8 <= 0 || isNaN(data8)) {
              const err20 = {
                instancePath: instancePath + '/studio/fill',
                schemaPath: '#/$defs/studio/properties/fill/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 0 },
                message: 'must be > 0',
                schema: 0,
                parentSchema: schema43.properties.fill,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = {
              instancePath: instancePath + '/studio/fill',
              schemaPath: '#/$defs/studio/properties/fill/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema43.properties.fill.type,
              parentSchema: schema43.properties.fill,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.align !== undefined) {
          let data9 = data4.align;
          if (!(data9 === 'center' || data9 === 'bottom' || data9 === 'top')) {
            const err22 = {
              instancePath: instancePath + '/studio/align',
              schemaPath: '#/$defs/studio/properties/align/enum',
              keyword: 'enum',
              params: { allowedValues: schema43.properties.align.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema43.properties.align.enum,
              parentSchema: schema43.properties.align,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/studio',
          schemaPath: '#/$defs/studio/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema43.type,
          parentSchema: schema43,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema44.type,
      parentSchema: schema44,
      data,
    };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://shotlist.dev/schemas/placements.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'placements' || key0 === 'variants')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema40,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.placements !== undefined) {
      let data0 = data.placements;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === 'string') {
            if (!pattern18.test(key1)) {
              const err1 = {
                instancePath: instancePath + '/placements',
                schemaPath: '#/properties/placements/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9][a-z0-9-]*$' },
                message: 'must match pattern "' + '^[a-z0-9][a-z0-9-]*$' + '"',
                schema: '^[a-z0-9][a-z0-9-]*$',
                parentSchema: schema40.properties.placements.propertyNames,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err2 = {
              instancePath: instancePath + '/placements',
              schemaPath: '#/properties/placements/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema40.properties.placements.propertyNames,
              parentSchema: schema40.properties.placements,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          if (
            !validate25(data0[key2], {
              instancePath: instancePath + '/placements/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data0,
              parentDataProperty: key2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/placements',
          schemaPath: '#/properties/placements/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema40.properties.placements.type,
          parentSchema: schema40.properties.placements,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.variants !== undefined) {
      let data2 = data.variants;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key3 in data2) {
          const _errs9 = errors;
          if (typeof key3 === 'string') {
            if (!pattern18.test(key3)) {
              const err4 = {
                instancePath: instancePath + '/variants',
                schemaPath: '#/properties/variants/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9][a-z0-9-]*$' },
                message: 'must match pattern "' + '^[a-z0-9][a-z0-9-]*$' + '"',
                schema: '^[a-z0-9][a-z0-9-]*$',
                parentSchema: schema40.properties.variants.propertyNames,
                data: key3,
                propertyName: key3,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid3 = _errs9 === errors;
          if (!valid3) {
            const err5 = {
              instancePath: instancePath + '/variants',
              schemaPath: '#/properties/variants/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key3 },
              message: 'property name must be valid',
              schema: schema40.properties.variants.propertyNames,
              parentSchema: schema40.properties.variants,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key4 in data2) {
          if (
            !validate27(data2[key4], {
              instancePath: instancePath + '/variants/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data2,
              parentDataProperty: key4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/variants',
          schemaPath: '#/properties/variants/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema40.properties.variants.type,
          parentSchema: schema40.properties.variants,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema40.type,
      parentSchema: schema40,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const prompts = validate29;
const schema46 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://shotlist.dev/schemas/prompts.schema.json',
  title: 'shotlist prompt template',
  description:
    'One versioned prompt template. A version is frozen once used: change the wording by adding a version.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'versions'],
  properties: {
    id: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'a prompt id: lowercase letters, digits and hyphens, like "studio-white"',
    },
    description: { type: 'string' },
    versions: {
      type: 'object',
      minProperties: 1,
      propertyNames: {
        pattern: '^[1-9][0-9]*$',
        description: 'a version number: a positive whole number like 1 or 2',
      },
      additionalProperties: { $ref: '#/$defs/version' },
    },
  },
  $defs: {
    version: {
      type: 'object',
      additionalProperties: false,
      required: ['text'],
      properties: {
        text: {
          type: 'string',
          minLength: 1,
          description: 'the prompt; may use {{name}}, {{sku}}, {{category}}, {{attributes.x}}, {{variant}}',
        },
        negative: { type: 'string' },
        style: { type: 'string' },
        studio: { $ref: 'placements.schema.json#/$defs/studio' },
      },
    },
  },
};
const pattern27 = new RegExp('^[1-9][0-9]*$', 'u');
const schema47 = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    text: {
      type: 'string',
      minLength: 1,
      description: 'the prompt; may use {{name}}, {{sku}}, {{category}}, {{attributes.x}}, {{variant}}',
    },
    negative: { type: 'string' },
    style: { type: 'string' },
    studio: { $ref: 'placements.schema.json#/$defs/studio' },
  },
};
function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.text === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'text' },
        message: "must have required property '" + 'text' + "'",
        schema: schema47.required,
        parentSchema: schema47,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'text' || key0 === 'negative' || key0 === 'style' || key0 === 'studio')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema47,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.text !== undefined) {
      let data0 = data.text;
      if (typeof data0 === 'string') {
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/text',
            schemaPath: '#/properties/text/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema47.properties.text,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/text',
          schemaPath: '#/properties/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema47.properties.text.type,
          parentSchema: schema47.properties.text,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.negative !== undefined) {
      let data1 = data.negative;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/negative',
          schemaPath: '#/properties/negative/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema47.properties.negative.type,
          parentSchema: schema47.properties.negative,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.style !== undefined) {
      let data2 = data.style;
      if (typeof data2 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/style',
          schemaPath: '#/properties/style/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema47.properties.style.type,
          parentSchema: schema47.properties.style,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.studio !== undefined) {
      let data3 = data.studio;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(
            key1 === 'background' ||
            key1 === 'shadow' ||
            key1 === 'shadowStrength' ||
            key1 === 'fill' ||
            key1 === 'align'
          )) {
            const err6 = {
              instancePath: instancePath + '/studio',
              schemaPath: 'placements.schema.json#/$defs/studio/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema43,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data3.background !== undefined) {
          let data4 = data3.background;
          if (typeof data4 === 'string') {
            if (!pattern22.test(data4)) {
              const err7 = {
                instancePath: instancePath + '/studio/background',
                schemaPath: 'placements.schema.json#/$defs/studio/properties/background/pattern',
                keyword: 'pattern',
                params: {
                  pattern: '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$',
                },
                message:
                  'must match pattern "' +
                  '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$' +
                  '"',
                schema: '^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$',
                parentSchema: schema43.properties.background,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/studio/background',
              schemaPath: 'placements.schema.json#/$defs/studio/properties/background/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema43.properties.background.type,
              parentSchema: schema43.properties.background,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.shadow !== undefined) {
          let data5 = data3.shadow;
          if (typeof data5 !== 'boolean') {
            const err9 = {
              instancePath: instancePath + '/studio/shadow',
              schemaPath: 'placements.schema.json#/$defs/studio/properties/shadow/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema43.properties.shadow.type,
              parentSchema: schema43.properties.shadow,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.shadowStrength !== undefined) {
          let data6 = data3.shadowStrength;
          if (typeof data6 == 'number' && isFinite(data6)) {
            if (data6 > 1 || isNaN(data6)) {
              const err10 = {
                instancePath: instancePath + '/studio/shadowStrength',
                schemaPath: 'placements.schema.json#/$defs/studio/properties/shadowStrength/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema43.properties.shadowStrength,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data6 < 0 || isNaN(data6)) {
              const err11 = {
                instancePath: instancePath + '/studio/shadowStrength',
                schemaPath: 'placements.schema.json#/$defs/studio/properties/shadowStrength/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema43.properties.shadowStrength,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/studio/shadowStrength',
              schemaPath: 'placements.schema.json#/$defs/studio/properties/shadowStrength/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema43.properties.shadowStrength.type,
              parentSchema: schema43.properties.shadowStrength,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.fill !== undefined) {
          let data7 = data3.fill;
          if (typeof data7 == 'number' && isFinite(data7)) {
            if (data7 > 1 || isNaN(data7)) {
              const err13 = {
                instancePath: instancePath + '/studio/fill',
                schemaPath: 'placements.schema.json#/$defs/studio/properties/fill/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema43.properties.fill,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data7 <= 0 || isNaN(data7)) {
              const err14 = {
                instancePath: instancePath + '/studio/fill',
                schemaPath: 'placements.schema.json#/$defs/studio/properties/fill/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 0 },
                message: 'must be > 0',
                schema: 0,
                parentSchema: schema43.properties.fill,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/studio/fill',
              schemaPath: 'placements.schema.json#/$defs/studio/properties/fill/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema43.properties.fill.type,
              parentSchema: schema43.properties.fill,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.align !== undefined) {
          let data8 = data3.align;
          if (!(data8 === 'center' || data8 === 'bottom' || data8 === 'top')) {
            const err16 = {
              instancePath: instancePath + '/studio/align',
              schemaPath: 'placements.schema.json#/$defs/studio/properties/align/enum',
              keyword: 'enum',
              params: { allowedValues: schema43.properties.align.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema43.properties.align.enum,
              parentSchema: schema43.properties.align,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/studio',
          schemaPath: 'placements.schema.json#/$defs/studio/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema43.type,
          parentSchema: schema43,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema47.type,
      parentSchema: schema47,
      data,
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://shotlist.dev/schemas/prompts.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.versions === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'versions' },
        message: "must have required property '" + 'versions' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'id' || key0 === 'description' || key0 === 'versions')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema46,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (!pattern18.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9][a-z0-9-]*$' },
            message: 'must match pattern "' + '^[a-z0-9][a-z0-9-]*$' + '"',
            schema: '^[a-z0-9][a-z0-9-]*$',
            parentSchema: schema46.properties.id,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema46.properties.id.type,
          parentSchema: schema46.properties.id,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema46.properties.description.type,
          parentSchema: schema46.properties.description,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.versions !== undefined) {
      let data2 = data.versions;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err6 = {
            instancePath: instancePath + '/versions',
            schemaPath: '#/properties/versions/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema46.properties.versions,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data2) {
          const _errs8 = errors;
          if (typeof key1 === 'string') {
            if (!pattern27.test(key1)) {
              const err7 = {
                instancePath: instancePath + '/versions',
                schemaPath: '#/properties/versions/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[1-9][0-9]*$' },
                message: 'must match pattern "' + '^[1-9][0-9]*$' + '"',
                schema: '^[1-9][0-9]*$',
                parentSchema: schema46.properties.versions.propertyNames,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          var valid1 = _errs8 === errors;
          if (!valid1) {
            const err8 = {
              instancePath: instancePath + '/versions',
              schemaPath: '#/properties/versions/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema46.properties.versions.propertyNames,
              parentSchema: schema46.properties.versions,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          if (
            !validate30(data2[key2], {
              instancePath: instancePath + '/versions/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data2,
              parentDataProperty: key2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/versions',
          schemaPath: '#/properties/versions/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema46.properties.versions.type,
          parentSchema: schema46.properties.versions,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema46.type,
      parentSchema: schema46,
      data,
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
