/**
 * The editors' field comments of the content schemas, read with the TypeScript
 * compiler: every `/** … *\/` line above a field of a `z.object()` shape, keyed
 * by the field's path ("buergermeister.name", "meilensteine.*.text"). Zod keeps
 * no comments at runtime; the types do, through factories, spreads and
 * transforms, so the schemas stay the one place where a field is explained.
 */
import path from 'node:path';
import ts from 'typescript';

/** Walks a Zod type: objects (shape), pipes/transforms (in), arrays (element), wrappers (unwrap()). */
function walk(checker: ts.TypeChecker, type: ts.Type, prefix: string[], docs: Map<string, string>, depth = 0): void {
  if (depth > 12) return;
  const prop = (name: string) => type.getProperty(name);
  const shape = prop('shape');
  if (shape) {
    for (const field of checker.getTypeOfSymbol(shape).getProperties()) {
      const at = [...prefix, field.name];
      const doc = ts.displayPartsToString(field.getDocumentationComment(checker)).trim();
      if (doc && !docs.has(at.join('.'))) docs.set(at.join('.'), doc);
      walk(checker, checker.getTypeOfSymbol(field), at, docs, depth + 1);
    }
    return;
  }
  const inner = prop('in');
  if (inner) return walk(checker, checker.getTypeOfSymbol(inner), prefix, docs, depth + 1);
  const element = prop('element');
  if (element) return walk(checker, checker.getTypeOfSymbol(element), [...prefix, '*'], docs, depth + 1);
  const unwrap = prop('unwrap');
  if (unwrap) {
    const [signature] = checker.getTypeOfSymbol(unwrap).getCallSignatures();
    if (signature) walk(checker, signature.getReturnType(), prefix, docs, depth + 1);
  }
}

/**
 * Field comments of the schemas that the named exports of `files` return
 * (`{ 'src/schemas/city.ts': 'citySchema' }`), one map per export.
 */
export function schemaDocs(root: string, exports: Record<string, string>): Record<string, Map<string, string>> {
  const files = Object.keys(exports).map((f) => path.resolve(root, f));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    types: [],
  });
  const checker = program.getTypeChecker();
  const result: Record<string, Map<string, string>> = {};
  for (const [file, name] of Object.entries(exports)) {
    const source = program.getSourceFile(path.resolve(root, file));
    const module = source && checker.getSymbolAtLocation(source);
    const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === name);
    if (!symbol) throw new Error(`${file}: export ${name} nicht gefunden`);
    const type = checker.getTypeOfSymbol(symbol);
    const [signature] = type.getCallSignatures();
    const docs = new Map<string, string>();
    walk(checker, signature ? signature.getReturnType() : type, [], docs);
    result[name] = docs;
  }
  return result;
}
