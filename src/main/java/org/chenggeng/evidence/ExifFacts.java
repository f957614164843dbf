package org.chenggeng.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * A photo's EXIF as metadata-extractor reads it, without decoding the picture: the date it was taken (EXIF carries
 * no zone, so it is read in the server's), GPS position, and orientation (1 = as stored). Metadata that cannot be
 * read is treated as absent, never as a reason to refuse the photo.
 */
record ExifFacts(Instant takenAt, BigDecimal latitude, BigDecimal longitude, int orientation) {

    static final ExifFacts NONE = new ExifFacts(null, null, null, 1);

    static ExifFacts of(Path file, ZoneId zone) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return NONE;
        }
        Instant taken = null;
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        if (sub != null) {
            Date date = sub.getDateOriginal(TimeZone.getTimeZone(zone));
            taken = date == null ? null : date.toInstant();
        }
        BigDecimal lat = null;
        BigDecimal lon = null;
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation place = gps == null ? null : gps.getGeoLocation();
        if (place != null && !place.isZero() && Math.abs(place.getLatitude()) <= 90
                && Math.abs(place.getLongitude()) <= 180) {
            lat = BigDecimal.valueOf(place.getLatitude()).setScale(6, RoundingMode.HALF_UP);
            lon = BigDecimal.valueOf(place.getLongitude()).setScale(6, RoundingMode.HALF_UP);
        }
        int orientation = 1;
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            Integer o = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            orientation = o == null || o < 1 || o > 8 ? 1 : o;
        }
        return new ExifFacts(taken, lat, lon, orientation);
    }
}
