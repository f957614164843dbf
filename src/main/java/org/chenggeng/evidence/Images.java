package org.chenggeng.evidence;

import net.coobird.thumbnailator.Thumbnails;
import org.chenggeng.shared.DomainException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a photo at a bounded cost: its declared size is read from the header first and a picture of more than
 * {@code maxPixels} is refused before any pixel is decoded (a decompression bomb declares a huge size in a few
 * bytes); the rest is decoded subsampled to at most twice the display size, at most two at a time. A decoder warning
 * (a file cut off in transit) refuses the photo. Orientation is applied to the renditions; the original is kept as
 * received.
 */
final class Images {

    static final int DISPLAY = 1600;
    static final int THUMBNAIL = 320;
    static final int THUMBNAIL_MAX_BYTES = 60 * 1024;

    private static final Semaphore DECODING = new Semaphore(2);

    static {
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private Images() {
    }

    static ImageFacts read(Path file, long maxPixels, ZoneId zone) throws IOException {
        ExifFacts exif = ExifFacts.of(file, zone);
        Decoded decoded;
        DECODING.acquireUninterruptibly();
        try {
            decoded = decode(file, maxPixels);
        } finally {
            DECODING.release();
        }
        boolean turned = exif.orientation() >= 5;
        BufferedImage upright = opaque(oriented(decoded.image(), exif.orientation()));
        return new ImageFacts(turned ? decoded.height() : decoded.width(), turned ? decoded.width() : decoded.height(),
                exif.takenAt(), exif.latitude(), exif.longitude(), thumbnail(upright), jpeg(upright, DISPLAY, 0.85));
    }

    private record Decoded(BufferedImage image, int width, int height) {
    }

    private static Decoded decode(Path file, long maxPixels) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DomainException("evidence.error.damaged");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
                    throw new DomainException("evidence.error.tooManyPixels", width, height, maxPixels / 1_000_000);
                }
                AtomicBoolean warned = new AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.ceil(Math.max(width, height) / (2.0 * DISPLAY)));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (warned.get() || image == null) {
                    throw new DomainException("evidence.error.damaged");
                }
                return new Decoded(image, width, height);
            } catch (IOException | RuntimeException e) {
                if (e instanceof DomainException refusal) {
                    throw refusal;
                }
                throw new DomainException("evidence.error.damaged");
            } finally {
                reader.dispose();
            }
        }
    }

    /** EXIF orientation 2–8 turned into the picture as one sees it (1 is as stored). */
    static BufferedImage oriented(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.translate(h, w); t.scale(-1, -1); t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 8 -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** JPEG has no transparency: a PNG's transparent parts become white rather than black. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static byte[] thumbnail(BufferedImage image) throws IOException {
        int size = THUMBNAIL;
        double quality = 0.8;
        byte[] bytes = jpeg(image, size, quality);
        while (bytes.length > THUMBNAIL_MAX_BYTES && size > 64) {
            if (quality > 0.45) {
                quality -= 0.15;
            } else {
                size = size * 3 / 4;
            }
            bytes = jpeg(image, size, quality);
        }
        return bytes;
    }

    static byte[] jpeg(BufferedImage image, int longSide, double quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int side = Math.min(longSide, Math.max(image.getWidth(), image.getHeight()));
        Thumbnails.of(image).size(side, side).outputFormat("jpg").outputQuality(quality).toOutputStream(out);
        return out.toByteArray();
    }
}
