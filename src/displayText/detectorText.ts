/**
 * The Amplify detector's own strings (its `displayText` prop): hints and toasts over the camera,
 * the error modal, the camera checks, the photosensitivity warning. The type is derived from
 * @aws-amplify/ui-react-liveness itself with every key required, so a key that a new detector
 * version adds makes every locale pack fail the type check until it is translated.
 */
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';
import type { LivenessDisplayText, ResultKey } from './en';

type AmplifyDisplayText = NonNullable<FaceLivenessDetectorCoreProps['displayText']>;
/** Misspelt duplicates Amplify keeps for compatibility; the correctly spelt keys win over them. */
type DeprecatedKey = `photosensitivyWarning${string}`;

/** Every current key of the detector's `displayText`, each one required. */
export type DetectorDisplayText = { [Key in Exclude<keyof AmplifyDisplayText, DeprecatedKey>]-?: string };

/** Our strings of the check's flow (start, progress, cancelled and error screens): a pack's first module. */
export type FlowText = Omit<LivenessDisplayText, ResultKey>;
/** Our strings of the result screen: a module of its own in each pack. */
export type ResultText = Pick<LivenessDisplayText, ResultKey>;

/** What a pack loads when it is needed: the result screen's strings and the detector's. */
export interface LocaleText {
  result: ResultText;
  detector: DetectorDisplayText;
}

/** A complete language for the whole flow: our screens and the detector's. */
export interface LivenessLocale {
  /** Writing direction: set as `dir` on the component's root and on the detector's wrapper. */
  dir: 'ltr' | 'rtl';
  /**
   * This library's strings of the flow (`text.numberLocale` is the language tag, set as `lang`),
   * in the module you import. A pack made with `completeLocale` has the result screen's too.
   */
  text: FlowText & Partial<ResultText>;
  /**
   * Loads the rest: the result screen's strings and the detector's (passed to it as its
   * `displayText`). They are modules of their own, fetched with the detector's code when a check
   * starts (or when a `<LivenessResult>` first renders), so a page pays for them only then.
   */
  load: () => Promise<LocaleText>;
}
