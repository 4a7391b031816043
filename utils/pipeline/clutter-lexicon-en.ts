import { AP, type Lexicon } from './clutter-lexicon-types';

/** English clutter vocabulary. */
export const EN: Lexicon = {
  lang: 'en',
  prompts: {
    subscription: [
      `start your .{0,40}subscription`, `subscribe (now|today|for|from|to (read|continue|unlock|get))`,
      `subscription today`, `(become|join as) an? subscriber`, `become a member (today|now|of (the|our) .{0,30}(club|community))`, `unlock (every|all|unlimited|this|full|the full|exclusive)`,
      `(subscribers?|members?)[ -]only`, `exclusive(ly)? (to|for) (subscribers|members)`, `already an? (subscriber|member)`,
      `(digital|unlimited|premium) (access|subscription|membership)`, `(continue|keep) reading (with|for|by)`,
      `to (continue|keep) reading`, `free articles? (left|remaining)`, `(reached|read) your (limit|free)`,
      `cancel any ?time`, `(months?|weeks?) for [£$€]\\s?\\d`,
      `(this|the) (article|story) is (for|available to) (subscribers|members)`, `paywall`, `want to bookmark your`,
    ],
    donation: [
      `your (donation|contribution|support) (allows|helps|enables|keeps|makes)`, `support (our|independent|quality|local) (journalism|reporting|newsroom)`,
      `(make|give) a (one-off |monthly |annual |small )?(donation|contribution)`, `donate (now|today|to)`, `support us (today|now|from)`,
      `(journalism|reporting) should be (available|free|open) to (everyone|all)`, `should be available to everyone`,
      `paid for by (those|readers) who can afford`, `reader[- ]funded`, `(with|by) a contribution`, `become a (supporter|patron)`,
      `(any|every) contribution`, `we (rely|depend) on (readers|you|your support)`, `chip in`,
    ],
    newsletter: [
      `sign(ing)? up (for|to) .{0,50}(newsletter|briefing|email|bulletin|digest)`, `(our|the) .{0,40}newsletters?`,
      `(straight|direct|delivered|sent) (to|into) your inbox`, `in your inbox`, `enter your e-?mail`, `your e-?mail address`,
      `pop your email`, `unsubscribe (from (this|our|the)|at any time)`, `(we${AP}ll|we will) send you`, `(daily|weekly|morning|evening) (email|e-mail|round-?up) (newsletter|from us|to your inbox)`,
      `by (signing up|subscribing|registering),? you (agree|accept)`, `your data will not be shared`, `never miss (a|the|an) .{0,40}(sign|newsletter|email|inbox)`, `free .{0,30}newsletter`,
    ],
    login: [
      `(sign|log) in to (save|read|continue|follow|comment|access|get|keep|see)`, `(to be|get|being) (automatically )?logged in`,
      `refresh (the|your) (page|browser)`, `create (an|your|a free) (free )?account`, `already have an account`,
      `register (for free|now|to)`, `(sign|log) in or (register|sign up|create)`, `don${AP}t have an account`,
      `you (are|have been) (signed|logged) (in|out)`,
    ],
    notifications: [
      `(turn on|enable|allow|get|receive) .{0,20}(notifications|alerts)`, `notifications can be`,
      `(breaking )?news alerts`, `push (notifications|alerts)`, `browser (preferences|settings)`,
      `(alerts|notifications) as (stories|news) (develop|break)`, `manage (alerts|notifications)`, `stay (up to date|informed) with alerts`,
    ],
    'comments-promo': [
      `join (the |our )?(thought-provoking )?(conversations?|discussion|debate|commenting)`, `have your say`,
      `readers have commented`, `(view|read|show|see|load) (all |the )?(\\d+ )?comments`, `comments? \\(\\d+\\)`,
      `leave a comment`, `what do you think\\?`, `(commenting|comment) (forum|section)`,
    ],
    social: [
      `follow us on`, `like us on`, `share (this|on|via) (article|story|post|page|facebook|twitter|x|whatsapp)`,
      `(join|follow) (our|us on) (whatsapp|telegram) channel`,
    ],
    ad: [`^advertisement$`, `^(sponsored|promoted)( content| by .{0,40})?$`, `^ad$`, `story continues below (this )?(ad|advertisement)`],
    cookie: [
      `we (and our partners )?use cookies`, `(accept|reject|manage) (all )?cookies`, `cookie (policy|settings|preferences)`,
      `(your|we value your) privacy`, `consent to (the use of|our use of)`,
    ],
    other: [
      `download (the|our) .{0,40}app`, `get (the|our) .{0,30}app`, `(download|get it|available) (it )?(on|from) (the )?(app store|google play)`,
      `(disable|turn off|whitelist|pause) (your )?ad ?-?blocker`, `ad ?-?blocker (detected|is on)`,
      `open in (the )?app`, `best experience .{0,40}app`,
    ],
  },
  words: {
    subscription: [`subscribe`, `subscription`, `subscriber`, `premium`, `offer`, `[£$€]\\s?\\d+(\\.\\d\\d)? (a|per) (month|week)`],
    donation: [`donat(e|ion)`, `contribut(e|ion)`, `quality journalism`, `support`],
    newsletter: [`newsletters?`, `sign ?up`, `e-?mail`, `inbox`],
    login: [`log ?in`, `sign ?in`, `register`, `account`],
    notifications: [`notifications?`, `alerts?`],
    'comments-promo': [`comments?`],
    social: [`share`, `facebook`, `twitter`, `whatsapp`],
    cookie: [`cookies?`, `consent`],
  },
  buttons: {
    subscription: [`subscribe( now| today)?`, `start (now|my subscription|your trial)`, `see (all )?offers`, `get (full )?access`, `(free )?trial`],
    donation: [`donate( now)?`, `contribute( now)?`, `support( us| now)?`, `give( now)?`],
    newsletter: [`sign me up`, `sign up( now)?`, `subscribe`, `get the newsletter`],
    login: [`(sign|log) ?in`, `register`, `create (an )?account`, `(sign|log) in ?/ ?register`],
    notifications: [`(allow|enable|turn on)( notifications| alerts)?`],
    'comments-promo': [`(view|read|show|see|load) (all )?comments( \\(\\d+\\))?`, `comments?( \\(\\d+\\))?`],
    social: [`share( on .{1,20})?`, `tweet`, `follow`],
    cookie: [`accept( all)?( cookies)?`, `(i )?agree`, `reject( all)?`, `manage (cookies|settings|preferences)`],
    other: [`open (in )?app`, `(download|get) (the )?app`],
  },
};
