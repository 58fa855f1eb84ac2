export function registerPackSources(): void {}
