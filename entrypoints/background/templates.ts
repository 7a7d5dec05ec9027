// PLACEHOLDER: filled by its owner.
export function registerTemplateServices(): void {}
