export { LivenessResult, type LivenessResultAudience, type LivenessResultProps } from './LivenessResult';
export { feedbackMessage } from './feedbackMessage';
