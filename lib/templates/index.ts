// The quick-reply template library: schema, storage, search, variables, import/export.
export * from './schema';
export * from './db';
export * from './repository';
export * from './search';
export * from './variables';
export * from './io';
export * from './starter';
export * from './messages';
export * from './trigger';
