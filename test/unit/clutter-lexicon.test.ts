import { describe, expect, test } from 'vitest';
import { judgeControl, judgeField, judgeNames, judgeText, isClutterText, hrefPart, isOverlayStyle } from '../../utils/pipeline/clutter-evidence';
import type { ClutterKind } from '../../utils/pipeline/types';
import { LAST, PRIORITY } from '../../utils/pipeline/clutter-select';

/** The kind a block holding only this text would be (heaviest evidence, ties as the selector breaks them). */
function kindOfText(text: string): ClutterKind | null {
  const evs = judgeText(text).filter((e) => e.weight >= 2);
  const weight = (k: ClutterKind) => evs.filter((e) => e.kind === k).reduce((a, e) => a + e.weight, 0);
  let best: ClutterKind | null = null;
  for (const k of [...PRIORITY, ...LAST]) if (weight(k) > (best ? weight(best) : 0)) best = k;
  return best;
}

describe('prompts name their kind, in four languages', () => {
  test.each<[string, string, ClutterKind]>([
    ['en', 'Start your Independent Premium subscription today', 'subscription'],
    ['en', 'Unlock every story', 'subscription'],
    ['en', 'Subscribe now for unlimited access', 'subscription'],
    ['en', 'This article is for subscribers only', 'subscription'],
    ['en', 'Your donation allows us to keep sending journalists', 'donation'],
    ['en', 'Support our journalism with a contribution', 'donation'],
    ['en', 'Make a one-off contribution today', 'donation'],
    ['en', 'Sign up for Race Day, our free running newsletter', 'newsletter'],
    ['en', 'Get the best stories delivered straight to your inbox', 'newsletter'],
    ['en', 'Enter your email address', 'newsletter'],
    ['en', 'Sign in to save articles and follow your favourite runners', 'login'],
    ['en', 'Please refresh the page or navigate to another page on the site to be automatically logged in', 'login'],
    ['en', 'Create a free account to continue', 'login'],
    ['en', 'Notifications can be managed in browser preferences.', 'notifications'],
    ['en', 'Get breaking news alerts from the Lakeside Courier?', 'notifications'],
    ['en', 'Turn on notifications to receive alerts as stories develop in real-time.', 'notifications'],
    ['en', 'Join thought-provoking conversations, follow other Independent readers and see their replies', 'comments-promo'],
    ['en', 'Have your say: 87 readers have commented on this story', 'comments-promo'],
    ['en', 'View all 312 comments', 'comments-promo'],
    ['en', 'Follow us on Instagram', 'social'],
    ['en', 'Advertisement', 'ad'],
    ['en', 'We use cookies to improve your experience', 'cookie'],
    ['en', 'Download the NDTV Cricket app for Android or iOS', 'other'],
    ['fr', 'Abonnez-vous pour lire la suite', 'subscription'],
    ['fr', 'Profitez de l’offre numérique à 1 € par mois pendant un an', 'subscription'],
    ['fr', 'Nouveau : découvrez nos offres Premium !', 'subscription'],
    ['fr', 'Soutenez le journalisme indépendant : faites un don', 'donation'],
    ['fr', 'Inscrivez-vous à notre newsletter', 'newsletter'],
    ['fr', 'Connectez-vous pour continuer', 'login'],
    ['fr', 'Activez les notifications pour ne rien manquer', 'notifications'],
    ['fr', 'Voir les 45 commentaires', 'comments-promo'],
    ['fr', 'Nous utilisons des cookies pour mesurer l’audience', 'cookie'],
    ['fr', 'Téléchargez notre application', 'other'],
    ['de', 'Jetzt abonnieren und weiterlesen', 'subscription'],
    ['de', 'Nur für Abonnenten', 'subscription'],
    ['de', 'Mit Ihrem Beitrag sichern Sie unsere Berichterstattung', 'donation'],
    ['de', 'Unterstützen Sie unabhängigen Journalismus', 'donation'],
    ['de', 'Newsletter abonnieren', 'newsletter'],
    ['de', 'Konto erstellen', 'login'],
    ['de', 'Push-Benachrichtigungen aktivieren', 'notifications'],
    ['de', 'Diskutieren Sie mit', 'comments-promo'],
    ['de', 'Wir verwenden Cookies', 'cookie'],
    ['de', 'Jetzt die App herunterladen', 'other'],
    ['es', 'Suscríbete para seguir leyendo', 'subscription'],
    ['es', 'Apoya el periodismo independiente', 'donation'],
    ['es', 'Recibe cada mañana las noticias más importantes en tu correo', 'newsletter'],
    ['es', 'Inicia sesión para continuar', 'login'],
    ['es', 'Activa las notificaciones', 'notifications'],
    ['es', 'Ver los 20 comentarios', 'comments-promo'],
    ['es', 'Utilizamos cookies propias y de terceros', 'cookie'],
    ['es', 'Descarga la app', 'other'],
  ])('%s: %s → %s', (_lang, text, kind) => {
    expect(kindOfText(text)).toBe(kind);
  });
});

describe('reading matter is not a prompt', () => {
  test.each([
    'Russia’s air defence systems destroyed 15 Ukrainian drones overnight, claimed Moscow this morning.',
    'We have just had it confirmed that the UK government will give its daily briefing at 17:00 BST.',
    'Apple continued to temporarily waive its App Store fees for online classes.',
    'Die Regierung hat am Morgen neue Maßnahmen beschlossen.',
    'Le gouvernement a annoncé de nouvelles mesures ce matin.',
    'El Gobierno anunció nuevas medidas esta mañana.',
    'Kiptoo, Mersha and Lindqvist are sharing the pacing, our reporter at the 21km mark says.',
  ])('%s', (text) => {
    expect(isClutterText(judgeText(text))).toBe(false);
  });

  test('a long paragraph that mentions a word only weighs little', () => {
    const prose = `${'The minister spoke at length about the budget and the economy. '.repeat(20)}Readers can subscribe to updates.`;
    expect(judgeText(prose).every((e) => e.weight < 3)).toBe(true);
  });
});

describe('links, buttons and fields', () => {
  test.each<[string, string | null, ClutterKind]>([
    ['Subscribe now', '/subscribe?source=bookmark', 'subscription'],
    ['Support now', '/donate?source=liveblog', 'donation'],
    ['Jetzt unterstützen', '/unterstuetzen', 'donation'],
    ['Je m’abonne', '/abonnement', 'subscription'],
    ['Sign in', '/signin', 'login'],
    ['Read comments', '#comments', 'comments-promo'],
    ['', 'https://www.facebook.com/sharer/sharer.php?u=x', 'social'],
    ['Android', 'https://play.google.com/store/apps/details?id=x', 'other'],
  ])('%s → %s', (label, href, kind) => {
    expect(judgeControl(label, href).map((e) => e.kind)).toContain(kind);
  });

  test('an ordinary link is no evidence', () => expect(judgeControl('Ukraine', '/topic/ukraine')).toEqual([]));
  test('hrefPart keeps the path of a full URL', () => expect(hrefPart('https://a.example/donate?x=1')).toBe('a.example/donate?x=1'));
  test('an email field is a sign-up, a password field a sign-in', () => {
    expect(judgeField('email', '')[0]?.kind).toBe('newsletter');
    expect(judgeField('text', 'Your e-mail')[0]?.kind).toBe('newsletter');
    expect(judgeField('password', '')[0]?.kind).toBe('login');
    expect(judgeField('search', 'q')).toEqual([]);
  });
});

describe('class names and ids', () => {
  test.each<[string, ClutterKind]>([
    ['tp-modal', 'subscription'],
    ['pianoContainer', 'subscription'],
    ['article-paywall', 'subscription'],
    ['newsletter-signup box', 'newsletter'],
    ['cookie-consent', 'cookie'],
    ['ad-slot ad-slot--mpu', 'ad'],
    ['donate-banner', 'donation'],
    ['NotArt_rw _navnotify', 'notifications'],
  ])('%s → %s', (names, kind) => {
    expect(judgeNames(names).find((e) => e.weight >= 3)?.kind).toBe(kind);
  });

  test.each(['article-body', 'headline', 'live-blog__entry', 'header-logo'])('%s is nothing', (names) => {
    expect(judgeNames(names)).toEqual([]);
  });

  test('hostile values are only strings', () => {
    expect(() => judgeNames('"><script>alert(1)</script> '.repeat(500))).not.toThrow();
    expect(() => judgeNames('a'.repeat(100_000))).not.toThrow();
  });

  test('inline styles that pin a box', () => {
    expect(isOverlayStyle('position: fixed; bottom: 0')).toBe(true);
    expect(isOverlayStyle('position:sticky')).toBe(true);
    expect(isOverlayStyle('position: relative')).toBe(false);
  });
});

describe('prompts seen on other publishers’ live pages', () => {
  test.each<[string, ClutterKind]>([
    ['We have a small favour to ask. Readers in 180 countries now support us financially.', 'donation'],
    ['Support us from as little as £1 – it only takes a minute. Thank you.', 'donation'],
    ['Register: it’s quick and easy. It’s still free to read – this is not a paywall.', 'login'],
    ['Would you like to receive news notifications from Daily Express?', 'notifications'],
    ['We use your sign-up to provide content in ways you’ve consented to', 'newsletter'],
    ['Join our WhatsApp community for the latest updates', 'social'],
    ['We value your privacy', 'cookie'],
    ['Read it in our app', 'other'],
    ['Il vous reste 80% de l’article à lire', 'subscription'],
    ['Cet article est réservé aux abonnés', 'subscription'],
    ['Souhaitez-vous recevoir nos alertes ?', 'notifications'],
    ['Jetzt Plus-Zugang sichern', 'subscription'],
    ['Wir und unsere Partner speichern Informationen auf Ihrem Gerät', 'cookie'],
    ['Lee sin límites', 'subscription'],
    ['Suscríbete a nuestro boletín', 'newsletter'],
  ])('%s → %s', (text, kind) => expect(kindOfText(text)).toBe(kind));

  test.each([
    'Please refresh the page for the latest updates.',
    'How to protect your privacy online',
    'Fans chip in to save the club',
    'Every contribution to the debate was heard.',
    'The newsletter was first published in 1998.',
  ])('not a prompt: %s', (text) => expect(isClutterText(judgeText(text))).toBe(false));
});
