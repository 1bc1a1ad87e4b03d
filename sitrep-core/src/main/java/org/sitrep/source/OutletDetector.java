package org.sitrep.source;

import org.sitrep.model.CleanBody;
import org.sitrep.model.Outlet;
import org.sitrep.model.PageMetadata;
import org.sitrep.time.DateExpressions;
import org.sitrep.util.Utf16;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells who published a report and which agencies it credits. Evidence, strongest first: the page's
 * metadata (a site name written as a host name, as scrapers give it, counts as the address); the domain of
 * its address when the domain is known; the report naming itself in a strong phrasing (known outlets
 * preferred, an unknown capitalised name accepted); the agency of the dateline when nothing else names an
 * outlet (the wire's own report); a guess from an unknown domain. Weak namings
 * ("told X") only break ties. Agency credits (the dateline agency, "... contributed to this report", a
 * syndication line) fill {@code wires} and never make the outlet while another name is at hand; the agency
 * of a wire's own report is both its outlet and its wire. A page title's suffix ("Headline | Outlet") counts
 * as a strong naming. Immutable; one instance serves all threads.
 */
public final class OutletDetector {
    private final OutletTable table;
    private final OutletMentions mentions;
    private final DatelineReader datelines;

    public OutletDetector(OutletTable table, DateExpressions expressions) {
        this.table = table;
        this.mentions = new OutletMentions(table);
        this.datelines = new DatelineReader(expressions);
    }

    public static OutletDetector loadDefault() {
        return new OutletDetector(OutletTable.loadDefault(), DateExpressions.loadDefault());
    }

    /**
     * Detects the outlet.
     *
     * @param metadata the page's metadata
     * @param body     the cleaned body; its removed boilerplate is read too
     * @param source   the path or URL the input came from
     */
    public Outlet detect(PageMetadata metadata, CleanBody body, String source) {
        List<OutletMentions.Hit> hits = new ArrayList<>(mentions.scan(body.text()));
        for (CleanBody.Removal r : body.removed()) {
            hits.addAll(mentions.scan(r.text()));
        }
        Dateline dateline = datelines.find(body.text());
        String datelineCredit = dateline == null || dateline.credit() == null ? null : name(dateline.credit());

        List<String> wires = new ArrayList<>();
        if (datelineCredit != null) {
            wires.add(datelineCredit);
        }
        for (OutletMentions.Hit h : hits) {
            if (h.isWire()) {
                String n = name(h.name());
                boolean known = table.canonical(h.name()) != null;
                if ((known || h.snippet().toLowerCase(Locale.ROOT).contains("agreement")
                        || h.snippet().toLowerCase(Locale.ROOT).contains("partnership")) && !wires.contains(n)) {
                    wires.add(n);
                }
            }
        }

        String suffix = titleSuffix(metadata.title());
        if (suffix != null) {
            hits.add(new OutletMentions.Hit(suffix, "strong", "title suffix '" + suffix + "'"));
        }
        Outlet decided = decide(metadata, source, hits, wires, datelineCredit);
        return new Outlet(decided.name(), decided.basis(), wires);
    }

    private Outlet decide(PageMetadata metadata, String source, List<OutletMentions.Hit> hits, List<String> wires,
                          String datelineCredit) {
        String host = host(metadata.canonicalUrl());
        if (host == null) {
            host = host(source);
        }
        String raw = null;
        for (String name : metadata.siteNames()) {
            String domain = asDomain(name);
            if (domain == null && raw == null) {
                raw = name.strip();
            } else if (domain != null && host == null) {
                host = domain; // a scraper's source_domain or hostname says what an address would
            }
        }
        if (raw != null) {
            String site = SITE_NAME_SEPARATOR.split(raw)[0].strip();
            String known = table.canonical(site);
            if (known == null && site.equals(site.toLowerCase(Locale.ROOT)) && host != null && table.byHost(host) != null) {
                known = table.byHost(host); // a machine-written lower-case name ("usatoday"): the domain says better
            }
            return new Outlet(known != null ? known : site, "page metadata '" + raw + "'", List.of());
        }
        if (host != null && table.byHost(host) != null) {
            return new Outlet(table.byHost(host), "domain '" + host + "'", List.of());
        }
        Outlet fromText = fromSelfReference(hits, wires, false);
        if (fromText != null) {
            return fromText;
        }
        if (host != null) {
            String guess = guessFromDomain(host);
            if (guess != null) {
                return new Outlet(guess, "guess from unknown domain '" + host + "'", List.of());
            }
        }
        if (datelineCredit != null) {
            return new Outlet(datelineCredit, "dateline credit '(" + datelineCredit + ")' and no other outlet named",
                    List.of());
        }
        Outlet wireOwn = fromSelfReference(hits, wires, true);
        return wireOwn != null ? wireOwn : new Outlet(null, "not found", List.of());
    }

    /** "The Daily Record | DailyRecord.com", "Outlet - Breaking News": the brand comes first. */
    private static final java.util.regex.Pattern SITE_NAME_SEPARATOR = java.util.regex.Pattern.compile("\\s+[|–—·:-]\\s+");

    /** Weak namings of one name that stand for the outlet when no naming is strong. */
    private static final int MIN_WEAK = 2;

    private static final class Tally {
        final String key;
        String display;
        int strong;
        int weak;
        boolean theMidSentence;
        boolean withoutThe;
        String firstSnippet;
        String firstWeakSnippet;

        Tally(String key) {
            this.key = key;
        }
    }

    /** The outlet the text names itself as; agencies it credits or that are wires count only if allowed. */
    private Outlet fromSelfReference(List<OutletMentions.Hit> hits, List<String> wires, boolean allowWires) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (OutletMentions.Hit h : hits) {
            if (h.isWire()) {
                continue;
            }
            String canonical = table.canonical(h.name());
            String key = canonical != null ? canonical : OutletTable.key(h.name());
            Tally t = tallies.computeIfAbsent(key, Tally::new);
            boolean strong = h.strength().equals("strong") || h.strength().equals("known") && canonical != null;
            if (strong) {
                t.strong++;
                if (t.firstSnippet == null) {
                    t.firstSnippet = h.snippet();
                }
            } else {
                t.weak++;
                if (t.firstWeakSnippet == null) {
                    t.firstWeakSnippet = h.snippet();
                }
            }
            if (canonical != null) {
                t.display = canonical;
            } else {
                String n = h.name();
                if (n.startsWith("The ") && !h.snippet().startsWith(n)) {
                    t.theMidSentence = true;
                } else if (!n.startsWith("The ")) {
                    t.withoutThe = true;
                }
                if (t.display == null || !t.display.startsWith("The ") && n.startsWith("The ")) {
                    t.display = n.startsWith("the ") ? n.substring(4) : n;
                }
            }
        }
        Tally best = null;
        for (Tally t : tallies.values()) {
            if (t.strong == 0 || !allowWires && isAgency(t, wires)) {
                continue;
            }
            if (best == null || rank(t, wires) > rank(best, wires)) {
                best = t;
            }
        }
        if (best == null) {
            // nothing strong: a name the report gives itself twice in weak phrasings ("told X", a photo credit
            // "(… / X)", "X could not reach") is still its own
            for (Tally t : tallies.values()) {
                if (t.weak >= MIN_WEAK && !isAgency(t, wires) && (best == null || t.weak > best.weak)) {
                    best = t;
                }
            }
            if (best == null) {
                return null;
            }
            best.firstSnippet = best.firstWeakSnippet;
        }
        String name = best.display;
        if (table.canonical(name) == null && name.startsWith("The ") && !best.theMidSentence && best.withoutThe) {
            name = name.substring(4);
        }
        return new Outlet(name, "self-reference '" + abbreviate(best.firstSnippet) + "'", List.of());
    }

    /** A known outlet, strong namings, then weak namings as tie-breaker. */
    private long rank(Tally t, List<String> wires) {
        boolean known = table.canonical(t.display) != null;
        return (isAgency(t, wires) ? 0L : 1L << 40) + (known ? 1L << 30 : 0L) + ((long) t.strong << 12) + t.weak;
    }

    /** True for an agency the report credits or a listed news agency. */
    private boolean isAgency(Tally t, List<String> wires) {
        String canonical = table.canonical(t.display);
        return canonical != null && table.isWire(canonical)
                || wires.stream().anyMatch(w -> OutletTable.key(w).equals(OutletTable.key(t.display)));
    }

    private String name(String raw) {
        String known = table.canonical(raw);
        if (known != null) {
            return known;
        }
        String n = raw.strip();
        return n.regionMatches(true, 0, "the ", 0, 4) ? n.substring(4) : n;
    }

    /** The outlet's name after the headline in a page title ("Headline - Outlet", "Headline | Outlet"). */
    private String titleSuffix(String title) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher m = TITLE_SUFFIX.matcher(title.strip());
        if (!m.find()) {
            return null;
        }
        String name = mentions.trimLeadWords(m.group(1).strip());
        return name.isEmpty() ? null : name;
    }

    private static final java.util.regex.Pattern TITLE_SUFFIX = java.util.regex.Pattern.compile(
            "\\s[|\\-–—]\\s+((?:[Tt]he )?[A-Z0-9][\\p{L}\\d&'’.+-]*(?: (?:of |& |for )?[A-Z0-9][\\p{L}\\d&'’.+-]*){0,4})$");

    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}");

    /** A site name that is a host name written in lower case ("www.example.org"), or null. */
    static String asDomain(String siteName) {
        String s = siteName.strip();
        return DOMAIN.matcher(s).matches() ? s : null;
    }

    static String host(String address) {
        if (address == null || !address.regionMatches(true, 0, "http", 0, 4)) {
            return null;
        }
        try {
            String h = URI.create(address.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The name part of a domain, title-cased: "www.hornandnile.example" becomes "Hornandnile". */
    static String guessFromDomain(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int i = labels.length - 2;
        if (i > 0 && labels[labels.length - 1].length() == 2 && labels[i].length() <= 3
                && List.of("co", "com", "org", "net", "ac", "gov", "edu", "news").contains(labels[i])) {
            i--;
        }
        String part = labels[i];
        if (part.isEmpty() || part.equals("www")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : part.split("-")) {
            if (!w.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : Utf16.prefix(one, 77) + "...";
    }
}
