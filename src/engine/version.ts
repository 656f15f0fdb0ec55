import packageJson from '../../package.json' with {type: 'json'}

/** Lockstep's version, as reports name it. */
export const version: string = packageJson.version
