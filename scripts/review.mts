// `npm run review`: the clinical review document, dist/review/clinical-review.html and .md.
import { join } from "node:path";
import { ROOT } from "./build.mts";
import { writeReview } from "./clinical-review.ts";

for (const file of writeReview(join(ROOT, "dist/review"))) console.log(`wrote ${file}`);
