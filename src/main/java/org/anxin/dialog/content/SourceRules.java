package org.anxin.dialog.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user may see as a source, in a "why" answer or a letter: the official title and article of a law or rule,
 * and the official site where it can be read. Reviewers' notes (reprints, repository paths, working remarks in
 * English) belong in a knowledge entry's {@code review} fields and must not reach a user.
 */
public final class SourceRules {

    /** Official sites a source may point to: the state's own domains and the two industry bodies (with subdomains). */
    public static final List<String> OFFICIAL_SITES = List.of(
            "gov.cn", "npc.gov.cn", "nfra.gov.cn", "pbc.gov.cn", "court.gov.cn", "samr.gov.cn", "nifa.org.cn",
            "china-cba.net");
    /** Addresses of complaint channels run by others, which messages may give as where to go (never as a source). */
    public static final List<String> CHANNEL_ADDRESSES = List.of("12321.cn", "tousu.sina.com.cn", "12315.cn", "cca.org.cn");

    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?<![{\\w.])(?:https?://)?((?:[a-z0-9-]+\\.)+(?:cn|com|net|org|info|io))(?![\\w}])");
    private static final Pattern PATH = Pattern.compile(
            "(?i)\\.(?:md|ya?ml|java|mustache)\\b|\\bLRB\\b|\\b(?:src|dialogs|docs|shared)/");
    private static final Pattern NOTE = Pattern.compile(
            "(?i)\\b(?:domain brief|brief section|reprint|secondary|unverified|per a law firm|working note|todo)\\b");
    /** A Latin word of four letters or more: in a Chinese source, that is a note in English, not a title. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{4,}");

    private SourceRules() {
    }

    /** Why {@code source} (the user-facing source of a knowledge entry, in {@code locale}) is not fit to show. */
    public static Optional<String> problemInSource(String source, String locale) {
        if (source == null || source.isBlank()) {
            return Optional.of("has no source in " + locale + " (the official title and article)");
        }
        Matcher domain = DOMAIN.matcher(source);
        if (domain.find()) {
            return Optional.of("names a web address in its " + locale + " source ('" + domain.group() + "'): put an official one in 'site'");
        }
        Optional<String> note = internalNote(source);
        if (note.isPresent()) {
            return note.map(n -> n + " in its " + locale + " source: keep it in 'review'");
        }
        if (locale.startsWith("zh")) {
            Matcher latin = LATIN_WORD.matcher(source);
            if (latin.find()) {
                return Optional.of("has English ('" + latin.group() + "') in its " + locale + " source: keep notes in 'review'");
            }
        }
        return Optional.empty();
    }

    /** Why {@code site} is not an official site, if it is not. */
    public static Optional<String> problemInSite(String site) {
        if (site == null) {
            return Optional.empty();
        }
        String host = site.replaceFirst("(?i)^https?://", "").replaceFirst("[/?#].*$", "").toLowerCase();
        return onList(host, OFFICIAL_SITES) ? Optional.empty()
                : Optional.of("site '" + site + "' is not an official site (" + String.join(", ", OFFICIAL_SITES) + ")");
    }

    /** Why a message or a letter template carries a reviewer's note or an address that is neither official nor a channel's. */
    public static Optional<String> problemInText(String text) {
        Optional<String> note = internalNote(text);
        if (note.isPresent()) {
            return note;
        }
        Matcher domain = DOMAIN.matcher(text);
        while (domain.find()) {
            String host = domain.group(1).toLowerCase();
            if (!onList(host, OFFICIAL_SITES) && !onList(host, CHANNEL_ADDRESSES)) {
                return Optional.of("shows the address '" + domain.group() + "', which is neither official nor a complaint channel's");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> internalNote(String text) {
        Matcher path = PATH.matcher(text);
        if (path.find()) {
            return Optional.of("shows a repository path or file ('" + path.group() + "')");
        }
        Matcher note = NOTE.matcher(text);
        if (note.find()) {
            return Optional.of("shows a reviewer's note ('" + note.group() + "')");
        }
        return Optional.empty();
    }

    private static boolean onList(String host, List<String> sites) {
        return sites.stream().anyMatch(s -> host.equals(s) || host.endsWith("." + s));
    }
}
