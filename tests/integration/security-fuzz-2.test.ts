// Input fuzzing, share 2 of 2: see tests/support/fuzz-actions.ts.
import { fuzzActions } from "../support/fuzz-actions";

await fuzzActions(1, 2);
