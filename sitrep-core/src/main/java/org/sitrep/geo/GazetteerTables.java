package org.sitrep.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The gazetteer as plain arrays, and its file format. After a header (magic, version, fingerprint of the
 * rules it was built with), every table is a length-prefixed big-endian array, so reading it is a handful of
 * bulk copies and no object per entry. Each of them is a gzip member of its own behind a directory of their
 * lengths, so they inflate on several cores at once (one gzip stream of them all, the older form, still reads).
 * Strings (names, codes) live in one UTF-8 blob and are referred to by index; they are decoded only
 * when an entry is handed out.
 */
final class GazetteerTables {

    static final int MAGIC = 0x53475a31; // "SGZ1"
    /** The mark of a file written in sections (see {@link #write}); the older form opens with gzip's own. */
    static final int SECTIONED = 0x53475a53; // "SGZS"
    static final int VERSION = 3;

    final String fingerprint;
    // strings: string i is blob[stringOff[i] .. stringOff[i+1])
    final int[] stringOff;
    final byte[] stringBlob;
    /**
     * Strings already decoded, filled as lookups meet them: a place's name and its divisions' names are read
     * again and again (every "Idlib" of every report). Threads may race to fill a slot; they write equal strings.
     */
    private final String[] decoded;
    // features: class and code string indices
    final int[] featureClass;
    final int[] featureCode;
    // countries
    final int[] countryIso2;
    final int[] countryIso3;
    final int[] countryName;
    final int[] countryCapital;
    final int[] countryDemonyms;
    final int[] countryGeonameid;
    final long[] countryPopulation;
    final int[] countryEntry;
    // first-level divisions
    final int[] admin1Country;
    final int[] admin1Code;
    final int[] admin1Name;
    final int[] admin1Entry;
    // second-level divisions
    final int[] admin2Country;
    final int[] admin2Admin1Code;
    final int[] admin2Code;
    final int[] admin2Name;
    final int[] admin2Entry;
    // entries, sorted by geonameid
    final int[] id;
    final float[] lat;
    final float[] lon;
    final int[] population;
    final short[] feature;
    final short[] country;
    final short[] admin1;
    final int[] admin2;
    final int[] name;
    final int[] asciiName;
    // keys
    final KeyIndex primary;
    final KeyIndex skeleton;

    /**
     * Sorted keys with their postings: key k is keyBlob[keyOff[k] .. keyOff[k+1]) (ASCII), its entries
     * postings[postOff[k] .. postOff[k+1]), each {@code source << SOURCE_SHIFT | entryIndex}, best first.
     */
    record KeyIndex(int[] keyOff, byte[] keyBlob, int[] postOff, int[] postings) {
        static final int SOURCE_SHIFT = 28;
        static final int ENTRY_MASK = (1 << SOURCE_SHIFT) - 1;

        int size() {
            return keyOff.length - 1;
        }

        /** Index of the key equal to {@code q}, or -1. */
        int find(byte[] q) {
            int lo = 0;
            int hi = size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare(mid, q);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        private int compare(int k, byte[] q) {
            int a = keyOff[k];
            int aEnd = keyOff[k + 1];
            int n = Math.min(aEnd - a, q.length);
            for (int i = 0; i < n; i++) {
                int d = (keyBlob[a + i] & 0xff) - (q[i] & 0xff);
                if (d != 0) {
                    return d;
                }
            }
            return (aEnd - a) - q.length;
        }

        String key(int k) {
            return new String(keyBlob, keyOff[k], keyOff[k + 1] - keyOff[k], StandardCharsets.US_ASCII);
        }
    }

    GazetteerTables(String fingerprint, int[] stringOff, byte[] stringBlob, int[] featureClass, int[] featureCode,
                    int[] countryIso2, int[] countryIso3, int[] countryName, int[] countryCapital,
                    int[] countryDemonyms, int[] countryGeonameid, long[] countryPopulation, int[] countryEntry,
                    int[] admin1Country, int[] admin1Code, int[] admin1Name, int[] admin1Entry,
                    int[] admin2Country, int[] admin2Admin1Code, int[] admin2Code, int[] admin2Name,
                    int[] admin2Entry, int[] id, float[] lat, float[] lon, int[] population, short[] feature,
                    short[] country, short[] admin1, int[] admin2, int[] name, int[] asciiName,
                    KeyIndex primary, KeyIndex skeleton) {
        this.fingerprint = fingerprint;
        this.stringOff = stringOff;
        this.stringBlob = stringBlob;
        this.decoded = new String[Math.max(0, stringOff.length - 1)];
        this.featureClass = featureClass;
        this.featureCode = featureCode;
        this.countryIso2 = countryIso2;
        this.countryIso3 = countryIso3;
        this.countryName = countryName;
        this.countryCapital = countryCapital;
        this.countryDemonyms = countryDemonyms;
        this.countryGeonameid = countryGeonameid;
        this.countryPopulation = countryPopulation;
        this.countryEntry = countryEntry;
        this.admin1Country = admin1Country;
        this.admin1Code = admin1Code;
        this.admin1Name = admin1Name;
        this.admin1Entry = admin1Entry;
        this.admin2Country = admin2Country;
        this.admin2Admin1Code = admin2Admin1Code;
        this.admin2Code = admin2Code;
        this.admin2Name = admin2Name;
        this.admin2Entry = admin2Entry;
        this.id = id;
        this.lat = lat;
        this.lon = lon;
        this.population = population;
        this.feature = feature;
        this.country = country;
        this.admin1 = admin1;
        this.admin2 = admin2;
        this.name = name;
        this.asciiName = asciiName;
        this.primary = primary;
        this.skeleton = skeleton;
    }

    String string(int s) {
        if (s < 0) {
            return "";
        }
        String d = decoded[s];
        if (d == null) {
            d = new String(stringBlob, stringOff[s], stringOff[s + 1] - stringOff[s], StandardCharsets.UTF_8);
            decoded[s] = d;
        }
        return d;
    }

    int entries() {
        return id.length;
    }

    /** How each stored value is encoded; the file holds them in the order of {@link #LAYOUT}. */
    private enum Kind {
        HEADER, INTS, BYTES, LONGS, FLOATS, SHORTS;

        void write(DataOutputStream out, Object v) throws IOException {
            switch (this) {
                case HEADER -> {
                    out.writeInt(MAGIC);
                    out.writeInt(VERSION);
                    out.writeUTF((String) v);
                }
                case INTS -> ints(out, (int[]) v);
                case BYTES -> bytes(out, (byte[]) v);
                case LONGS -> longs(out, (long[]) v);
                case FLOATS -> floats(out, (float[]) v);
                case SHORTS -> shorts(out, (short[]) v);
            }
        }

        Object read(DataInputStream in) throws IOException {
            return switch (this) {
                case HEADER -> header(in);
                case INTS -> ints(in);
                case BYTES -> bytes(in);
                case LONGS -> longs(in);
                case FLOATS -> floats(in);
                case SHORTS -> shorts(in);
            };
        }
    }

    private static final Kind I = Kind.INTS;
    private static final Kind[] LAYOUT = {
        Kind.HEADER, I, Kind.BYTES,                 // fingerprint; strings
        I, I, I, I, I, I, I, I, Kind.LONGS,         // feature classes and codes; countries
        I, I, I, I, I, I, I, I, I, I, I,            // country entries; admin1; admin2; ids
        Kind.FLOATS, Kind.FLOATS, I,                // lat, lon, population
        Kind.SHORTS, Kind.SHORTS, Kind.SHORTS,      // feature, country, admin1
        I, I, I,                                    // admin2, name, ascii name
        I, Kind.BYTES, I, I, I, Kind.BYTES, I, I    // primary and skeleton key indexes
    };

    /** The values in the order of {@link #LAYOUT}. */
    private Object[] values() {
        return new Object[] {fingerprint, stringOff, stringBlob, featureClass, featureCode, countryIso2, countryIso3,
                countryName, countryCapital, countryDemonyms, countryGeonameid, countryPopulation, countryEntry,
                admin1Country, admin1Code, admin1Name, admin1Entry, admin2Country, admin2Admin1Code, admin2Code,
                admin2Name, admin2Entry, id, lat, lon, population, feature, country, admin1, admin2, name, asciiName,
                primary.keyOff(), primary.keyBlob(), primary.postOff(), primary.postings(),
                skeleton.keyOff(), skeleton.keyBlob(), skeleton.postOff(), skeleton.postings()};
    }

    private static GazetteerTables of(Object[] v) {
        int k = 0;
        return new GazetteerTables((String) v[k++], (int[]) v[k++], (byte[]) v[k++], (int[]) v[k++], (int[]) v[k++],
                (int[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++],
                (long[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++],
                (int[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++],
                (float[]) v[k++], (float[]) v[k++], (int[]) v[k++], (short[]) v[k++], (short[]) v[k++],
                (short[]) v[k++], (int[]) v[k++], (int[]) v[k++], (int[]) v[k++],
                new KeyIndex((int[]) v[k++], (byte[]) v[k++], (int[]) v[k++], (int[]) v[k++]),
                new KeyIndex((int[]) v[k++], (byte[]) v[k++], (int[]) v[k++], (int[]) v[k++]));
    }

    /**
     * Writes the file: a directory (its mark, the number of sections and each one's length), then every value
     * of {@link #LAYOUT} as a gzip member of its own, so that a reader inflates them on several cores at once.
     * The gzip headers carry no time stamp (Java writes zeros), so equal tables give equal bytes.
     */
    void write(OutputStream target) throws IOException {
        Object[] values = values();
        byte[][] members = new byte[LAYOUT.length][];
        for (int i = 0; i < LAYOUT.length; i++) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            GZIPOutputStream gz = new GZIPOutputStream(member, 1 << 16);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
            LAYOUT[i].write(out, values[i]);
            out.flush();
            gz.finish();
            members[i] = member.toByteArray();
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeInt(SECTIONED);
        out.writeInt(members.length);
        for (byte[] m : members) {
            out.writeInt(m.length);
        }
        for (byte[] m : members) {
            out.write(m);
        }
        out.flush();
    }

    /** Reads a file in the sectioned form, or in the older form of one gzip stream. */
    static GazetteerTables read(InputStream source) throws IOException {
        byte[] file = source.readAllBytes();
        ByteBuffer head = ByteBuffer.wrap(file);
        if (file.length < 8 || head.getInt(0) != SECTIONED) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(
                    new GZIPInputStream(new java.io.ByteArrayInputStream(file), 1 << 16), 1 << 16));
            Object[] v = new Object[LAYOUT.length];
            for (int i = 0; i < LAYOUT.length; i++) {
                v[i] = LAYOUT[i].read(in);
            }
            return of(v);
        }
        int count = head.getInt(4);
        if (count != LAYOUT.length || file.length < 8 + 4L * count) {
            throw new IOException("gazetteer file with " + count + " sections, expected " + LAYOUT.length + ": rebuild it");
        }
        int[] offsets = new int[count + 1];
        offsets[0] = 8 + 4 * count;
        for (int i = 0; i < count; i++) {
            offsets[i + 1] = offsets[i] + head.getInt(8 + 4 * i);
        }
        if (offsets[count] != file.length) {
            throw new IOException("gazetteer file cut short or padded: rebuild it");
        }
        Object[] v = new Object[count];
        try {
            // Inflating is most of the load time; the sections inflate on every core.
            java.util.stream.IntStream.range(0, count).parallel().forEach(i -> {
                try (DataInputStream in = new DataInputStream(new GZIPInputStream(
                        new java.io.ByteArrayInputStream(file, offsets[i], offsets[i + 1] - offsets[i]), 1 << 16))) {
                    v[i] = LAYOUT[i].read(in);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return of(v);
    }

    private static String header(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Sitrep gazetteer file");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("gazetteer file version " + version + ", expected " + VERSION + ": rebuild it");
        }
        return in.readUTF();
    }

    // Int arrays are stored as differences from the previous value (sorted ids and offsets become small
    // numbers) and byte-planed (all first bytes, then all second bytes ...), which gzip compresses far
    // better than raw big-endian ints.
    private static void ints(DataOutputStream out, int[] a) throws IOException {
        int n = a.length;
        byte[] planes = new byte[n * 4];
        int prev = 0;
        for (int i = 0; i < n; i++) {
            int v = a[i] - prev;
            prev = a[i];
            planes[i] = (byte) (v >>> 24);
            planes[n + i] = (byte) (v >>> 16);
            planes[2 * n + i] = (byte) (v >>> 8);
            planes[3 * n + i] = (byte) v;
        }
        out.writeInt(n);
        out.write(planes);
    }

    private static void floats(DataOutputStream out, float[] a) throws IOException {
        int[] bits = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            bits[i] = Float.floatToIntBits(a[i]);
        }
        ints(out, bits);
    }

    private static void shorts(DataOutputStream out, short[] a) throws IOException {
        int n = a.length;
        byte[] planes = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            planes[i] = (byte) (a[i] >>> 8);
            planes[n + i] = (byte) a[i];
        }
        out.writeInt(n);
        out.write(planes);
    }

    private static short[] shorts(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] p = raw(in, n * 2);
        short[] a = new short[n];
        for (int i = 0; i < n; i++) {
            a[i] = (short) ((p[i] & 0xff) << 8 | (p[n + i] & 0xff));
        }
        return a;
    }

    private static void longs(DataOutputStream out, long[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * 8).order(ByteOrder.BIG_ENDIAN);
        b.asLongBuffer().put(a);
        out.writeInt(a.length);
        out.write(b.array());
    }

    private static void bytes(DataOutputStream out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] p = raw(in, n * 4);
        int[] a = new int[n];
        int prev = 0;
        for (int i = 0; i < n; i++) {
            prev += (p[i] & 0xff) << 24 | (p[n + i] & 0xff) << 16 | (p[2 * n + i] & 0xff) << 8 | (p[3 * n + i] & 0xff);
            a[i] = prev;
        }
        return a;
    }

    private static float[] floats(DataInputStream in) throws IOException {
        int[] bits = ints(in);
        float[] a = new float[bits.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Float.intBitsToFloat(bits[i]);
        }
        return a;
    }

    private static long[] longs(DataInputStream in) throws IOException {
        long[] a = new long[in.readInt()];
        ByteBuffer.wrap(raw(in, a.length * 8)).asLongBuffer().get(a);
        return a;
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        return raw(in, in.readInt());
    }

    private static byte[] raw(DataInputStream in, int n) throws IOException {
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}
