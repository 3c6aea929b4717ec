import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { ptBRLocale } from './ptBR';

/**
 * The strings shown only after Start, in Portuguese (Brazil): most error messages and the result screen's.
 * `ptBRLocale` loads them when a check starts.
 */
export const ptBRResultText: ResultText = {
  errorINVALID_RESPONSE: 'O servidor enviou uma resposta que não conseguimos ler.',
  errorBACKEND_NOT_FOUND:
    'O servidor desta verificação não foi encontrado. Se você administra este site, confira se a rota da API de verificação de presença está configurada.',
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
  errorCAMERA_ACCESS_DENIED: 'Não conseguimos usar sua câmera. Permita o acesso à câmera no navegador e tente de novo.',
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
  resultMissingReferenceImageLive:
    'A verificação foi aprovada, mas nenhuma imagem de referência foi retornada. Se você precisar guardar uma, a AWS recomenda fazer a verificação de novo.',
  resultPassedNoReferenceDescription:
    'Sua verificação foi aprovada, mas não conseguimos guardar uma imagem nítida. Faça a verificação mais uma vez.',
  resultServerDecisionNotLive:
    'O servidor decidiu “Não é uma pessoa real”, embora a pontuação esteja acima do limite desta página: quem decide é o limite do próprio servidor.',
  resultServerDecisionLive:
    'O servidor decidiu “Pessoa real”, embora a pontuação esteja abaixo do limite desta página: quem decide é o limite do próprio servidor.',
  continueButton: 'Continuar',
  imageOpen: 'Ver em tamanho real: {image}',
  imageDialogClose: 'Fechar',
  showFaceBoxes: 'Mostrar os contornos do rosto',
  resultSessionId: 'Sessão {sessionId}',
  resultCompleteHeading: 'Verificação concluída',
  resultNoVerdict: 'Nenhum limite foi definido, então não há resultado de pessoa real ou não.',
  resultPassedHeading: 'Verificação aprovada',
  resultPassedDescription: 'Obrigado, sua verificação foi concluída.',
  resultNotPassedHeading: 'Verificação não aprovada',
  resultNotPassedDescription: 'Não conseguimos confirmar que você está presente. Você pode tentar de novo.',
  resultDoneDescription: 'Sua verificação foi concluída.',
  resultPendingHeading: 'Aguardando o resultado…',
  resultFailedHeading: 'O serviço não conseguiu concluir a verificação',
  resultFailedDescription:
    'Este não é um resultado sobre você: a verificação parou do lado do serviço. Inicie uma nova.',
  resultExpiredHeading: 'A verificação expirou',
  resultExpiredDescription:
    'A verificação precisa ser concluída em até três minutos depois de começar. Comece uma nova.',
  resultMissingReferenceImage:
    'Nenhuma imagem de referência foi retornada. A AWS recomenda fazer a verificação de novo.',
  gaugeLabel: 'Pontuação de confiança',
  gaugeValue: '{value}',
  gaugeValueText: 'Confiança de {value} de 100',
  gaugeValueTextWithVerdict: 'Confiança de {value} de 100: {verdict}',
  gaugeThreshold: 'Limite {threshold}',
  gaugeUnavailable: 'Confiança indisponível',
  verdictLive: 'Pessoa real',
  verdictNotLive: 'Não é uma pessoa real',
  referenceImageHeading: 'Imagem de referência',
  referenceImageAlt: 'Imagem de referência do rosto, capturada durante a verificação',
  auditImagesHeading: 'Imagens de auditoria',
  auditImageAlt: 'Imagem de auditoria {index} de {count}, capturada durante a verificação',
  auditImageAltGeneric: 'Imagem do rosto, capturada durante a verificação',
  noAuditImages: 'O serviço não retornou imagens de auditoria.',
  auditImagesCount_one: 'O serviço retornou {count} imagem de auditoria.',
  auditImagesCount_other: 'O serviço retornou {count} imagens de auditoria.',
  imageUnavailable: 'Imagem indisponível',
  faceBoxOutside: 'O contorno do rosto fica fora desta imagem',
  feedbackHeading: 'O que o serviço notou',
  feedbackEYES_CLOSED_DETECTED: 'Os olhos estavam fechados durante a verificação.',
  feedbackFACE_NOT_ALIGNED: 'O rosto não estava centralizado no oval.',
  feedbackFACE_NOT_VISIBLE: 'O rosto não estava totalmente visível.',
  feedbackFACE_OBSTRUCTION_DETECTED: 'Algo cobria parte do rosto.',
  feedbackHIGH_LIGHTING_DETECTED: 'A luz estava forte demais.',
  feedbackLOW_LIGHTING_DETECTED: 'A luz estava fraca demais.',
  feedbackLOW_VIDEO_QUALITY_DETECTED: 'A qualidade do vídeo estava baixa demais.',
  feedbackUnknown: 'O serviço informou algo sobre esta verificação (código {code}).',
};

/**
 * `ptBRLocale` with the result screen's strings inline, for a `<LivenessResult>` that must render
 * in Portuguese (Brazil) at once (on the server, or without waiting for a module).
 */
export const ptBRResultLocale = /* @__PURE__ */ completeLocale(ptBRLocale, ptBRResultText);
