package org.anxin.dialog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides whether a typed message shows distress: thoughts of self-harm or suicide, or threats of violence
 * against the user. The engine then interrupts whatever step it is at and goes to urgent help.
 *
 * <p>How a message is read: it is {@linkplain #normalize normalised} (traditional characters to simplified ones, so
 * that 不想活了 and 撐不下去 in either writing meet the same rules; full-width to half-width, lower case,
 * apostrophes dropped so {@code can't} reads {@code cant}, punctuation to blanks, no blanks between Chinese
 * characters); then every {@link #IDIOMS idiom} is blanked out; then it is distress if any {@link #SELF_HARM} or
 * {@link #THREATS} pattern is found in what is left.
 *
 * <p>Why idioms go first: everyday speech is full of 死 and "kill" that mean nothing of the sort (烦死了, 笑死,
 * 死机, "this deadline is killing me"). Taking them out before matching keeps the distress patterns simple and
 * broad, and a message such as "烦死了，真的不想活了" is still caught by what remains. When in doubt a pattern
 * stays in: showing the crisis lines to someone who did not need them costs little.
 *
 * <p>To extend: add a plain regular expression (on normalised text: simplified characters, lower case, no
 * apostrophes, Chinese without blanks) to the right list, and a line to the test set in {@code src/test/resources/distress/}.
 */
public final class Distress {

    /** Who, besides the user, a threat may name. */
    private static final String FAMILY = "my (family|kids?|children|son|daughter|wife|husband|parents|mother|father|mom|mum|dad)";

    /** Figures of speech blanked out before matching; each would otherwise look like distress. */
    static final List<Pattern> IDIOMS = patterns(
            // zh: 死 as "very" after a feeling, and words that merely contain 死
            "(烦|气|笑|累|饿|热|冷|困|忙|吓|闷|渴|痛|疼|丑|美|乐|急|臭|蠢|懒|穷|开心|高兴|爽|羡慕|感动|心疼|攰|冻|晒|挤|吵|尴尬|丢人|麻烦|难受|憋屈|郁闷)死(我|人|你|他|她)?(了|啦|掉了)?",
            "(累|攰|忙|困|饿|冷|热|痛|疼)到(半)?死",
            "(得|的)要死",
            "死机|死循环|死板|死心|死活|死磕|死党|死角|死机了|卡死|死线|拼死拼活|半死不活",
            "死定了|社死|笑不活|死宅|死贵|死沉|死皮赖脸|死记硬背|死对头|要死要死|加班加到半死|死马当活马医|宁死也不|(骂|哭|难|吓)死(我|人)",
            "想死你(们)?了",
            // family or a boss who "will kill me" if they find out: fear of a scolding, never a threat that is said
            "(妈|爸|爹|娘|老婆|老公|媳妇|老板|领导|家里人?)[^ ]{0,8}(知道|发现|晓得)[^ ]{0,10}(非|肯定|会|得|准|要)(把我)?(打死|骂死|杀了|弄死)我?(不可)?",
            "死要面子|要了?我的?老命|over my dead body|(i|id|i would) kill for",
            "打死(我|你|他)?(也|都)(不|没)",
            // en: "killing me", "dying to", "die laughing" and family members who "will kill me" when they find out
            "\\b(is|are|was|were|its|thats|been|keeps|kept) (literally |really |slowly )?killing me\\b",
            "\\bkilling (it|time)\\b",
            "\\bdying (to|for|of laughter)\\b",
            "\\b(die|died|dying|dead) (laughing|of laughter|of embarrassment)\\b",
            "\\bto die for\\b",
            "\\bkill (time|for a)\\b",
            "\\b(dead tired|deadline|dead battery|dead phone|dead end job)\\b",
            "\\b(phone|battery|laptop|computer|car)( is| was|s)? (dead|died|dying)\\b",
            "\\b(my )?(wife|husband|mom|mum|mother|dad|father|parents|boss|girlfriend|boyfriend)s?"
                    + " (will|would|ll|is going to|is gonna|are going to|are gonna|going to|gonna) (literally )?kill me\\b");

    /** Thoughts of self-harm or suicide. */
    static final List<Pattern> SELF_HARM = patterns(
            // zh
            "不想活|活不下去|活不成了|活够了|活着(还|又)?有什么意思|活着没(有)?意思|活着没(有)?意义|没脸活|没有活路|没活路",
            "想死|想去死|不如去死|我去死|求死|寻死|寻短见|想不开|死了算了|走了算了|死了就好了|死了就解脱|不如死了|还不如死",
            "自杀|轻生|自尽|自残|自我了断|了结自己|了断自己|结束(我)?自己|结束(我的)?生命|离开这个世界|遗书",
            "跳楼|跳河|跳江|跳桥|跳海|卧轨|上吊|割腕|烧炭|喝农药|(吃|吞)(了)?(一(整)?瓶)?(安眠药|药自杀)|一了百了",
            "撑不下去|熬不下去|扛不下去|坚持不下去|伤害自己|我不想再活",
            // euphemisms and slang: 紫砂 and zs stand for 自杀; a wish not to wake; a farewell to the next life
            "活着(就是|真是|只是)?(活)?受罪|活着(也|还)?没(啥|什么|有)?(意思|意义|盼头)|(只能|只有|不如|还不如|干脆)(去)?死(了)?算?|紫砂|(?<![a-z])zs(?![a-z])",
            "睡着?了?(就)?(别|不要|不|再也不)(再)?醒|不想(再)?醒(过)?来|下辈子再(孝顺|还|报答|见)|(如果|要是)我(不在了|没了|消失了)|我(要是|如果)(不在了|没了|消失了)",
            "人没了(就|是不是|网贷|债)|慢慢(地)?没了(也)?(挺好|算了)",
            // s for 死 in chat shorthand: 好想s, 不如s了
            "(想|要|去|不如)s(了)?(?![a-z])",
            // en
            "\\b(kill|killing|killed|hurt|hurting|harm|harming|cut|cutting) myself\\b",
            "\\bself ?harm",
            "\\bsuicid(e|al)\\b",
            "\\b(want|wanted|wanting|wanna|going|ready) to die\\b|\\bwanna die\\b",
            "\\bend (my life|it all|everything|my own life)\\b|\\bending (my life|it all)\\b",
            "\\b(take|taking|took) my (own )?life\\b",
            "\\b(cant|cannot|can not|could not|couldnt) (go on|take (it|this) anymore|keep going)\\b",
            "\\bno (reason|point) (to|in) (live|living|go on|going on)\\b|\\bnothing (left )?to live for\\b",
            "\\b(dont|do not) want to (live|be alive|wake up|exist)\\b",
            "\\bbetter off dead\\b|\\bwish i (was|were) dead\\b|\\bnot worth living\\b|\\b(tired|sick) of (living|life|being alive)\\b",
            "\\boverdose\\b|\\bjump(ing|ed)? (off|from) (a|the|my) (bridge|building|roof)\\b|\\bgive up on life\\b");

    /** Threats of violence against the user or the user's family. */
    static final List<Pattern> THREATS = patterns(
            // zh
            "(打|弄|整|搞|砍|捅|杀)死(我|你|他们|我们)|要打我|上门打|找人打|找人弄|找人收拾|打伤|打了我一顿|动手打(我|人)",
            "砍(我|你|死)|捅(我|你)|杀了?(我|你)|(杀|灭)了?(我|你)(们)?全家|要了?你的命|说要我的?命|弄残|打断(我|你)的?腿",
            "泼油漆|泼(红)?漆|泼粪|泼硫酸|泼汽油|放火|烧(我|你)(的|家)?房子|堵(我|你)家门.*(打|砍)|带刀|拿刀",
            "威胁(我的|我|你的|你)?人身安全|人身威胁|(让|叫)(你|我)(全家)?不得好死|出门小心点?|小心你的(家人|孩子|小命|命)|绑架",
            // en
            "\\b(threat\\w*|going to|gonna|will|\\w+ll|would|theyd|hed|shed|wants? to|coming to|come to|came to)\\b"
                    + "( \\w+){0,4} (kill|hurt|harm|beat|stab|attack|shoot|burn|break)( up)? (me|us|" + FAMILY + ")\\b",
            "\\b(kill|beat|stab|shoot|attack)(ed)? (me|us|" + FAMILY + ")\\b",
            "\\bbreak (my|your) (legs?|arms?|bones|neck)\\b|\\bbeat me up\\b|\\bbeaten up\\b|\\bthreat\\w* (to )?(my )?(life|lives|safety|family)\\b",
            "\\b(know|knows) where (i|we|my \\w+) (live|lives)\\b",
            "\\b(set fire to|burn down) (my|our) (house|home|flat|apartment)\\b|\\bthrow acid\\b");

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019`]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Pattern BLANK_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");

    private Distress() {
    }

    /** Whether the message expresses thoughts of self-harm or a threat of violence against the user. */
    public static boolean detected(String message) {
        String remaining = withoutIdioms(message);
        return Stream.concat(SELF_HARM.stream(), THREATS.stream()).anyMatch(p -> p.matcher(remaining).find());
    }

    /**
     * The message {@linkplain #normalize normalised} with every everyday figure of speech blanked out, so that what
     * reads it next (these rules, or a model) is not misled by 烦死了 or "this is killing me".
     */
    public static String withoutIdioms(String message) {
        String text = normalize(message);
        for (Pattern idiom : IDIOMS) {
            text = idiom.matcher(text).replaceAll(" ");
        }
        return text;
    }

    /** Whether the message holds an everyday figure of speech that speaks of death or killing (累死了, 笑死). */
    public static boolean hasIdiom(String message) {
        String text = normalize(message);
        return IDIOMS.stream().anyMatch(p -> p.matcher(text).find());
    }

    /**
     * Simplified characters, full-width to half-width, lower case, no apostrophes, punctuation to single blanks,
     * Chinese without blanks.
     */
    static String normalize(String message) {
        if (message == null) {
            return "";
        }
        String text = ChineseScript.toSimplified(Normalizer.normalize(message, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        // Taiwan writes 著 for 着 (活著), and simplified keeps 著 for 著名, so conversion leaves it: the rules say 着.
        text = text.replace('著', '着');
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = PUNCTUATION.matcher(text).replaceAll(" ");
        text = BLANK_BETWEEN_HAN.matcher(text).replaceAll("");
        return " " + text.strip() + " ";
    }

    private static List<Pattern> patterns(String... regexes) {
        return Stream.of(regexes).map(Pattern::compile).toList();
    }
}
