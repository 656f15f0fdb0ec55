import type {z} from 'zod'

type Check = (value: unknown) => boolean

/**
 * Whether `value` has `schema`'s shape: the answer of `schema.safeParse(value).success`, without
 * the copy of the value zod makes as it parses. A cached page's head is thousands of values, and
 * the copies were most of an edit run's garbage. The plain-data parts of a schema are checked here:
 * objects (strict or not), arrays, tuples, records, strings, numbers (integers, lower and upper
 * bounds), booleans, enums, literals, optional, nullable and unknown. Any other part (a union,
 * a refinement, a length check) is asked of zod, so the answer is zod's.
 *
 * Each schema's test is made once, as the source of one function (`testSource`) with every nested
 * part written inline: a head's half a million values are tested without a call per value. Tested
 * through nested closures instead, the heads and results of a 2,704-page site took 246 ms of an
 * edit run, and this function 41 ms (`node --no-turbofan`, as the CLI runs).
 */
export function conforms(schema: z.ZodType, value: unknown): boolean {
  let check = checks.get(schema)
  if (!check) {
    check = compile(schema)
    checks.set(schema, check)
  }
  return check(value)
}

const checks = new WeakMap<z.ZodType, Check>()

/** The schema's test as one function. Its source names no value of the schema: those it needs are in `known`. */
function compile(schema: z.ZodType): Check {
  const known: unknown[] = [isPlainObject]
  const names = {count: 0}
  const source = testSource(schema, 'value', known, names)
  // Only this file's text and the schema's keys (as JSON string literals) make up the source.
  return new Function('known', `const isPlainObject = known[0];\nreturn function conformsTo(value) {\n${source}\nreturn true\n}`)(known) as Check
}

/**
 * Statements that `return false` when the variable `name` does not have `schema`'s shape. Values
 * the test compares with (literals, enum members, a schema asked of zod) go into `known`, and the
 * source refers to them by index; `names` numbers the source's own variables.
 */
function testSource(schema: z.ZodType, name: string, known: unknown[], names: {count: number}): string {
  const def = definition(schema)
  const refer = (value: unknown) => `known[${known.push(value) - 1}]`
  const fresh = (prefix: string) => `${prefix}${names.count++}`
  const nested = (inner: z.ZodType, variable: string) => testSource(inner, variable, known, names)
  const byZod = `if (!${refer(schema)}.safeParse(${name}).success) return false`
  const refined = (def.checks?.length ?? 0) > 0
  switch (def.type) {
    case 'unknown':
      return ''
    case 'string':
    case 'boolean':
      return refined ? byZod : `if (typeof ${name} !== '${def.type}') return false`
    case 'number': {
      const tests = numberTests(def.checks ?? [], name, refer)
      return tests ? `if (!(typeof ${name} === 'number' && Number.isFinite(${name})${tests.map((test) => ` && ${test}`).join('')})) return false` : byZod
    }
    case 'literal':
      return `if (!${refer(def.values!)}.includes(${name})) return false`
    case 'enum':
      return `if (!${refer(new Set(Object.values(def.entries!)))}.has(${name})) return false`
    case 'optional':
      return `if (${name} !== undefined) {\n${nested(def.innerType!, name)}\n}`
    case 'nullable':
      return `if (${name} !== null) {\n${nested(def.innerType!, name)}\n}`
    case 'array': {
      if (refined) return byZod
      const index = fresh('index')
      const item = fresh('item')
      // By index, as zod does: `every` would skip the holes of a sparse array.
      return `if (!Array.isArray(${name})) return false\nfor (let ${index} = 0; ${index} < ${name}.length; ${index}++) {\nconst ${item} = ${name}[${index}]\n${nested(def.element!, item)}\n}`
    }
    case 'tuple': {
      // Trailing optional items make shorter arrays valid: zod knows how.
      if (refined || def.rest || def.items!.some((item) => definition(item).type === 'optional')) return byZod
      const items = def.items!.map((inner, index) => {
        const item = fresh('item')
        return `{\nconst ${item} = ${name}[${index}]\n${nested(inner, item)}\n}`
      })
      return [`if (!Array.isArray(${name}) || ${name}.length !== ${items.length}) return false`, ...items].join('\n')
    }
    case 'record': {
      if (refined || definition(def.keyType!).type !== 'string' || definition(def.keyType!).checks?.length) return byZod
      const key = fresh('key')
      const item = fresh('item')
      // Own enumerable keys but `__proto__`, which zod skips; a symbol is not a string key.
      return [
        `if (!isPlainObject(${name})) return false`,
        `for (const ${key} of Reflect.ownKeys(${name})) {`,
        `if (${key} === '__proto__' || !Object.prototype.propertyIsEnumerable.call(${name}, ${key})) continue`,
        `if (typeof ${key} === 'symbol') return false`,
        `const ${item} = ${name}[${key}]`,
        nested(def.valueType!, item),
        '}'
      ].join('\n')
    }
    case 'object': {
      const catchall = def.catchall ? definition(def.catchall).type : undefined
      if (refined || (catchall !== undefined && catchall !== 'never')) return byZod
      const lines = [`if (typeof ${name} !== 'object' || ${name} === null || Array.isArray(${name})) return false`]
      for (const [key, field] of Object.entries(def.shape!)) {
        const item = fresh('field')
        lines.push(`{\nconst ${item} = ${name}[${JSON.stringify(key)}]\n${nested(field, item)}\n}`)
      }
      // Without a catchall zod drops unknown keys; `never` (a strict object) rejects them. Every
      // enumerable key, inherited ones too, as zod's `for…in`.
      if (catchall === 'never') {
        const key = fresh('key')
        lines.push(`for (const ${key} in ${name}) if (!${refer(new Set(Object.keys(def.shape!)))}.has(${key})) return false`)
      }
      return lines.join('\n')
    }
    default:
      return byZod
  }
}

/** The part of a zod schema's definition this file reads. */
interface Def {
  type: string
  checks?: Array<{_zod: {def: {check: string; format?: string; value?: unknown; inclusive?: boolean}}}>
  values?: unknown[]
  entries?: Record<string, unknown>
  innerType?: z.ZodType
  element?: z.ZodType
  items?: z.ZodType[]
  rest?: z.ZodType | null
  keyType?: z.ZodType
  valueType?: z.ZodType
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
}

function definition(schema: z.ZodType): Def {
  return (schema as unknown as {_zod: {def: Def}})._zod.def
}

/** A number's checks as expressions over `name`, or undefined when one is not an integer format or a bound. */
function numberTests(list: NonNullable<Def['checks']>, name: string, refer: (value: unknown) => string): string[] | undefined {
  const tests: string[] = []
  for (const {_zod: {def}} of list) {
    if (def.check === 'number_format' && def.format === 'safeint') tests.push(`Number.isSafeInteger(${name})`)
    else if ((def.check === 'greater_than' || def.check === 'less_than') && typeof def.value === 'number') {
      const operator = def.check === 'greater_than' ? (def.inclusive ? '>=' : '>') : def.inclusive ? '<=' : '<'
      tests.push(`${name} ${operator} ${refer(def.value)}`)
    } else return undefined
  }
  return tests
}

/** Zod's test of a record's value: an object that is not an array and not an instance of a class. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const constructor = (value as {constructor?: unknown}).constructor
  if (typeof constructor !== 'function') return true
  const prototype = constructor.prototype as unknown
  return typeof prototype === 'object' && prototype !== null && !Array.isArray(prototype) && Object.hasOwn(prototype, 'isPrototypeOf')
}
