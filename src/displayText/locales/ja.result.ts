import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { jaLocale } from './ja';

/**
 * The strings shown only after Start, in Japanese: most error messages and the result screen's.
 * `jaLocale` loads them when a check starts.
 */
export const jaResultText: ResultText = {
  errorINVALID_RESPONSE: 'サーバーから読み取れない応答が届きました。',
  errorBACKEND_NOT_FOUND:
    'このチェックのサーバーが見つかりませんでした。このサイトの運営者の方は、ライブネスチェック用のサーバー側の設定（ルート）を確認してください。',
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
  resultMissingReferenceImageLive:
    'チェックは合格しましたが、参照画像が返されませんでした。記録に残す必要がある場合、AWS はチェックのやり直しを推奨しています。',
  resultPassedNoReferenceDescription:
    'チェックに合格しましたが、鮮明な画像を保存できませんでした。もう一度チェックを受けてください。',
  resultServerDecisionNotLive:
    'スコアはこのページのしきい値を上回っていますが、サーバーは「本人ではない」と判定しました。判定にはサーバー独自のしきい値が使われます。',
  resultServerDecisionLive:
    'スコアはこのページのしきい値を下回っていますが、サーバーは「本人」と判定しました。判定にはサーバー独自のしきい値が使われます。',
  continueButton: '続行',
  imageOpen: '原寸で表示：{image}',
  imageDialogClose: '閉じる',
  showFaceBoxes: '顔の枠を表示',
  resultSessionId: 'セッション {sessionId}',
  resultCompleteHeading: 'チェック完了',
  resultNoVerdict: 'しきい値が設定されていないため、本人かどうかの判定はありません。',
  resultPassedHeading: 'チェックに合格しました',
  resultPassedDescription: 'ありがとうございます。チェックが完了しました。',
  resultNotPassedHeading: 'チェックに合格しませんでした',
  resultNotPassedDescription: 'ご本人がその場にいることを確認できませんでした。もう一度お試しいただけます。',
  resultDoneDescription: 'チェックが完了しました。',
  resultPendingHeading: '結果を待っています…',
  resultFailedHeading: 'サービスがチェックを完了できませんでした',
  resultFailedDescription:
    'これはご本人についての結果ではありません。サービス側でチェックが停止しました。新しいチェックを開始してください。',
  resultExpiredHeading: 'チェックの有効期限が切れました',
  resultExpiredDescription: 'チェックは開始から3分以内に完了する必要があります。新しいチェックを開始してください。',
  resultMissingReferenceImage: '参照画像が返されませんでした。AWS はチェックのやり直しを推奨しています。',
  gaugeLabel: '信頼度スコア',
  gaugeValue: '{value}',
  gaugeValueText: '信頼度 {value}（100 中）',
  gaugeValueTextWithVerdict: '信頼度 {value}（100 中）：{verdict}',
  gaugeThreshold: 'しきい値 {threshold}',
  gaugeUnavailable: '信頼度を表示できません',
  verdictLive: '本人',
  verdictNotLive: '本人ではない',
  referenceImageHeading: '参照画像',
  referenceImageAlt: 'チェック中に撮影された顔の参照画像',
  auditImagesHeading: '監査画像',
  auditImageAlt: 'チェック中に撮影された監査画像（{count} 枚中 {index} 枚目）',
  auditImageAltGeneric: 'チェック中に撮影された顔の画像',
  noAuditImages: 'サービスから監査画像は返されませんでした。',
  auditImagesCount_one: 'サービスから監査画像が {count} 枚返されました。',
  auditImagesCount_other: 'サービスから監査画像が {count} 枚返されました。',
  imageUnavailable: '画像を表示できません',
  faceBoxOutside: '顔の枠はこの画像の外にあります',
  feedbackHeading: 'サービスが検出した内容',
  feedbackEYES_CLOSED_DETECTED: 'チェック中に目が閉じていました。',
  feedbackFACE_NOT_ALIGNED: '顔が楕円の枠の中央にありませんでした。',
  feedbackFACE_NOT_VISIBLE: '顔の全体が見えていませんでした。',
  feedbackFACE_OBSTRUCTION_DETECTED: '顔の一部が何かで隠れていました。',
  feedbackHIGH_LIGHTING_DETECTED: '明るすぎました。',
  feedbackLOW_LIGHTING_DETECTED: '暗すぎました。',
  feedbackLOW_VIDEO_QUALITY_DETECTED: '映像の品質が低すぎました。',
  feedbackUnknown: 'このチェックについてサービスから通知がありました（コード {code}）。',
};

/**
 * `jaLocale` with the result screen's strings inline, for a `<LivenessResult>` that must render
 * in Japanese at once (on the server, or without waiting for a module).
 */
export const jaResultLocale = /* @__PURE__ */ completeLocale(jaLocale, jaResultText);
