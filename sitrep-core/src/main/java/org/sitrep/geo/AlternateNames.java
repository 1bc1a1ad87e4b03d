package org.sitrep.geo;

/**
 * Which GeoNames alternate names are worth indexing: Latin-script names as a writer would spell them.
 * Dropped: names with any letter of another script (Arabic, Cyrillic, ...), URLs, names without letters,
 * short all-capital codes (airport codes such as "ALP"), and names without any capital letter, which in
 * GeoNames are machine romanisations of other scripts ("kheiyf", "ji fu") rather than spellings in use.
 */
final class AlternateNames {

    private AlternateNames() {
    }

    static boolean keep(String name) {
        String s = name.strip();
        if (s.isEmpty() || s.length() > 100 || s.contains("http") || s.contains("www.") || s.contains("/")) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                letters++;
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    upper++;
                }
            } else if (Character.isWhitespace(cp)) {
                space = true;
            }
        }
        if (letters == 0 || upper == 0) {
            return false;
        }
        return !(upper == letters && letters <= 4 && !space);
    }
}
