// PLACEHOLDER: filled by its owner.
export function registerPageServices(): void {}
