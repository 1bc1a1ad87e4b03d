package org.sitrep.relevance;

/**
 * Reads a cleaned body once, word by word, into the {@link BodyProfile} the checks judge: letters by script and
 * words by list, each word one hash look-up (none for a word in another script, which no list holds).
 */
final class BodyScanner {
    private final GateWords lists;

    BodyScanner(GateWords lists) {
        this.lists = lists;
    }

    BodyProfile profile(String text) {
        int latin = 0;
        int other = 0;
        int words = 0;
        int english = 0;
        int conflict = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Words.inWord(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            int latinHere = 0;
            int otherHere = 0;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                        latinHere++;
                    } else if (c < '0' || c > '9') {
                        break;
                    }
                } else if (Character.isLetter(c)) {
                    ascii = false;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latinHere++;
                    } else {
                        otherHere++;
                    }
                } else if (Words.inWord(c)) {
                    ascii = false;
                } else {
                    break;
                }
            }
            if (latinHere + otherHere == 0) {
                continue;
            }
            words++;
            latin += latinHere;
            other += otherHere;
            if (otherHere > 0) {
                continue; // a word in another script: no list holds it
            }
            int classes = lists.classOf(text, start, i, ascii);
            if ((classes & GateWords.ENGLISH) != 0) {
                english++;
            }
            if ((classes & GateWords.CONFLICT) != 0) {
                conflict++;
            }
        }
        return new BodyProfile(latin, other, words, english, conflict);
    }
}
