import type { Lexicon } from './clutter-lexicon-types';

/** German clutter vocabulary. */
export const DE: Lexicon = {
  lang: 'de',
  prompts: {
    subscription: [
      `jetzt (abonnieren|abo|testen|weiterlesen|freischalten)`, `abonnieren sie`, `(digital|probe|plus|jahres)-?abo`,
      `nur für (abonnenten|abonnentinnen)`, `bereits abonnent`, `weiterlesen mit`, `(\\d+|einen) (monat|wochen?) (gratis|kostenlos|für)`,
      `€ (im|pro|/) ?monat`, `jederzeit kündbar`, `artikel (freischalten|lesen mit)`, `sie haben bereits ein abo`,
      `(plus|\\+)-?zugang`, `zugang zu allen`, `abopflichtig`, `jetzt (\\S+ )?plus testen`, `sind sie bereits abonnent`, `(mit|für) (spiegel|zeit|faz|sz|welt)\\s?(\\+|plus)`,
    ],
    donation: [
      `unterstützen sie (unseren|unabhängigen|den|uns)`, `jetzt unterstützen`, `mit ihrem beitrag`, `(jetzt )?spenden`,
      `(unabhängigen|freien|guten) journalismus (unterstützen|stärken|ermöglichen)`, `ihre unterstützung`,
    ],
    newsletter: [`newsletter (abonnieren|bestellen|anmelden)`, `(unser|unseren) .{0,30}newsletter`, `newsletter: jetzt`, `kostenlos (anmelden|abonnieren)`, `in ihr (e-?mail-)?postfach`, `ihre e-?mail-adresse`],
    login: [`(melden sie sich|jetzt) (an|einloggen|registrieren)`, `konto (erstellen|anlegen)`, `(einloggen|anmelden) (und|um)`, `bereits registriert`],
    notifications: [`(benachrichtigungen|push-mitteilungen|eilmeldungen) (aktivieren|erhalten|einschalten)`, `push-?(nachrichten|benachrichtigungen)`],
    'comments-promo': [`(kommentare|diskussion) (anzeigen|lesen|öffnen)`, `diskutieren sie mit`, `\\d+ kommentare`, `jetzt kommentieren`],
    social: [`folgen sie uns`, `teilen (auf|per|via)`, `(artikel|beitrag) teilen`],
    ad: [`^(anzeige|werbung)$`],
    cookie: [`wir (verwenden|nutzen) cookies`, `wir und unsere partner`, `(alle )?akzeptieren und weiter`, `cookies? (akzeptieren|ablehnen|einstellungen)`, `ihre (privatsphäre|einwilligung)`],
    other: [`(laden sie|jetzt) .{0,20}app herunter`, `app (herunterladen|laden|installieren)`, `in der app (öffnen|lesen)`],
  },
  words: {
    subscription: [`abo`, `abonnement`, `abonnieren`, `plus`],
    donation: [`spende`, `unterstützen`],
    newsletter: [`newsletter`, `e-?mail`],
    login: [`anmelden`, `einloggen`, `registrieren`, `konto`],
    notifications: [`benachrichtigungen`, `mitteilungen`],
    'comments-promo': [`kommentare?`],
    social: [`teilen`],
    cookie: [`cookies?`, `einwilligung`],
  },
  buttons: {
    subscription: [`(jetzt )?abonnieren`, `(jetzt )?abo (abschließen|wählen|testen)`, `angebote? (ansehen|entdecken)`],
    donation: [`(jetzt )?(unterstützen|spenden)`],
    newsletter: [`(jetzt )?(anmelden|bestellen)`],
    login: [`(jetzt )?(anmelden|einloggen|registrieren)`, `login`],
    'comments-promo': [`kommentare( \\(\\d+\\))?`, `kommentieren`],
    social: [`teilen`],
    cookie: [`(alle )?(akzeptieren|ablehnen)`, `zustimmen`, `einverstanden`],
    other: [`app (öffnen|laden)`],
  },
};
