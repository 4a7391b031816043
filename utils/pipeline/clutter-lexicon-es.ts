import type { Lexicon } from './clutter-lexicon-types';

/** Spanish clutter vocabulary. */
export const ES: Lexicon = {
  lang: 'es',
  prompts: {
    subscription: [
      `suscríbete`, `hazte suscriptor`, `(sólo|solo|exclusivo) para suscriptores`, `ya soy suscriptor`, `(\\d+|un) ?€ (al|por|/) ?mes`,
      `(sigue|seguir|continúa) leyendo`, `(oferta|acceso) (digital|ilimitado|premium)`, `contenido exclusivo`, `lee sin límites`, `hazte premium`, `para seguir leyendo`,
    ],
    donation: [
      `(haz|hacer) una (donación|aportación|contribución)`, `apoya (el|nuestro|al) periodismo`, `(tu|su) (apoyo|aportación|donación) (nos )?(permite|ayuda)`,
      `dona (ahora|hoy)`, `hazte (socio|miembro|mecenas)`,
    ],
    newsletter: [`(nuestro|el) boletín`, `suscríbete (a|al) (nuestra|nuestro|la|el) (newsletter|boletín)`, `recibe .{0,80}(en tu correo|en tu (bandeja|email|e-mail))`, `(nuestra|nuestras|la) newsletters?`, `tu (correo|dirección de correo|e-?mail)`],
    login: [`inicia(r)? sesión`, `regístrate`, `cre(a|ar) (una |tu )?cuenta`, `identifícate`, `ya tienes (una )?cuenta`],
    notifications: [`(activa|recibe|recibir|activar) (las )?(notificaciones|alertas)`, `notificaciones push`],
    'comments-promo': [`(ver|leer|mostrar) (los |todos los )?(\\d+ )?comentarios`, `deja (tu|un) comentario`, `únete a la conversación`],
    social: [`síguenos en`, `compartir en`, `comparte (este|esta)`],
    ad: [`^publicidad$`, `^contenido patrocinado$`],
    cookie: [`(utilizamos|usamos) cookies`, `(aceptar|rechazar|configurar) (todas las )?cookies`, `tu privacidad`],
    other: [`descarga (la|nuestra) app`, `(en|abrir en) la app`],
  },
  words: {
    subscription: [`suscripción`, `suscriptor`, `suscribirme`, `premium`],
    donation: [`donación`, `aportación`, `apoyo`],
    newsletter: [`newsletter`, `boletín`, `correo`, `e-?mail`],
    login: [`sesión`, `cuenta`, `registro`],
    notifications: [`notificaciones`, `alertas`],
    'comments-promo': [`comentarios?`],
    social: [`compartir`],
    cookie: [`cookies?`, `consentimiento`],
  },
  buttons: {
    subscription: [`suscr[ií]b(ete|irme)`, `ver ofertas`, `hazte suscriptor`],
    donation: [`(dona|donar|apoyar|colabora)( ahora)?`],
    newsletter: [`suscribirme`, `apuntarme`, `quiero recibirlo`],
    login: [`(iniciar|inicia) sesión`, `entrar`, `regístrate`, `registrarse`],
    'comments-promo': [`comentarios( \\(\\d+\\))?`, `comentar`],
    social: [`compartir`],
    cookie: [`aceptar( todo| todas)?`, `rechazar( todo| todas)?`, `configurar`],
    other: [`abrir (en )?(la )?app`],
  },
};
