// Input fuzzing, share 1 of 2: see tests/support/fuzz-actions.ts.
import { fuzzActions } from "../support/fuzz-actions";

await fuzzActions(0, 2);
