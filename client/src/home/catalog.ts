/**
 * The experiment catalog, as the server serves it (GET /api/experiments),
 * checked with zod at the boundary. If the server is unreachable the page
 * still lists the lessons from the catalog compiled into the client.
 */
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { experiments as builtInCatalog, type ExperimentSpec } from '../../../shared/experiments.js';

const paramSpecSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('integer'), min: z.number(), max: z.number(), default: z.number(), unit: z.string().optional() }),
  z.object({ type: z.literal('enum'), options: z.array(z.string()), default: z.string() }),
  z.object({ type: z.literal('set'), options: z.array(z.string()), default: z.array(z.string()) }),
]);

const engineSchema = z.object({ available: z.boolean(), reason: z.string().optional() });
export type EngineAvailability = z.infer<typeof engineSchema>;

const catalogResponseSchema = z.object({
  /** Which engines the "engine" parameter may name on this server (absent on an older server). */
  engines: z.object({ native: engineSchema }).optional(),
  experiments: z.array(
    z.object({
      id: z.string(),
      proves: z.array(z.string()),
      params: z.record(z.string(), paramSpecSchema),
      timeLimitSeconds: z.number().optional(),
      cores: z.union([z.number().int().positive(), z.literal('all')]),
      pacedWhen: z.object({ param: z.string(), value: z.string() }).optional(),
    }),
  ),
});

export type Catalog = {
  experiments: readonly ExperimentSpec[];
  source: 'server' | 'built-in';
  /** Whether this server can run the native engine (the C program); undefined until the server answered. */
  native?: EngineAvailability;
};

const builtIn: Catalog = { experiments: builtInCatalog, source: 'built-in' };

let request: Promise<Catalog> | undefined;

/** Fetches the catalog once per page load; never rejects (falls back to the built-in one). */
export function loadCatalog(): Promise<Catalog> {
  request ??= fetch('/api/experiments', { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) return builtIn;
      const parsed = catalogResponseSchema.safeParse(await response.json());
      if (!parsed.success) return builtIn;
      const native = parsed.data.engines?.native;
      return { experiments: parsed.data.experiments, source: 'server' as const, ...(native ? { native } : {}) };
    })
    .catch(() => builtIn);
  return request;
}

/** The catalog: the built-in one at first, the server's once it answered. */
export function useCatalog(): Catalog & { loading: boolean } {
  const [catalog, setCatalog] = useState<Catalog | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void loadCatalog().then((loaded) => {
      if (current) setCatalog(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return catalog ? { ...catalog, loading: false } : { ...builtIn, loading: true };
}
