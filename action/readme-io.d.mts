export const START: string;
export const END: string;
export function renderActionIo(actionYml: string): string;
export function withActionIo(readme: string, actionYml: string): string;
