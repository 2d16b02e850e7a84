import packageJson from '../../package.json' with { type: 'json' };

/** This package's version, without loading the command tree. */
export const VERSION: string = packageJson.version;
