/**
 * The Amplify detector's own strings (its `displayText` prop): hints and toasts over the camera,
 * the error modal, the camera checks, the photosensitivity warning. The type is derived from
 * @aws-amplify/ui-react-liveness itself with every key required, so a key that a new detector
 * version adds makes every locale pack fail the type check until it is translated.
 */
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';
import type { LivenessDisplayText } from './en';

type AmplifyDisplayText = NonNullable<FaceLivenessDetectorCoreProps['displayText']>;
/** Misspelt duplicates Amplify keeps for compatibility; the correctly spelt keys win over them. */
type DeprecatedKey = `photosensitivyWarning${string}`;

/** Every current key of the detector's `displayText`, each one required. */
export type DetectorDisplayText = { [Key in Exclude<keyof AmplifyDisplayText, DeprecatedKey>]-?: string };

/** A complete language for the whole flow: our screens and the detector's. */
export interface LivenessLocale {
  /** Writing direction: set as `dir` on the component's root and on the detector's wrapper. */
  dir: 'ltr' | 'rtl';
  /** This library's strings; `text.numberLocale` is the language tag (set as `lang`). */
  text: LivenessDisplayText;
  /**
   * Loads the detector's strings (passed to it as its `displayText`). They are a module of their
   * own, fetched with the detector's code when a check starts, so a page pays for them only then.
   */
  loadDetectorText: () => Promise<DetectorDisplayText>;
}
