package org.chenggeng.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a sheet part as they are written: markup, digits and XML-escaped UTF-8 text appended straight into one
 * reused buffer. A million ledger rows of twelve cells made a String per row, a column name per cell and an encoder's
 * copy of each; here a row costs no allocation of its own but a decimal's digits.
 */
final class LedgerText {

    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    /** A time of day is written to 11 decimal places of a day (0.864 µs), as many digits as a double keeps. */
    private static final int FRACTION_DIGITS = 11;
    private static final long FRACTION_UNIT = NANOS_PER_DAY / 100_000_000_000L;

    private byte[] bytes;
    private int length;

    LedgerText(int capacity) {
        bytes = new byte[capacity];
    }

    static byte[] ascii(String markup) {
        return markup.getBytes(StandardCharsets.US_ASCII);
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    LedgerText append(byte[] markup) {
        room(markup.length);
        System.arraycopy(markup, 0, bytes, length, markup.length);
        length += markup.length;
        return this;
    }

    LedgerText append(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** A whole number's decimal digits. */
    LedgerText append(long n) {
        if (n == Long.MIN_VALUE) {
            return append(ascii(Long.toString(n)));
        }
        room(20);
        if (n < 0) {
            bytes[length++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long m = n; m >= 10; m /= 10) {
            digits++;
        }
        return digits(n, digits);
    }

    /** The last {@code count} decimal digits of {@code n} (not negative), leading zeros included. */
    private LedgerText digits(long n, int count) {
        room(count);
        for (int i = length + count - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        length += count;
        return this;
    }

    /** A decimal as plain digits, without exponent (Excel reads 1E+1 too, but not every reader does). */
    LedgerText append(BigDecimal d) {
        if (d.scale() == 0 && d.precision() < 19) {
            return append(d.longValue());
        }
        String plain = d.toPlainString();
        room(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            bytes[length++] = (byte) plain.charAt(i);
        }
        return this;
    }

    /**
     * An Excel serial date-time: whole days since Excel's epoch, then the time of day as a fraction of a day, to
     * eleven places and without trailing zeros (14:30 is .60416666667).
     */
    LedgerText serial(long days, long nanoOfDay) {
        if (days < 0) {
            // before 1899-12-30, which Excel cannot show: a plain double, as it was always written
            return append(ascii(Double.toString(days + (double) nanoOfDay / NANOS_PER_DAY)));
        }
        long fraction = Math.round((double) nanoOfDay / FRACTION_UNIT);
        if (fraction == 100_000_000_000L) {
            days++;
            fraction = 0;
        }
        append(days);
        if (fraction == 0) {
            return this;
        }
        int digits = FRACTION_DIGITS;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        return append('.').digits(fraction, digits);
    }

    /**
     * Text as XML character data in UTF-8: {@code & < >} escaped, characters XML 1.0 does not allow (control
     * characters other than tab and line breaks, U+FFFE, U+FFFF) left out, a surrogate without its pair as {@code ?}.
     */
    LedgerText escaped(CharSequence text) {
        int n = text.length();
        room(n * 3);
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                    switch (ch) {
                        case '&' -> markup(AMP);
                        case '<' -> markup(LT);
                        case '>' -> markup(GT);
                        default -> bytes[length++] = (byte) ch;
                    }
                }
            } else if (ch < 0x800) {
                bytes[length++] = (byte) (0xC0 | ch >> 6);
                bytes[length++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, text.charAt(++i));
                bytes[length++] = (byte) (0xF0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                bytes[length++] = '?';
            } else if (ch != 0xFFFE && ch != 0xFFFF) {
                bytes[length++] = (byte) (0xE0 | ch >> 12);
                bytes[length++] = (byte) (0x80 | ch >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        return this;
    }

    /** An entity within {@link #escaped}, whose room was made for three bytes a character. */
    private void markup(byte[] entity) {
        room(entity.length);
        System.arraycopy(entity, 0, bytes, length, entity.length);
        length += entity.length;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
