export function registerHistoryWriter(): void {}
