import type { LivenessLocale } from '../detectorText';

/**
 * Arabic (Modern Standard, right to left) for the whole flow: our screens and the detector's.
 * Direct, polite imperatives. Digits are Western (0–9), as Intl formats numbers for `ar` (CLDR's
 * default); an app whose users expect Arabic-Indic digits overrides `numberLocale` with e.g. `ar-EG`.
 */
export const arLocale: LivenessLocale = {
  dir: 'rtl',
  text: {
    numberLocale: 'ar',
    startHeading: 'التحقق من الحضور',
    startDescription:
      'سنستخدم الكاميرا للتحقق من أنك حاضر بنفسك. يستغرق ذلك نحو عشر ثوانٍ. تعرض بعض عمليات التحقق ألوانًا وامضة.',
    startButton: 'بدء التحقق',
    startNoFlashOption: 'لدي حساسية من الأضواء الوامضة',
    startNoFlashHint: 'لن تعرض عملية التحقق ألوانًا وامضة: كل ما عليك هو تحريك وجهك داخل الشكل البيضاوي.',
    creatingSession: 'جارٍ تجهيز عملية التحقق…',
    loadingDetector: 'جارٍ تحميل التحقق بالكاميرا…',
    verifying: 'جارٍ التحقق…',
    cancelButton: 'إلغاء',
    retryButton: 'إعادة المحاولة',
    backToStartButton: 'العودة إلى البداية',
    cancelledHeading: 'تم إلغاء التحقق',
    cancelledDescription: 'لقد ألغيت عملية التحقق. يمكنك البدء من جديد متى كنت مستعدًا.',
    errorHeading: 'تعذّر إكمال عملية التحقق',
    errorINVALID_RESPONSE: 'أرسل الخادم ردًّا تعذّرت علينا قراءته.',
    errorBACKEND_NOT_FOUND:
      'تعذّر العثور على خادم عملية التحقق هذه. إذا كنت تدير هذا الموقع، فتأكد من إعداد مسار واجهة برمجة التطبيقات الخاص بالتحقق من الحضور.',
    errorNETWORK_ERROR: 'تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
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
    errorDETECTOR_LOAD_FAILED: 'تعذّر تحميل التحقق بالكاميرا. تحقق من اتصالك وحاول مرة أخرى.',
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
    startTipsHeading: 'قبل أن تبدأ',
    startTipLight: 'اختر مكانًا بإضاءة متساوية، من دون نافذة أو مصباح ساطع خلفك.',
    startTipPosition: 'أمسك جهازك بمستوى عينيك واجعل وجهك كله ظاهرًا.',
    startTipGlasses: 'انزع النظارة الشمسية والقبعة والكمامة. يمكنك إبقاء نظارتك العادية.',
    startPhotosensitivityHeading: 'تحذير من الأضواء الوامضة',
    startPhotosensitivityBody:
      'تعرض عملية التحقق هذه ألوانًا وامضة مختلفة. احترس إذا كانت لديك حساسية من الأضواء الوامضة.',
    capturingHeading: 'التحقق بالكاميرا: اتبع التعليمات على الشاشة',
    auditImagesCount_zero: 'لم تُرجِع الخدمة أي صور تدقيق.',
    auditImagesCount_two: 'أرجعت الخدمة صورتَي تدقيق.',
    auditImagesCount_few: 'أرجعت الخدمة {count} صور تدقيق.',
    auditImagesCount_many: 'أرجعت الخدمة {count} صورة تدقيق.',
  },
  load: () =>
    Promise.all([import('./ar.result'), import('./ar.detector')]).then(([result, detector]) => ({
      result: result.arResultText,
      detector: detector.arDetectorText,
    })),
};
