// PLACEHOLDER: filled by its owner.
export function registerPackSync(): void {}
