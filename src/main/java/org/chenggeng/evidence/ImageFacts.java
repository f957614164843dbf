package org.chenggeng.evidence;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a photo says about itself, and its renditions: the size as seen (orientation applied), when it was taken and
 * where, if its EXIF says, and the thumbnail (JPEG, at most 60 KB) and display size (JPEG, at most 1 600 px).
 */
record ImageFacts(int width, int height, Instant takenAt, BigDecimal latitude, BigDecimal longitude,
                  byte[] thumbnail, byte[] display) {
}
