export function registerSiteAccess(): void {}
