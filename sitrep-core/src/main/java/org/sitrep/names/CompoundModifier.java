package org.sitrep.names;

/**
 * "The Al Qaeda-linked JNIM group", "Iran-backed Houthis", "the Saudi-led coalition": a name joined by a hyphen to
 * a participle makes a compound adjective that describes the name after it; the name itself neither acts nor is
 * a party the report is about. Plain English word-formation, so no list: any lower-case word in -ed.
 */
public final class CompoundModifier {
    private CompoundModifier() {
    }

    /** True when the name that ends at offset {@code end} of {@code text} is joined to a participle after it. */
    public static boolean follows(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != '-' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int stop = end + 1;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return text.startsWith("ed", stop - 2);
    }
}
