import { VerifyIdentity } from '../verify-identity';

/** The README's quick start as is (it streams to AWS: the suite only checks that its start screen renders). */
export default function QuickStart() {
  return (
    <main>
      <VerifyIdentity />
    </main>
  );
}
