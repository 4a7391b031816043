import { AP, type Lexicon } from './clutter-lexicon-types';

/** French clutter vocabulary. */
export const FR: Lexicon = {
  lang: 'fr',
  prompts: {
    subscription: [
      `abonnez-vous`, `je m${AP}abonne`, `s${AP}abonner`, `offres? (numérique|premium|d${AP}abonnement|spéciale|découverte)`,
      `nos offres`, `réservé aux abonnés`, `pour lire la suite`, `déjà abonné`, `(\\d+|un) ?€ (par|le|/) ?mois`,
      `(lire|accédez à) (la suite|l${AP}intégralité)`, `sans engagement`, `contenu (réservé|exclusif)`, `réservée? aux abonnés`,
      `il vous reste \\d+ ?% (de l${AP}article )?à (lire|découvrir)`, `(découvrir|voir) (les|nos) offres`, `sur un (seul|autre) appareil`, `profitez de l${AP}offre`,
    ],
    donation: [
      `faire un don`, `soutenez (le|notre|un|l${AP}|la)`, `soutenez-nous`, `nous soutenir`, `votre (don|soutien|contribution) (nous )?(permet|aide)`,
      `journalisme (libre|indépendant) a besoin`, `(faites|faire) un don`, `(grâce à|avec) votre (don|soutien)`,
    ],
    newsletter: [
      `lettre d${AP}information`, `inscrivez-vous (à|a) (notre|nos|la)`, `recevez .{0,60}(par e-?mail|par courriel|dans votre boîte)`,
      `(notre|nos) newsletters?`, `votre adresse e-?mail`, `recevez (gratuitement|chaque)`, `inscrivez-vous (gratuitement|à la)`,
    ],
    login: [`connectez-vous`, `identifiez-vous`, `cré(er|ez) (un|votre) compte`, `déjà (inscrit|un compte)`, `se connecter pour`],
    notifications: [`(activer|activez|recevoir|recevez) (les|nos) (notifications|alertes)`, `souhaitez-vous recevoir`, `alertes? (info|en direct)`, `notifications? push`],
    'comments-promo': [`réagissez`, `(voir|lire|afficher) (les |tous les )?(\\d+ )?commentaires`, `laisser un commentaire`, `rejoignez la (conversation|discussion)`],
    social: [`suivez-nous sur`, `partager sur`, `partagez (cet|cette|l${AP})`],
    ad: [`^publicité$`, `^contenu (sponsorisé|partenaire)$`],
    cookie: [`nous utilisons des cookies`, `(accepter|refuser|gérer) (les |tous les )?cookies`, `vos choix? (de|en matière de) (cookies|confidentialité)`],
    other: [`télécharge[zr] (notre|l${AP}) ?application`, `(dans|sur) l${AP}application`],
  },
  words: {
    subscription: [`abonnement`, `abonné`, `premium`],
    donation: [`don`, `soutenir`, `soutien`],
    newsletter: [`newsletter`, `e-?mail`, `inscri(re|vez|ption)`],
    login: [`connexion`, `se connecter`, `compte`],
    notifications: [`notifications?`, `alertes?`],
    'comments-promo': [`commentaires?`],
    social: [`partager`],
    cookie: [`cookies?`, `consentement`],
  },
  buttons: {
    subscription: [`je m${AP}abonne`, `s${AP}abonner`, `je découvre (les )?offres`, `voir les offres`, `découvrir les offres`],
    donation: [`(faire un )?don`, `je (donne|soutiens)`, `soutenir`],
    newsletter: [`je m${AP}inscris`, `s${AP}inscrire`, `inscription`],
    login: [`(se )?connecter`, `connexion`, `créer (un )?compte`, `s${AP}identifier`],
    'comments-promo': [`(voir les )?commentaires`, `réagir`],
    social: [`partager`],
    cookie: [`(tout )?accepter`, `(tout )?refuser`, `j${AP}accepte`, `paramétrer`],
    other: [`ouvrir (dans )?l${AP}app(lication)?`],
  },
};
