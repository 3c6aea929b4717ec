import type { LivenessLocale } from '../detectorText';

/** Korean for the whole flow: our screens and the detector's. Polite 해요체 throughout; buttons as short nouns. */
export const koLocale: LivenessLocale = {
  dir: 'ltr',
  text: {
    numberLocale: 'ko',
    startHeading: '본인 실재 확인',
    startDescription: '카메라로 본인이 직접 있는지 확인해요. 10초 정도 걸려요. 일부 확인에서는 색이 깜박여요.',
    startButton: '확인 시작',
    startNoFlashOption: '깜박이는 빛에 민감해요',
    startNoFlashHint: '색이 깜박이지 않는 확인으로 진행해요. 타원 안으로 얼굴만 움직이면 돼요.',
    creatingSession: '확인을 준비하고 있어요…',
    loadingDetector: '카메라 확인을 불러오고 있어요…',
    verifying: '확인하고 있어요…',
    cancelButton: '취소',
    retryButton: '다시 시도',
    backToStartButton: '처음으로 돌아가기',
    cancelledHeading: '확인을 취소했어요',
    cancelledDescription: '확인을 취소했어요. 준비되면 언제든 다시 시작할 수 있어요.',
    errorHeading: '확인을 마치지 못했어요',
    errorNETWORK_ERROR: '서버에 연결하지 못했어요. 연결 상태를 확인하고 다시 시도해 주세요.',
    errorDETECTOR_LOAD_FAILED: '카메라 확인을 불러오지 못했어요. 연결 상태를 확인하고 다시 시도해 주세요.',
    startTipsHeading: '시작하기 전에',
    startTipLight: '빛이 고른 곳을 찾고, 뒤에 밝은 창이나 조명이 없게 해 주세요.',
    startTipPosition: '기기를 눈높이에 들고 얼굴 전체가 보이게 해 주세요.',
    startTipGlasses: '선글라스, 모자, 마스크는 벗어 주세요. 평소 쓰는 안경은 써도 돼요.',
    startPhotosensitivityHeading: '깜박이는 빛 주의',
    startPhotosensitivityBody: '이 확인에서는 여러 색이 깜박여요. 깜박이는 빛에 민감하다면 주의해 주세요.',
    capturingHeading: '카메라 확인: 화면의 안내를 따라 주세요',
  },
  load: () =>
    Promise.all([import('./ko.result'), import('./ko.detector')]).then(([result, detector]) => ({
      result: result.koResultText,
      detector: detector.koDetectorText,
    })),
};
