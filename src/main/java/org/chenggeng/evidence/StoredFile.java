package org.chenggeng.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One distinct content, by its SHA-256: stored once however many records attach it. Never changes. */
@Entity
@Table(name = "stored_file")
class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(nullable = false)
    private boolean image;
    private Integer width;
    private Integer height;
    @Column(name = "taken_at")
    private Instant takenAt;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected StoredFile() {
    }

    StoredFile(String sha256, long sizeBytes, FileType type, ImageFacts facts, Instant storedAt) {
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = type.mediaType();
        this.image = type.isImage();
        this.storedAt = storedAt;
        if (facts != null) {
            this.width = facts.width();
            this.height = facts.height();
            this.takenAt = facts.takenAt();
            this.latitude = facts.latitude();
            this.longitude = facts.longitude();
        }
    }

    Long getId() {
        return id;
    }

    String getSha256() {
        return sha256;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    FileType getType() {
        return FileType.ofMediaType(mediaType);
    }

    boolean isImage() {
        return image;
    }

    Integer getWidth() {
        return width;
    }

    Integer getHeight() {
        return height;
    }

    Instant getTakenAt() {
        return takenAt;
    }

    BigDecimal getLatitude() {
        return latitude;
    }

    BigDecimal getLongitude() {
        return longitude;
    }
}
