import './App.css';
import { VerifyIdentity } from './VerifyIdentity';
import { VerifyIdentityLocally } from './VerifyIdentityLocally';

/** The whole check against the local service at /, the README's quick start as is at /quick-start. */
export default function App() {
  return window.location.pathname === '/quick-start' ? <VerifyIdentity /> : <VerifyIdentityLocally />;
}
