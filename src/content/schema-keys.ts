/** Every object key a zod schema declares, in declaration order (nested objects included). */
import type { z } from 'zod';

export function schemaKeys(...schemas: z.ZodType[]): string[] {
  const order: string[] = [];
  const visit = (schema: z.ZodType): void => {
    const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    switch (def.type) {
      case 'object':
        for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
          if (!order.includes(key)) order.push(key);
          visit(child);
        }
        break;
      case 'optional':
      case 'nullable':
      case 'default':
        visit(def.innerType as z.ZodType);
        break;
      case 'pipe':
        visit(def.in as z.ZodType);
        break;
      case 'array':
        visit(def.element as z.ZodType);
        break;
      case 'union':
        for (const option of def.options as z.ZodType[]) visit(option);
        break;
      case 'tuple':
        for (const entry of def.items as z.ZodType[]) visit(entry);
        break;
    }
  };
  for (const schema of schemas) visit(schema);
  return order;
}
