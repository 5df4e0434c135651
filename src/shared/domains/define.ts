import type { z } from 'zod';
import type { Audience } from '../channels';

/** One channel: who may call it, the zod schema its input must pass, and (type only) what it answers. */
export interface ChannelDef<A extends Audience, S extends z.ZodType, O> {
  audience: A;
  input: S;
  /** Type-only marker for the output; never read at run time. */
  output?: O;
}

/** `channel<Output>()(audience, schema)`: the output is named, the audience and schema inferred. */
export const channel =
  <O>() =>
  <A extends Audience, S extends z.ZodType>(audience: A, input: S): ChannelDef<A, S, O> => ({ audience, input });
