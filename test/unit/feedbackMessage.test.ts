/**
 * Feedback codes are the service's key space: a code that happens to match the tail of one of
 * our display-text keys (`feedbackUnknown`, `feedbackHeading`) must still read as an unknown code.
 */
import { describe, expect, it } from 'vitest';
import { feedbackMessage } from '../../src/components/LivenessResult/feedbackMessage';
import { en, resolveDisplayText } from '../../src/displayText';

describe('feedbackMessage', () => {
  it.each(['Unknown', 'Heading', 'constructor', '__proto__', 'toString'])(
    'shows a service code %s by its message, never as one of our own texts',
    (code) => {
      expect(feedbackMessage({ code, message: 'Said the service.' }, en)).toBe('Said the service.');
      expect(feedbackMessage({ code }, en)).toBe(`The service reported something about this check (code ${code}).`);
    },
  );

  it('shows a known code in our words (and in the overridden words), not the service message', () => {
    expect(feedbackMessage({ code: 'LOW_LIGHTING_DETECTED', message: 'dim' }, en)).toBe('The light was too dim.');
    const text = resolveDisplayText({ feedbackFACE_NOT_VISIBLE: 'Show your whole face.' });
    expect(feedbackMessage({ code: 'FACE_NOT_VISIBLE' }, text)).toBe('Show your whole face.');
  });

  it('falls back to the generic line when the message is only blanks', () => {
    expect(feedbackMessage({ code: 'NEW_CODE', message: '   ' }, en)).toBe(
      'The service reported something about this check (code NEW_CODE).',
    );
  });
});
