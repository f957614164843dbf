package org.chenggeng.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Where evidence files live and how large they may be: {@code chenggeng.files.dir} (env
 * {@code CHENGGENG_FILES_DIR}), the largest file, the most a batch of uploads for one record may add up to, and the
 * most pixels an image may declare before it is decoded.
 */
@ConfigurationProperties("chenggeng.files")
record EvidenceProperties(Path dir, DataSize maxFileSize, DataSize maxBatchSize, long maxPixels) {

    EvidenceProperties {
        dir = dir == null ? Path.of("data", "files") : dir;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        maxBatchSize = maxBatchSize == null ? DataSize.ofMegabytes(200) : maxBatchSize;
        maxPixels = maxPixels <= 0 ? 64_000_000L : maxPixels;
    }
}
