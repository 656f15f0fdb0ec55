import type {z} from 'zod'

type Check = (value: unknown) => boolean

/**
 * Whether `value` has `schema`'s shape: the answer of `schema.safeParse(value).success`, without
 * the copy of the value zod makes as it parses. A cached page's head is thousands of values, and
 * the copies were most of an edit run's garbage. The plain-data parts of a schema are checked here:
 * objects (strict or not), arrays, tuples, records, strings, numbers (integers, lower and upper
 * bounds), booleans, enums, literals, optional, nullable and unknown. Any other part (a union,
 * a refinement, a length check) is asked of zod, so the answer is zod's.
 */
export function conforms(schema: z.ZodType, value: unknown): boolean {
  return checkOf(schema)(value)
}

const checks = new WeakMap<z.ZodType, Check>()

function checkOf(schema: z.ZodType): Check {
  let check = checks.get(schema)
  if (!check) {
    check = compile(schema)
    checks.set(schema, check)
  }
  return check
}

function compile(schema: z.ZodType): Check {
  const def = (schema as unknown as {_zod: {def: Def}})._zod.def
  const byZod: Check = (value) => schema.safeParse(value).success
  const refined = (def.checks?.length ?? 0) > 0
  switch (def.type) {
    case 'unknown':
      return () => true
    case 'string':
      return refined ? byZod : (value) => typeof value === 'string'
    case 'boolean':
      return refined ? byZod : (value) => typeof value === 'boolean'
    case 'number': {
      const bounds = numberChecks(def.checks ?? [])
      return bounds ? (value) => typeof value === 'number' && Number.isFinite(value) && bounds(value) : byZod
    }
    case 'literal': {
      const values = def.values!
      return (value) => values.includes(value)
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries!))
      return (value) => values.has(value)
    }
    case 'optional': {
      const inner = checkOf(def.innerType!)
      return (value) => value === undefined || inner(value)
    }
    case 'nullable': {
      const inner = checkOf(def.innerType!)
      return (value) => value === null || inner(value)
    }
    case 'array': {
      if (refined) return byZod
      const element = checkOf(def.element!)
      return (value) => {
        if (!Array.isArray(value)) return false
        // By index, as zod does: `every` would skip the holes of a sparse array.
        for (let index = 0; index < value.length; index++) if (!element(value[index])) return false
        return true
      }
    }
    case 'tuple': {
      // Trailing optional items make shorter arrays valid: zod knows how.
      if (refined || def.rest || def.items!.some((item) => kindOf(item) === 'optional')) return byZod
      const items = def.items!.map(checkOf)
      return (value) => Array.isArray(value) && value.length === items.length && items.every((item, index) => item(value[index]))
    }
    case 'record': {
      if (refined || kindOf(def.keyType!) !== 'string' || (def.keyType as unknown as {_zod: {def: Def}})._zod.def.checks?.length) return byZod
      const each = checkOf(def.valueType!)
      return (value) => {
        if (!isPlainObject(value)) return false
        // Own enumerable keys but `__proto__`, which zod skips; a symbol is not a string key.
        for (const key of Reflect.ownKeys(value)) {
          if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue
          if (typeof key === 'symbol' || !each(value[key])) return false
        }
        return true
      }
    }
    case 'object': {
      const catchall = def.catchall ? kindOf(def.catchall) : undefined
      if (refined || (catchall !== undefined && catchall !== 'never')) return byZod
      const shape = Object.entries(def.shape!).map(([key, field]) => [key, checkOf(field)] as const)
      const known = new Set(shape.map(([key]) => key))
      // Without a catchall zod drops unknown keys; `never` (a strict object) rejects them.
      const strict = catchall === 'never'
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
        const object = value as Record<string, unknown>
        for (const [key, check] of shape) if (!check(object[key])) return false
        // Every enumerable key, inherited ones too, as zod's `for…in`.
        if (strict) for (const key in object) if (!known.has(key)) return false
        return true
      }
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

function kindOf(schema: z.ZodType): string {
  return (schema as unknown as {_zod: {def: Def}})._zod.def.type
}

/** A number's checks as one test, or undefined when one is not an integer format or a bound. */
function numberChecks(list: NonNullable<Def['checks']>): ((value: number) => boolean) | undefined {
  const tests: Array<(value: number) => boolean> = []
  for (const {_zod: {def}} of list) {
    if (def.check === 'number_format' && def.format === 'safeint') tests.push((value) => Number.isSafeInteger(value))
    else if ((def.check === 'greater_than' || def.check === 'less_than') && typeof def.value === 'number') {
      const bound = def.value
      if (def.check === 'greater_than') tests.push(def.inclusive ? (value) => value >= bound : (value) => value > bound)
      else tests.push(def.inclusive ? (value) => value <= bound : (value) => value < bound)
    } else return undefined
  }
  return (value) => tests.every((test) => test(value))
}

/** Zod's test of a record's value: an object that is not an array and not an instance of a class. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const constructor = (value as {constructor?: unknown}).constructor
  if (typeof constructor !== 'function') return true
  const prototype = constructor.prototype as unknown
  return typeof prototype === 'object' && prototype !== null && !Array.isArray(prototype) && Object.hasOwn(prototype, 'isPrototypeOf')
}
