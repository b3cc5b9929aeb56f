import { z } from 'zod';
import { routineSchemas } from './routine-schema.js';

// The routine format as JSON Schema, for editors: generated from the same zod
// schema the loader validates with, never written by hand.
export function routineJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(routineSchemas().routineFile, {
    io: 'input',
    unrepresentable: 'any',
  });
  return { ...schema, title: 'pmr routine' };
}
