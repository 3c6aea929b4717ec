import type { LivenessLocale } from '../detectorText';

/** Brazilian Portuguese for the whole flow: our screens and the detector's. "Você" throughout. */
export const ptBRLocale: LivenessLocale = {
  dir: 'ltr',
  text: {
    numberLocale: 'pt-BR',
    startHeading: 'Verificação de presença',
    startDescription:
      'Vamos usar sua câmera para verificar se você está presente. Leva cerca de dez segundos. Algumas verificações mostram cores piscando.',
    startButton: 'Iniciar verificação',
    startNoFlashOption: 'Sou sensível a luzes piscando',
    startNoFlashHint: 'Sua verificação não vai piscar cores: você só vai aproximar o rosto até o oval.',
    creatingSession: 'Preparando sua verificação…',
    loadingDetector: 'Carregando a verificação pela câmera…',
    verifying: 'Verificando…',
    cancelButton: 'Cancelar',
    retryButton: 'Tentar de novo',
    backToStartButton: 'Voltar ao início',
    cancelledHeading: 'Verificação cancelada',
    cancelledDescription: 'Você cancelou a verificação. Pode começar de novo quando quiser.',
    errorHeading: 'Não foi possível concluir a verificação',
    errorNETWORK_ERROR: 'Não conseguimos acessar o servidor. Confira sua conexão e tente de novo.',
    errorDETECTOR_LOAD_FAILED:
      'Não foi possível carregar a verificação pela câmera. Confira sua conexão e tente de novo.',
    startTipsHeading: 'Antes de começar',
    startTipLight: 'Procure um lugar com luz uniforme, sem janela ou lâmpada forte atrás de você.',
    startTipPosition: 'Segure o aparelho na altura dos olhos e mantenha o rosto inteiro visível.',
    startTipGlasses: 'Tire óculos escuros, chapéu e máscara. Óculos comuns podem ficar.',
    startPhotosensitivityHeading: 'Aviso sobre luzes piscando',
    startPhotosensitivityBody:
      'Esta verificação pisca cores diferentes. Tenha cuidado se você for sensível a luzes piscando.',
    capturingHeading: 'Verificação pela câmera: siga as instruções na tela',
  },
  load: () =>
    Promise.all([import('./ptBR.result'), import('./ptBR.detector')]).then(([result, detector]) => ({
      result: result.ptBRResultText,
      detector: detector.ptBRDetectorText,
    })),
};
