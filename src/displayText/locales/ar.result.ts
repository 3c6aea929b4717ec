import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { arLocale } from './ar';

/**
 * The strings shown only after Start, in Arabic: most error messages and the result screen's.
 * `arLocale` loads them when a check starts.
 */
export const arResultText: ResultText = {
  errorINVALID_RESPONSE: 'أرسل الخادم ردًّا تعذّرت علينا قراءته.',
  errorBACKEND_NOT_FOUND:
    'تعذّر العثور على خادم عملية التحقق هذه. إذا كنت تدير هذا الموقع، فتأكد من إعداد مسار واجهة برمجة التطبيقات الخاص بالتحقق من الحضور.',
  errorTHROTTLED: 'الخدمة مشغولة الآن. يُرجى المحاولة مرة أخرى بعد قليل.',
  errorSERVICE_ERROR: 'حدثت مشكلة في الخدمة. يُرجى المحاولة مرة أخرى.',
  errorACCESS_DENIED: 'عملية التحقق هذه غير مسموح بها حاليًا.',
  errorSESSION_NOT_FOUND: 'انتهت عملية التحقق هذه. يُرجى بدء عملية جديدة.',
  errorTOO_MANY_ATTEMPTS: 'محاولات كثيرة جدًا. يُرجى الانتظار قليلًا قبل المحاولة مرة أخرى.',
  errorBACKEND_ERROR: 'حدث خطأ في الخادم. يُرجى المحاولة مرة أخرى.',
  errorUNAUTHENTICATED: 'يُرجى تسجيل الدخول مرة أخرى، ثم بدء التحقق.',
  errorINVALID_REQUEST: 'تعذّر بدء التحقق بسبب مشكلة في هذا التطبيق.',
  errorCHALLENGE_NOT_ALLOWED:
    'التحقق من دون أضواء وامضة غير متاح هنا. ألغِ تحديد الخيار لإجراء التحقق العادي، أو تواصل مع الدعم.',
  errorCAMERA_ACCESS_DENIED: 'تعذّر استخدام الكاميرا. اسمح بالوصول إلى الكاميرا في المتصفح وحاول مرة أخرى.',
  errorCAMERA_NOT_FOUND: 'لم يتم العثور على كاميرا. وصّل كاميرا وحاول مرة أخرى.',
  errorCAMERA_FRAMERATE: 'الكاميرا بطيئة جدًا لهذا التحقق (يلزم 15 إطارًا في الثانية على الأقل).',
  errorFACE_FIT_TIMEOUT: 'لم يملأ وجهك الشكل البيضاوي في الوقت المحدد. اقترب وحاول مرة أخرى.',
  errorFACE_DISTANCE: 'كان وجهك قريبًا جدًا من الكاميرا عند البدء. ابتعد قليلًا وحاول مرة أخرى.',
  errorMULTIPLE_FACES: 'ظهر أكثر من وجه. تأكد من أنك وحدك في الصورة وحاول مرة أخرى.',
  errorMOBILE_LANDSCAPE: 'أمسك جهازك في الوضع الرأسي وحاول مرة أخرى.',
  errorCONNECTION_TIMEOUT: 'انتهت مهلة الاتصال. تحقق من اتصالك وحاول مرة أخرى.',
  errorSTREAM_ERROR: 'فشل الاتصال بالخدمة. يُرجى المحاولة مرة أخرى.',
  errorRUNTIME_ERROR: 'توقف التحقق بالكاميرا بشكل غير متوقع. يُرجى المحاولة مرة أخرى.',
  errorCAPTURE_TIMEOUT: 'استغرق بدء التحقق وقتًا طويلًا. يُرجى المحاولة مرة أخرى.',
  errorRESULTS_TIMEOUT: 'استغرق وصول النتيجة وقتًا طويلًا. يُرجى المحاولة مرة أخرى.',
  resultMissingReferenceImageLive:
    'نجح التحقق، لكن لم تُرجَع صورة مرجعية. إذا كنت بحاجة إلى الاحتفاظ بواحدة، تنصح AWS بإعادة عملية التحقق.',
  resultPassedNoReferenceDescription: 'نجح التحقق، لكننا لم نتمكن من الاحتفاظ بصورة واضحة. يُرجى إجراؤه مرة أخرى.',
  resultServerDecisionNotLive:
    'قرر الخادم «غير حاضر» مع أن الدرجة أعلى من الحد الأدنى لهذه الصفحة: الحد الأدنى الخاص بالخادم هو الذي يقرر.',
  resultServerDecisionLive:
    'قرر الخادم «حاضر» مع أن الدرجة أقل من الحد الأدنى لهذه الصفحة: الحد الأدنى الخاص بالخادم هو الذي يقرر.',
  continueButton: 'متابعة',
  imageOpen: 'عرض بالحجم الكامل: {image}',
  imageDialogClose: 'إغلاق',
  showFaceBoxes: 'إظهار إطارات الوجه',
  resultSessionId: 'الجلسة {sessionId}',
  resultCompleteHeading: 'اكتمل التحقق',
  resultNoVerdict: 'لم يُحدَّد حدّ أدنى، لذا لا يوجد حكم بالحضور أو عدمه.',
  resultPassedHeading: 'نجح التحقق',
  resultPassedDescription: 'شكرًا لك، اكتملت عملية التحقق.',
  resultNotPassedHeading: 'لم ينجح التحقق',
  resultNotPassedDescription: 'لم نتمكن من التأكد من أنك حاضر بنفسك. يمكنك المحاولة مرة أخرى.',
  resultDoneDescription: 'اكتملت عملية التحقق.',
  resultPendingHeading: 'في انتظار النتيجة…',
  resultFailedHeading: 'تعذّر على الخدمة إنهاء عملية التحقق',
  resultFailedDescription: 'هذه ليست نتيجة تخصك: توقفت عملية التحقق من جهة الخدمة. يُرجى بدء عملية جديدة.',
  resultExpiredHeading: 'انتهت صلاحية عملية التحقق',
  resultExpiredDescription: 'يجب إنهاء عملية التحقق خلال ثلاث دقائق من بدئها. يُرجى بدء عملية جديدة.',
  resultMissingReferenceImage: 'لم تُرجَع صورة مرجعية. تنصح AWS بإعادة عملية التحقق.',
  gaugeLabel: 'درجة الثقة',
  gaugeValue: '{value}',
  gaugeValueText: 'الثقة {value} من 100',
  gaugeValueTextWithVerdict: 'الثقة {value} من 100: {verdict}',
  gaugeThreshold: 'الحد الأدنى {threshold}',
  gaugeUnavailable: 'درجة الثقة غير متاحة',
  verdictLive: 'حاضر',
  verdictNotLive: 'غير حاضر',
  referenceImageHeading: 'الصورة المرجعية',
  referenceImageAlt: 'صورة مرجعية للوجه، التُقطت أثناء التحقق',
  auditImagesHeading: 'صور التدقيق',
  auditImageAlt: 'صورة التدقيق {index} من {count}، التُقطت أثناء التحقق',
  auditImageAltGeneric: 'صورة للوجه، التُقطت أثناء التحقق',
  noAuditImages: 'لم تُرجِع الخدمة أي صور تدقيق.',
  auditImagesCount_one: 'أرجعت الخدمة صورة تدقيق واحدة.',
  auditImagesCount_other: 'أرجعت الخدمة {count} صورة تدقيق.',
  imageUnavailable: 'الصورة غير متاحة',
  faceBoxOutside: 'يقع إطار الوجه خارج هذه الصورة',
  feedbackHeading: 'ما لاحظته الخدمة',
  feedbackEYES_CLOSED_DETECTED: 'كانت العينان مغمضتين أثناء التحقق.',
  feedbackFACE_NOT_ALIGNED: 'لم يكن الوجه في وسط الشكل البيضاوي.',
  feedbackFACE_NOT_VISIBLE: 'لم يكن الوجه ظاهرًا بالكامل.',
  feedbackFACE_OBSTRUCTION_DETECTED: 'كان هناك ما يغطي جزءًا من الوجه.',
  feedbackHIGH_LIGHTING_DETECTED: 'كانت الإضاءة قوية جدًا.',
  feedbackLOW_LIGHTING_DETECTED: 'كانت الإضاءة خافتة جدًا.',
  feedbackLOW_VIDEO_QUALITY_DETECTED: 'كانت جودة الفيديو منخفضة جدًا.',
  feedbackUnknown: 'أبلغت الخدمة عن أمر يخص عملية التحقق هذه (الرمز {code}).',
};

/**
 * `arLocale` with the result screen's strings inline, for a `<LivenessResult>` that must render
 * in Arabic at once (on the server, or without waiting for a module).
 */
export const arResultLocale = /* @__PURE__ */ completeLocale(arLocale, arResultText);
