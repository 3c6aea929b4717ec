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
    errorINVALID_RESPONSE: 'サーバーから読み取れない応答が届きました。',
    errorBACKEND_NOT_FOUND:
      'このチェックのサーバーが見つかりませんでした。このサイトの運営者の方は、ライブネスチェック用のサーバー側の設定（ルート）を確認してください。',
    errorNETWORK_ERROR: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
    errorTHROTTLED: 'サービスが混み合っています。しばらくしてから、もう一度お試しください。',
    errorSERVICE_ERROR: 'サービスで問題が発生しました。もう一度お試しください。',
    errorACCESS_DENIED: '現在、このチェックは許可されていません。',
    errorSESSION_NOT_FOUND: 'このチェックは終了しました。新しいチェックを開始してください。',
    errorTOO_MANY_ATTEMPTS: '試行回数が多すぎます。しばらく待ってから、もう一度お試しください。',
    errorBACKEND_ERROR: 'サーバーで問題が発生しました。もう一度お試しください。',
    errorUNAUTHENTICATED: 'もう一度ログインしてから、チェックを開始してください。',
    errorINVALID_REQUEST: 'このアプリの問題により、チェックを開始できませんでした。',
    errorCHALLENGE_NOT_ALLOWED:
      'ここでは点滅する光のないチェックを利用できません。標準のチェックを受けるにはオプションのチェックを外すか、サポートにお問い合わせください。',
    errorDETECTOR_LOAD_FAILED: 'カメラチェックを読み込めませんでした。接続を確認して、もう一度お試しください。',
    errorCAMERA_ACCESS_DENIED:
      'カメラを使用できませんでした。ブラウザーでカメラへのアクセスを許可して、もう一度お試しください。',
    errorCAMERA_NOT_FOUND: 'カメラが見つかりません。カメラを接続して、もう一度お試しください。',
    errorCAMERA_FRAMERATE: 'このチェックにはカメラの速度が足りません（毎秒15フレーム以上が必要です）。',
    errorFACE_FIT_TIMEOUT: '時間内に顔が楕円の枠に収まりませんでした。カメラに近づいて、もう一度お試しください。',
    errorFACE_DISTANCE: '開始時に顔がカメラに近すぎました。少し離れて、もう一度お試しください。',
    errorMULTIPLE_FACES: '複数の顔が映っていました。ご本人だけが映るようにして、もう一度お試しください。',
    errorMOBILE_LANDSCAPE: 'デバイスを縦向きにして、もう一度お試しください。',
    errorCONNECTION_TIMEOUT: '接続がタイムアウトしました。接続を確認して、もう一度お試しください。',
    errorSTREAM_ERROR: 'サービスへの接続に失敗しました。もう一度お試しください。',
    errorRUNTIME_ERROR: 'カメラチェックが予期せず停止しました。もう一度お試しください。',
    errorCAPTURE_TIMEOUT: 'チェックの開始に時間がかかりすぎました。もう一度お試しください。',
    errorRESULTS_TIMEOUT: '結果の受け取りに時間がかかりすぎました。もう一度お試しください。',
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
