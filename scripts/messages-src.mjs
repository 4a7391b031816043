// Source of public/_locales/*/messages.json: one line per message, [key, English, French, placeholders?].
// Run `node scripts/messages-src.mjs` after editing; a unit test checks the files match this list.
import { writeFileSync } from 'node:fs';

export const MESSAGES = [
  ['extName', 'Liveline', 'Liveline'],
  ['extDescription', 'Makes live blogs readable: entries, times, topics and claims; clutter hidden. Nothing leaves the browser.', 'Rend les directs lisibles : entrées, heures, sujets et citations ; le superflu masqué. Rien ne quitte le navigateur.'],
  ['cmdToggleCleanView', 'Turn the clean view on or off', 'Activer ou désactiver la vue épurée'],
  ['cmdNextEntry', 'Go to the next entry', 'Aller à l’entrée suivante'],
  ['cmdPreviousEntry', 'Go to the previous entry', 'Aller à l’entrée précédente'],
  ['cmdTogglePanel', 'Show or hide the Liveline panel', 'Afficher ou masquer le panneau Liveline'],
  ['statusLive', 'Live blog · $1 entries · newest $2', 'Direct · $1 entrées · dernière à $2'],
  ['statusLiveNoTime', 'Live blog · $1 entries', 'Direct · $1 entrées'],
  ['statusNotLive', 'Not a live blog', 'Pas un direct'],
  ['statusUnavailable', 'Liveline does not run on this page', 'Liveline ne fonctionne pas sur cette page'],
  ['statusLoading', 'Looking at this page…', 'Analyse de la page…'],
  ['siteLabel', 'Site: $1', 'Site : $1'],
  ['cleanView', 'Clean view on this site', 'Vue épurée sur ce site'],
  ['cleanViewAuto', 'Automatic (on for live blogs)', 'Automatique (activée pour les directs)'],
  ['cleanViewOn', 'On', 'Activée'],
  ['cleanViewOff', 'Off', 'Désactivée'],
  ['cleanViewMode', 'Clean view', 'Vue épurée'],
  ['backToAutomatic', 'Back to automatic', 'Revenir à l’automatique'],
  ['features', 'Features', 'Fonctions'],
  ['featureClutter', 'Hide clutter', 'Masquer le superflu'],
  ['featureTopics', 'Topics', 'Sujets'],
  ['featureClaims', 'Claims and sources', 'Citations et sources'],
  ['featureAnnotations', 'Annotations', 'Annotations'],
  ['clutterCategories', 'What the clean view hides', 'Ce que la vue épurée masque'],
  ['kind_subscription', 'Subscription prompts', 'Offres d’abonnement'],
  ['kind_donation', 'Donation appeals', 'Appels aux dons'],
  ['kind_newsletter', 'Newsletter sign-ups', 'Inscriptions aux lettres d’information'],
  ['kind_login', 'Login prompts', 'Invitations à se connecter'],
  ['kind_notifications', 'Notification prompts', 'Demandes de notifications'],
  ['kind_comments_promo', 'Comment promotions', 'Invitations à commenter'],
  ['kind_social', 'Share and follow buttons', 'Boutons de partage'],
  ['kind_ad', 'Ads', 'Publicités'],
  ['kind_cookie', 'Cookie banners', 'Bannières de cookies'],
  ['kind_other', 'Other (app banners…)', 'Autres (bannières d’applis…)'],
  ['countFound', '$1 found', '$1 trouvé(s)'],
  ['reading', 'Reading', 'Lecture'],
  ['order', 'Reading order', 'Ordre de lecture'],
  ['orderPage', 'As the page has it', 'Comme sur la page'],
  ['orderNewest', 'Newest first', 'Les plus récentes d’abord'],
  ['orderOldest', 'Oldest first', 'Les plus anciennes d’abord'],
  ['showPanel', 'Show the Liveline panel on live blogs', 'Afficher le panneau Liveline sur les directs'],
  ['markNew', 'Mark entries new since my last visit', 'Signaler les entrées parues depuis ma dernière visite'],
  ['openOptions', 'All settings', 'Tous les réglages'],
  ['optionsTitle', 'Liveline settings', 'Réglages de Liveline'],
  ['defaultsHeading', 'Defaults for new sites', 'Réglages par défaut des nouveaux sites'],
  ['sitesHeading', 'Sites', 'Sites'],
  ['noSites', 'No site has its own settings yet.', 'Aucun site n’a encore ses propres réglages.'],
  ['editSite', 'Change settings for $1', 'Modifier les réglages de $1'],
  ['forgetSite', 'Forget $1', 'Oublier $1'],
  ['forgotten', 'Forgot $1; it follows the defaults again.', '$1 oublié ; il suit de nouveau les réglages par défaut.'],
  ['fileHeading', 'Export and import', 'Exporter et importer'],
  ['exportSettings', 'Export settings to a file', 'Exporter les réglages dans un fichier'],
  ['importSettings', 'Import settings from a file', 'Importer les réglages depuis un fichier'],
  ['imported', 'Settings imported.', 'Réglages importés.'],
  ['importedRepaired', 'Settings imported; some values were not valid and were left at their defaults.', 'Réglages importés ; certaines valeurs non valides ont été remplacées par les valeurs par défaut.'],
  ['importDamaged', 'This file is not a Liveline settings file. Nothing was changed.', 'Ce fichier n’est pas un fichier de réglages Liveline. Rien n’a été modifié.'],
  ['importFuture', 'This file comes from a newer Liveline. Nothing was changed.', 'Ce fichier provient d’une version plus récente de Liveline. Rien n’a été modifié.'],
  ['panelTitle', 'Liveline', 'Liveline'],
  ['panelRegion', 'Liveline panel', 'Panneau Liveline'],
  ['panelClose', 'Close the Liveline panel', 'Fermer le panneau Liveline'],
  ['panelOpen', 'Open the Liveline panel', 'Ouvrir le panneau Liveline'],
  ['topicsHeading', 'Topics', 'Sujets'],
  ['topicCount', '$1 ($2)', '$1 ($2)'],
  ['clearFilter', 'Show all topics', 'Afficher tous les sujets'],
  ['jumpNewest', 'Newest in $1', 'Plus récente dans $1'],
  ['keyEventsHeading', 'Key events', 'Moments clés'],
  ['noKeyEvents', 'The page marks no key events.', 'La page ne signale aucun moment clé.'],
  ['sourcesHeading', 'Sources', 'Sources'],
  ['noSources', 'No attributed claims found.', 'Aucune citation attribuée trouvée.'],
  ['noTopics', 'No topics yet.', 'Pas encore de sujets.'],
  ['annotationsHeading', 'Annotations', 'Annotations'],
  ['toastNewOne', '1 new entry', '1 nouvelle entrée'],
  ['toastNewMany', '$1 new entries', '$1 nouvelles entrées'],
  ['toastHint', 'Go to the newest entry', 'Aller à la dernière entrée'],
  ['dismiss', 'Dismiss', 'Ignorer'],
  ['newSinceVisit', '$1 new since your last visit', '$1 nouvelle(s) depuis votre dernière visite'],
  ['previousEntry', 'Previous entry', 'Entrée précédente'],
  ['nextEntry', 'Next entry', 'Entrée suivante'],
  ['entryPosition', 'Entry $1 of $2', 'Entrée $1 sur $2'],
  ['newBadge', 'New since your last visit', 'Nouveau depuis votre dernière visite'],
  ['untitledEntry', 'Entry at $1', 'Entrée de $1'],
];

const PLACEHOLDERS = (message) =>
  Object.fromEntries([...message.matchAll(/\$(\d)/g)].map(([, n]) => [`p${n}`, { content: `$${n}` }]));

/** messagesJson(column): the messages.json object for one language (1 = English, 2 = French). */
export function messagesJson(column) {
  return Object.fromEntries(
    MESSAGES.map((row) => {
      const text = row[column].replace(/\$(\d)/g, '$p$1$');
      const ph = PLACEHOLDERS(row[column]);
      return [row[0], Object.keys(ph).length ? { message: text, placeholders: ph } : { message: text }];
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [lang, col] of [['en', 1], ['fr', 2]]) {
    writeFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), JSON.stringify(messagesJson(col), null, 2) + '\n');
  }
}
