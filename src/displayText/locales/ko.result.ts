import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { koLocale } from './ko';

/**
 * The strings shown only after Start, in Korean: most error messages and the result screen's.
 * `koLocale` loads them when a check starts.
 */
export const koResultText: ResultText = {
  errorINVALID_RESPONSE: '서버가 읽을 수 없는 응답을 보냈어요.',
  errorBACKEND_NOT_FOUND:
    '이 확인을 처리할 서버를 찾지 못했어요. 이 사이트를 운영하고 있다면 실재 확인용 서버 경로가 설정되어 있는지 확인해 주세요.',
  errorTHROTTLED: '지금은 서비스가 혼잡해요. 잠시 후 다시 시도해 주세요.',
  errorSERVICE_ERROR: '서비스에 문제가 생겼어요. 다시 시도해 주세요.',
  errorACCESS_DENIED: '지금은 이 확인을 진행할 수 없어요.',
  errorSESSION_NOT_FOUND: '이 확인은 끝났어요. 새로 시작해 주세요.',
  errorTOO_MANY_ATTEMPTS: '시도 횟수가 너무 많아요. 잠시 기다린 후 다시 시도해 주세요.',
  errorBACKEND_ERROR: '서버에 문제가 생겼어요. 다시 시도해 주세요.',
  errorUNAUTHENTICATED: '다시 로그인한 후 확인을 시작해 주세요.',
  errorINVALID_REQUEST: '이 앱의 문제로 확인을 시작하지 못했어요.',
  errorCHALLENGE_NOT_ALLOWED:
    '여기서는 깜박이는 빛이 없는 확인을 이용할 수 없어요. 옵션을 해제하고 일반 확인을 진행하거나 고객 지원에 문의해 주세요.',
  errorCAMERA_ACCESS_DENIED: '카메라를 사용할 수 없어요. 브라우저에서 카메라 접근을 허용하고 다시 시도해 주세요.',
  errorCAMERA_NOT_FOUND: '카메라를 찾지 못했어요. 카메라를 연결하고 다시 시도해 주세요.',
  errorCAMERA_FRAMERATE: '이 확인에 쓰기에는 카메라가 너무 느려요(초당 15프레임 이상이 필요해요).',
  errorFACE_FIT_TIMEOUT: '시간 안에 얼굴이 타원을 채우지 못했어요. 더 가까이 와서 다시 시도해 주세요.',
  errorFACE_DISTANCE: '시작할 때 얼굴이 카메라에 너무 가까웠어요. 조금 물러나서 다시 시도해 주세요.',
  errorMULTIPLE_FACES: '얼굴이 두 개 이상 보였어요. 본인만 화면에 나오게 하고 다시 시도해 주세요.',
  errorMOBILE_LANDSCAPE: '기기를 세로로 들고 다시 시도해 주세요.',
  errorCONNECTION_TIMEOUT: '연결 시간이 초과됐어요. 연결 상태를 확인하고 다시 시도해 주세요.',
  errorSTREAM_ERROR: '서비스 연결에 실패했어요. 다시 시도해 주세요.',
  errorRUNTIME_ERROR: '카메라 확인이 예기치 않게 멈췄어요. 다시 시도해 주세요.',
  errorCAPTURE_TIMEOUT: '확인을 시작하는 데 너무 오래 걸렸어요. 다시 시도해 주세요.',
  errorRESULTS_TIMEOUT: '결과를 받는 데 너무 오래 걸렸어요. 다시 시도해 주세요.',
  resultMissingReferenceImageLive:
    '확인은 통과했지만 기준 이미지를 받지 못했어요. 기록으로 남겨야 한다면 AWS는 확인을 다시 진행할 것을 권장해요.',
  resultPassedNoReferenceDescription: '확인을 통과했지만 선명한 사진을 저장하지 못했어요. 한 번 더 진행해 주세요.',
  resultServerDecisionNotLive:
    '점수가 이 페이지의 기준값보다 높지만 서버가 ‘실재하지 않음’으로 판정했어요. 판정은 서버 자체의 기준값을 따라요.',
  resultServerDecisionLive:
    '점수가 이 페이지의 기준값보다 낮지만 서버가 ‘실재함’으로 판정했어요. 판정은 서버 자체의 기준값을 따라요.',
  continueButton: '계속',
  imageOpen: '원래 크기로 보기: {image}',
  imageDialogClose: '닫기',
  showFaceBoxes: '얼굴 상자 표시',
  resultSessionId: '세션 {sessionId}',
  resultCompleteHeading: '확인 완료',
  resultNoVerdict: '기준값이 설정되지 않아 실재 여부 판정이 없어요.',
  resultPassedHeading: '확인 통과',
  resultPassedDescription: '감사합니다. 확인이 끝났어요.',
  resultNotPassedHeading: '확인 미통과',
  resultNotPassedDescription: '본인이 직접 있는지 확인하지 못했어요. 다시 시도할 수 있어요.',
  resultDoneDescription: '확인이 끝났어요.',
  resultPendingHeading: '결과를 기다리고 있어요…',
  resultFailedHeading: '서비스가 확인을 끝내지 못했어요',
  resultFailedDescription:
    '이 결과는 본인에 대한 판정이 아니에요. 서비스 쪽에서 확인이 중단됐어요. 새 확인을 시작해 주세요.',
  resultExpiredHeading: '확인 시간이 만료됐어요',
  resultExpiredDescription: '확인은 시작 후 3분 안에 마쳐야 해요. 새로 시작해 주세요.',
  resultMissingReferenceImage: '기준 이미지를 받지 못했어요. AWS는 확인을 다시 진행할 것을 권장해요.',
  gaugeLabel: '신뢰도 점수',
  gaugeValue: '{value}',
  gaugeValueText: '신뢰도 100점 중 {value}',
  gaugeValueTextWithVerdict: '신뢰도 100점 중 {value}: {verdict}',
  gaugeThreshold: '기준값 {threshold}',
  gaugeUnavailable: '신뢰도를 알 수 없음',
  verdictLive: '실재함',
  verdictNotLive: '실재하지 않음',
  referenceImageHeading: '기준 이미지',
  referenceImageAlt: '확인 중에 촬영한 얼굴 기준 이미지',
  auditImagesHeading: '감사 이미지',
  auditImageAlt: '확인 중에 촬영한 감사 이미지 {count}장 중 {index}번째',
  auditImageAltGeneric: '확인 중에 촬영한 얼굴 이미지',
  noAuditImages: '서비스가 감사 이미지를 보내지 않았어요.',
  auditImagesCount_one: '서비스가 감사 이미지 {count}장을 보냈어요.',
  auditImagesCount_other: '서비스가 감사 이미지 {count}장을 보냈어요.',
  imageUnavailable: '이미지를 표시할 수 없음',
  faceBoxOutside: '얼굴 상자가 이 이미지 밖에 있습니다',
  feedbackHeading: '서비스가 발견한 점',
  feedbackEYES_CLOSED_DETECTED: '확인 중에 눈을 감고 있었어요.',
  feedbackFACE_NOT_ALIGNED: '얼굴이 타원 가운데에 있지 않았어요.',
  feedbackFACE_NOT_VISIBLE: '얼굴이 다 보이지 않았어요.',
  feedbackFACE_OBSTRUCTION_DETECTED: '무언가가 얼굴 일부를 가렸어요.',
  feedbackHIGH_LIGHTING_DETECTED: '빛이 너무 밝았어요.',
  feedbackLOW_LIGHTING_DETECTED: '빛이 너무 어두웠어요.',
  feedbackLOW_VIDEO_QUALITY_DETECTED: '영상 화질이 너무 낮았어요.',
  feedbackUnknown: '서비스가 이 확인에 대해 알려 온 내용이 있어요(코드 {code}).',
};

/**
 * `koLocale` with the result screen's strings inline, for a `<LivenessResult>` that must render
 * in Korean at once (on the server, or without waiting for a module).
 */
export const koResultLocale = /* @__PURE__ */ completeLocale(koLocale, koResultText);
