package org.sitrep.geo;

/**
 * A consonant-skeleton match (the loosest lookup) is taken only when the name written and the entry open
 * alike: both with a vowel or both with a consonant. Dropping vowels makes "Umbo" and "Mubi" the same
 * skeleton, but a spelling variant keeps its opening sound ("Lwibo" and "Luebo" still open alike).
 */
final class SkeletonOnset {
    private SkeletonOnset() {
    }

    /** True unless {@code e} is a skeleton match whose name opens unlike {@code written}. */
    static boolean agrees(NameFolder folder, String written, GeoEntry e) {
        if (e.matchLevel() != MatchLevel.SKELETON) {
            return true;
        }
        String a = folder.fold(written);
        String b = folder.fold(e.asciiName().isEmpty() ? e.name() : e.asciiName());
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return vowel(a.charAt(0)) == vowel(b.charAt(0));
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
