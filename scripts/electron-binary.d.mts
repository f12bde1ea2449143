export function electronBinaryPath(): string | null;
export function electronVersion(): string;
