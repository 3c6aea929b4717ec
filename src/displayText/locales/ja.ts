import type { LivenessLocale } from '../detectorText';

/** Japanese for the whole flow: our screens and the detector's. Polite です・ます throughout. */
export const jaLocale: LivenessLocale = {
  dir: 'ltr',
  text: {
    numberLocale: 'ja',
    startHeading: '本人確認（顔のライブネスチェック）',
    startDescription:
      'カメラを使って、ご本人がその場にいることを確認します。所要時間は約10秒です。チェックによっては色が点滅します。',
    startButton: 'チェックを開始',
    startNoFlashOption: '点滅する光に敏感です',
    startNoFlashHint: '色が点滅しないチェックを行います。楕円の枠に顔を合わせるだけです。',
    creatingSession: 'チェックを準備しています…',
    loadingDetector: 'カメラチェックを読み込んでいます…',
    verifying: '確認しています…',
    cancelButton: 'キャンセル',
    retryButton: 'もう一度試す',
    backToStartButton: '最初に戻る',
    cancelledHeading: 'チェックをキャンセルしました',
    cancelledDescription: 'チェックをキャンセルしました。準備ができたら、もう一度開始できます。',
    errorHeading: 'チェックを完了できませんでした',
    errorNETWORK_ERROR: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
    errorDETECTOR_LOAD_FAILED: 'カメラチェックを読み込めませんでした。接続を確認して、もう一度お試しください。',
    startTipsHeading: 'はじめる前に',
    startTipLight: '明るさが均一な場所を選び、背後に明るい窓や照明がないようにしてください。',
    startTipPosition: 'デバイスを目の高さに持ち、顔全体が映るようにしてください。',
    startTipGlasses: 'サングラス、帽子、マスクは外してください。普段の眼鏡はかけたままで構いません。',
    startPhotosensitivityHeading: '光の点滅に関する注意',
    startPhotosensitivityBody: 'このチェックではさまざまな色が点滅します。点滅する光に敏感な方はご注意ください。',
    capturingHeading: 'カメラチェック：画面の指示に従ってください',
  },
  load: () =>
    Promise.all([import('./ja.result'), import('./ja.detector')]).then(([result, detector]) => ({
      result: result.jaResultText,
      detector: detector.jaDetectorText,
    })),
};
