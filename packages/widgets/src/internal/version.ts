/** This package's version, shown when another version's element already holds a tag (a test keeps it equal to package.json). */
export const VERSION = '0.1.0';
