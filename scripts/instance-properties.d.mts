// Types of scripts/instance-properties.mjs, for the tests that import it (test/tsconfig.json).
export declare const INSTANCE_PROPERTIES: string[];
export declare const instancePropertiesPattern: RegExp;
interface PluginContext {
  error(message: string): never;
}
export declare function guardInstanceProperties(options: { main: boolean }): {
  name: string;
  transform(this: PluginContext, code: string, id: string): null;
  renderChunk(this: PluginContext, code: string, chunk: { fileName: string }): null;
};
