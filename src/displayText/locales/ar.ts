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
    errorNETWORK_ERROR: 'تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
    errorDETECTOR_LOAD_FAILED: 'تعذّر تحميل التحقق بالكاميرا. تحقق من اتصالك وحاول مرة أخرى.',
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
