// Writes the web server's header files from src/lib/headers.ts (and the CSP in src/lib/csp.ts):
// deploy/nginx/staalkaart/headers.conf and public/_headers. Run after changing either source file;
// tests/unit/deploy-config.test.ts tells you when you forgot.
// Usage: npm run deploy:config
import { writeFileSync } from 'node:fs';
import { nginxHeaders, staticHeaders } from '../src/lib/headers.ts';

export const GENERATED_FILES: Record<string, () => string> = {
  'deploy/nginx/staalkaart/headers.conf': nginxHeaders,
  'public/_headers': staticHeaders,
};

if (import.meta.main) {
  for (const [file, make] of Object.entries(GENERATED_FILES)) {
    writeFileSync(file, make());
    console.log(`geschreven: ${file}`);
  }
}
