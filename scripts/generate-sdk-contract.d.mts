export declare const SDK_CONTRACT_FILE: string;
/** The text packages/sdk/src/internal/contract.generated.ts must have. */
export declare function renderSdkContract(): Promise<string>;
