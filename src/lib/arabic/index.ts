export * from './normalise.ts';
export * from './tokens.ts';
export * from './sentences.ts';
export * from './clitics.ts';
export * from './endings.ts';
