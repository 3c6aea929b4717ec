import { VerifyIdentityLocally } from './verify-identity-locally';

export default function Home() {
  return (
    <main>
      <VerifyIdentityLocally />
    </main>
  );
}
