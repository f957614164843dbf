package org.chenggeng.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a date taken into a rendered JPEG, for sample pictures (the demo's, the tests'), which have no camera to
 * write one: {@link ExifFacts} then reads it as it reads a phone's. Never applied to an upload, whose bytes are
 * evidence and stay as received.
 */
public final class ExifDates {

    private ExifDates() {
    }

    /**
     * The JPEG with an EXIF segment after its JFIF header holding only DateTimeOriginal (tag 0x9003 in the Exif IFD that
     * IFD0 points to), big-endian, as a camera writes it.
     */
    public static byte[] stamp(byte[] jpeg, LocalDateTime taken) {
        byte[] date = (DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss").format(taken) + "\0")
                .getBytes(StandardCharsets.US_ASCII);
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 44 + date.length);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        exif.putShort((short) 1).putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        exif.putShort((short) 1).putShort((short) 0x9003).putShort((short) 2).putInt(date.length).putInt(44).putInt(0);
        exif.put(date);
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        byte[] out = new byte[jpeg.length + exif.capacity()];
        System.arraycopy(jpeg, 0, out, 0, at);
        System.arraycopy(exif.array(), 0, out, at, exif.capacity());
        System.arraycopy(jpeg, at, out, at + exif.capacity(), jpeg.length - at);
        return out;
    }
}
