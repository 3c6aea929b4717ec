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
    errorINVALID_RESPONSE: 'O servidor enviou uma resposta que não conseguimos ler.',
    errorBACKEND_NOT_FOUND:
      'O servidor desta verificação não foi encontrado. Se você administra este site, confira se a rota da API de verificação de presença está configurada.',
    errorNETWORK_ERROR: 'Não conseguimos acessar o servidor. Confira sua conexão e tente de novo.',
    errorTHROTTLED: 'O serviço está ocupado no momento. Tente de novo daqui a pouco.',
    errorSERVICE_ERROR: 'O serviço teve um problema. Tente de novo.',
    errorACCESS_DENIED: 'Esta verificação não é permitida no momento.',
    errorSESSION_NOT_FOUND: 'Esta verificação terminou. Comece uma nova.',
    errorTOO_MANY_ATTEMPTS: 'Tentativas demais. Aguarde um pouco antes de tentar de novo.',
    errorBACKEND_ERROR: 'Algo deu errado no servidor. Tente de novo.',
    errorUNAUTHENTICATED: 'Entre na sua conta de novo e depois inicie a verificação.',
    errorINVALID_REQUEST: 'Não foi possível iniciar a verificação por causa de um problema neste app.',
    errorCHALLENGE_NOT_ALLOWED:
      'A verificação sem luzes piscando não está disponível aqui. Desmarque a opção para fazer a verificação padrão ou fale com o suporte.',
    errorDETECTOR_LOAD_FAILED:
      'Não foi possível carregar a verificação pela câmera. Confira sua conexão e tente de novo.',
    errorCAMERA_ACCESS_DENIED:
      'Não conseguimos usar sua câmera. Permita o acesso à câmera no navegador e tente de novo.',
    errorCAMERA_NOT_FOUND: 'Nenhuma câmera foi encontrada. Conecte uma câmera e tente de novo.',
    errorCAMERA_FRAMERATE:
      'Sua câmera é lenta demais para esta verificação (ela precisa de pelo menos 15 quadros por segundo).',
    errorFACE_FIT_TIMEOUT: 'Seu rosto não preencheu o oval a tempo. Chegue mais perto e tente de novo.',
    errorFACE_DISTANCE: 'Seu rosto estava perto demais da câmera no início. Afaste-se e tente de novo.',
    errorMULTIPLE_FACES: 'Apareceu mais de um rosto. Verifique se só você está na imagem e tente de novo.',
    errorMOBILE_LANDSCAPE: 'Coloque o aparelho na vertical e tente de novo.',
    errorCONNECTION_TIMEOUT: 'A conexão demorou demais. Confira sua conexão e tente de novo.',
    errorSTREAM_ERROR: 'A conexão com o serviço falhou. Tente de novo.',
    errorRUNTIME_ERROR: 'A verificação pela câmera parou de forma inesperada. Tente de novo.',
    errorCAPTURE_TIMEOUT: 'A verificação demorou demais para começar. Tente de novo.',
    errorRESULTS_TIMEOUT: 'O resultado demorou demais para chegar. Tente de novo.',
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
