// 2. The server, as a Next.js route file (app/api/liveness/[...path]/route.ts; any other Node server:
//    `export const liveness = createLivenessHandler(…)` and `app.use(toNodeHandler(liveness))`).
//    The handler's client goes to the local service and trusts its certificate (verification stays
//    on: no NODE_TLS_REJECT_UNAUTHORIZED); the browser's stream credentials come from the local
//    service's STS, as they come from AWS's in production. Any AWS_ACCESS_KEY_ID works locally, and
//    any role ARN (e.g. arn:aws:iam::123456789012:role/liveness-stream). auth() is your sign-in.
import { readFileSync } from 'node:fs';
import { createLivenessHandler, createStsStreamCredentials } from 'react-face-liveness/server';

const local = process.env.LIVENESS_ENDPOINT;
const service = local ? { endpoint: local, trustCertificate: readFileSync('.cache/liveness-tls/localhost.crt') } : {};
const roleArn = process.env.LIVENESS_STREAM_ROLE_ARN!;

export const liveness = createLivenessHandler({
  secret: process.env.LIVENESS_SECRET!,
  authorize: async () => (await auth())?.user?.id ?? null,
  region: 'us-east-1',
  // `endpoint` also goes to the browser with each session (`streamingEndpoint`), for the detector.
  ...service,
  streamCredentials: createStsStreamCredentials({ roleArn, region: 'us-east-1', ...service }),
});

/** The app's sign-in (NextAuth's `auth()` in a real app): every visitor is one test user here. */
async function auth(): Promise<{ user?: { id?: string } } | null> {
  return { user: { id: 'adopter-app-user' } };
}
